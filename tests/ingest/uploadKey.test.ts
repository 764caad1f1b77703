import { describe, expect, it } from 'vitest';
import { type KeyRejection, parseUploadKey } from '../../lib/ingest/uploadKey.ts';
import { csvCell, csvLine } from '../../lib/ingest/csvCell.ts';

function rejection(key: string): KeyRejection {
  try {
    parseUploadKey(key);
  } catch (error) {
    return error as KeyRejection;
  }
  throw new Error(`accepted: ${key}`);
}

describe('upload keys (DATA-CONTRACT §1)', () => {
  it('reads county-wide and unit-scoped keys', () => {
    expect(parseUploadKey('registry/2023-03/在册企业.xlsx')).toEqual({ kind: 'registry', period: '2023-03', unit: null, format: 'xlsx' });
    expect(parseUploadKey('subsidies/2023-03/finance/补助.CSV')).toEqual({ kind: 'subsidies', period: '2023-03', unit: 'finance', format: 'csv' });
    expect(parseUploadKey('survey/2023-03/330723200000/大田乡调查.csv')).toMatchObject({ unit: '330723200000' });
    expect(parseUploadKey('activity/2023-03/330723-KFQ/统计表.xlsx')).toMatchObject({ unit: '330723-KFQ' });
  });

  it('rejects unknown kinds, bad periods and unknown units whole, keeping what it could read', () => {
    expect(rejection('payroll/2023-03/a.csv').code).toBe('UNKNOWN_KIND');
    expect(rejection('registry/2023-13/a.csv')).toMatchObject({ code: 'BAD_PERIOD', parts: { kind: 'registry' } });
    expect(rejection('registry/2023-3/a.csv').code).toBe('BAD_PERIOD');
    expect(rejection('survey/2023-03/大田乡/a.csv')).toMatchObject({ code: 'BAD_UNIT', parts: { kind: 'survey', period: '2023-03' } });
    expect(rejection('survey/2023-03/a.csv').code).toBe('BAD_KEY');
    expect(rejection('registry/2023-03/x/y/a.csv').code).toBe('BAD_KEY');
    expect(rejection('registry/a.csv').code).toBe('BAD_KEY');
  });

  it('asks for .xlsx or .csv instead of old .xls, and refuses other formats', () => {
    const xls = rejection('registry/2023-03/名单.xls');
    expect(xls.code).toBe('XLS_FORMAT');
    expect(xls.message).toContain('.xlsx');
    expect(rejection('registry/2023-03/名单.pdf').code).toBe('UNSUPPORTED_FORMAT');
  });
});

describe('report cells are inert (DATA-CONTRACT §5.6)', () => {
  it('writes formula-looking text with a leading apostrophe', () => {
    expect(csvCell('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
    expect(csvCell(' +1')).toBe("' +1");
    expect(csvCell('－5')).toBe("'－5"); // full-width minus is a minus after NFKC
    expect(csvCell('@SUM')).toBe("'@SUM");
    expect(csvCell(-5)).toBe('-5'); // a number is a number
    expect(csvLine(['a,b', 'c'])).toBe('"a,b",c\r\n');
  });
});
