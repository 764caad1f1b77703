import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  isValidResidentId,
  isValidUscc,
  residentIdCheckCharacter,
  upgradeFifteenDigitId,
  usccCheckCharacter,
} from '../../lib/synthetic/checkCharacters.ts';
import {
  excelScientific,
  excelTruncatedNumber,
  withImpossibleBirthDate,
  withWrongIdCheck,
  withWrongUsccCheck,
} from '../../lib/synthetic/identifiers.ts';
import {
  type Generated,
  columnOf,
  fileWhere,
  generateInTemp,
  normalizeCode,
  readRecords,
} from './readTree.ts';

describe('check characters', () => {
  it('accepts the valid USCC examples of DATA-CONTRACT 4.2 and rejects a changed check character', () => {
    for (const code of ['914403001922038216', '9144030071526726XG', '91350200MA2YJ1XR9G']) {
      expect(isValidUscc(code)).toBe(true);
      expect(usccCheckCharacter(code.slice(0, 17))).toBe(code[17]);
      expect(isValidUscc(withWrongUsccCheck(code))).toBe(false);
    }
  });

  it('computes the resident ID check character of GB 11643', () => {
    expect(residentIdCheckCharacter('11010519491231002')).toBe('X');
    expect(isValidResidentId('11010519491231002X')).toBe(true);
    expect(isValidResidentId(withWrongIdCheck('11010519491231002X'))).toBe(false);
    expect(isValidResidentId(withImpossibleBirthDate('11010519491231002X'))).toBe(false);
    expect(upgradeFifteenDigitId('110105491231002')).toBe('11010519491231002X');
  });

  it('damages IDs the way Excel does', () => {
    expect(excelScientific('330723199001011234')).toBe('3.30723E+17');
    expect(excelTruncatedNumber('330723199001011234')).toBe(330723199001011000);
  });
});

const CODE_COLUMNS = [
  '统一社会信用代码',
  '社会信用代码',
  '纳税人识别号',
  '扣缴义务人纳税人识别号',
  '扣缴单位纳税人识别号',
  '扣缴义务人统一社会信用代码',
];
const ID_COLUMNS = ['公民身份号码', '社会保障号码', '身份证号码', '身份证件号码', '证件号码'];

/** 15-digit IDs are valid once upgraded (DATA-CONTRACT 4.3). */
function idIsValid(raw: string): boolean {
  const id = raw.length === 15 ? upgradeFifteenDigitId(raw) : raw;
  return isValidResidentId(id);
}

describe('generated identifiers', () => {
  let g: Generated;
  beforeAll(async () => {
    g = await generateInTemp();
  });
  afterAll(() => g?.cleanup());

  it('gives every enterprise a valid USCC', () => {
    const codes = [...g.county.planted.noFlags, ...Object.keys(g.county.planted.archetypes)];
    expect(codes.length).toBeGreaterThan(150);
    for (const code of codes) expect(isValidUscc(code), code).toBe(true);
  });

  it('writes valid codes in registry, tax-employers, subsidies, newform and survey files except the rows planted as invalid', async () => {
    const files = g.county.files.filter(
      (f) =>
        ['registry', 'tax-employers', 'subsidies', 'newform', 'survey'].includes(f.kind) &&
        f.format !== 'xls',
    );
    let planted = 0;
    for (const file of files) {
      const records = await readRecords(join(g.dir, ...file.key.split('/')));
      if (records.length === 0) continue;
      const column = columnOf(records, CODE_COLUMNS);
      const invalid = records.filter((r) => !isValidUscc(normalizeCode(r[column]))).length;
      // A subsidy refund is invalid for its negative amount, not its code.
      const negative = records.filter((r) =>
        Object.entries(r).some(([h, v]) => h.includes('金额') && typeof v === 'number' && v < 0),
      ).length;
      expect(invalid + negative, file.key).toBe(file.invalidRows);
      planted += invalid;
    }
    expect(planted).toBeGreaterThan(10);
  });

  it('writes valid resident IDs in payroll and insured files except the rows planted as damaged', async () => {
    const files = g.county.files.filter((f) => f.kind === 'insured' || f.kind === 'tax-payroll');
    let damaged = 0;
    for (const file of files) {
      const records = await readRecords(join(g.dir, ...file.key.split('/')));
      const column = columnOf(records, ID_COLUMNS);
      const typeColumn = Object.keys(records[0]).find((h) => h === '身份证件类型' || h === '证件类型');
      const residents = records.filter((r) => !typeColumn || r[typeColumn] === '居民身份证');
      const invalid = residents.filter((r) => !idIsValid(normalizeCode(r[column])));
      expect(invalid.length, file.key).toBe(file.invalidRows);
      damaged += invalid.filter(
        (r) => typeof r[column] === 'number' || /E\+17$/.test(String(r[column])),
      ).length;
    }
    expect(damaged).toBeGreaterThan(0);
  });

  it('takes the sex of each person from the ID: parity of the 17th digit', async () => {
    const file = fileWhere(g, (f) => f.kind === 'insured' && f.period === '2023-06');
    const records = await readRecords(join(g.dir, ...file.key.split('/')));
    const column = columnOf(records, ID_COLUMNS);
    const ids = records
      .map((r) => normalizeCode(r[column]))
      .filter((id) => id.length === 18 && isValidResidentId(id));
    const men = ids.filter((id) => Number(id[16]) % 2 === 1).length;
    expect(men / ids.length).toBeGreaterThan(0.4);
    expect(men / ids.length).toBeLessThan(0.7);
  });
});
