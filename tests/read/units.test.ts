import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { chooseDelimiter } from '../../lib/read/csv/delimiter.ts';
import { detectCsvEncoding } from '../../lib/read/csv/encoding.ts';
import { excelSerialToDate, isoCellDate } from '../../lib/read/xlsx/excelDate.ts';
import { isDateFormat, isDateFormatCode } from '../../lib/read/xlsx/numberFormats.ts';
import { readSharedStrings } from '../../lib/read/xlsx/sharedStrings.ts';
import { chooseSheet, preferenceOrder } from '../../lib/read/xlsx/sheetChoice.ts';
import { registryHeader } from './fixtures.ts';

const iso = (date: Date | null) => date?.toISOString() ?? null;

describe('Excel serial dates (DATA-CONTRACT §4.5, §5.3)', () => {
  it('maps 1900-system serials to the day Excel shows, at UTC midnight', () => {
    expect(iso(excelSerialToDate(1, false))).toBe('1900-01-01T00:00:00.000Z');
    expect(iso(excelSerialToDate(59, false))).toBe('1900-02-28T00:00:00.000Z');
    expect(iso(excelSerialToDate(61, false))).toBe('1900-03-01T00:00:00.000Z');
    expect(iso(excelSerialToDate(44986, false))).toBe('2023-03-01T00:00:00.000Z');
    expect(iso(excelSerialToDate(44986.999, false))).toBe('2023-03-01T00:00:00.000Z');
    expect(iso(excelSerialToDate(2958465, false))).toBe('9999-12-31T00:00:00.000Z');
  });

  it('maps 1904-system serials, 1462 days apart', () => {
    expect(iso(excelSerialToDate(0, true))).toBe('1904-01-01T00:00:00.000Z');
    expect(iso(excelSerialToDate(43524, true))).toBe('2023-03-01T00:00:00.000Z');
  });

  it('gives no date where Excel shows none', () => {
    expect(excelSerialToDate(-1, false)).toBeNull();
    expect(excelSerialToDate(2958466, false)).toBeNull();
    expect(excelSerialToDate(Number.NaN, false)).toBeNull();
  });

  it('reads the day of an ISO date cell', () => {
    expect(iso(isoCellDate('2023-03-01T08:30:00'))).toBe('2023-03-01T00:00:00.000Z');
    expect(isoCellDate('三月一日')).toBeNull();
  });
});

describe('date formats', () => {
  it('recognises format codes that show a day', () => {
    for (const code of [
      'yyyy-mm-dd',
      'yyyy"年"m"月"d"日"',
      'm/d/yy h:mm',
      '[$-804]yyyy/m/d;@',
      'dd-mmm',
      '[DBNum1]yyyy"年"m"月"',
    ]) {
      expect(isDateFormatCode(code), code).toBe(true);
    }
  });

  it('does not take numbers, text, durations or times for dates', () => {
    for (const code of [
      'General',
      '0.00',
      '#,##0"元"',
      '@',
      '0.00E+00',
      '[h]:mm:ss',
      'h:mm AM/PM',
      '"day"0',
      '[Red]#,##0;-#,##0',
    ]) {
      expect(isDateFormatCode(code), code).toBe(false);
    }
  });

  it('knows the built-in date formats, including the Chinese ones written by id', () => {
    expect([14, 22, 31, 57, 58].map((id) => isDateFormat(id, undefined))).toEqual([
      true,
      true,
      true,
      true,
      true,
    ]);
    expect([0, 2, 20, 32, 49].map((id) => isDateFormat(id, undefined))).toEqual([
      false,
      false,
      false,
      false,
      false,
    ]);
  });
});

describe('CSV encoding detection', () => {
  it('goes by the byte-order mark, then by whether the bytes are UTF-8', () => {
    expect(detectCsvEncoding(Buffer.from([0xef, 0xbb, 0xbf, 0x41]), true)).toBe('utf-8');
    expect(detectCsvEncoding(Buffer.from([0xff, 0xfe, 0x41, 0x00]), true)).toBe('utf-16le');
    expect(detectCsvEncoding(Buffer.from([0xfe, 0xff, 0x00, 0x41]), true)).toBe('utf-16be');
    expect(detectCsvEncoding(Buffer.from('统一社会信用代码'), true)).toBe('utf-8');
    expect(detectCsvEncoding(iconv.encode('统一社会信用代码,企业名称', 'gbk'), true)).toBe('gb18030');
  });

  it('accepts a UTF-8 character cut by the end of the sample, but not by the end of the file', () => {
    const cut = Buffer.from('信用代码').subarray(0, 10);
    expect(detectCsvEncoding(cut, false)).toBe('utf-8');
    expect(detectCsvEncoding(cut, true)).toBe('gb18030');
  });
});

describe('CSV delimiter', () => {
  it('is tab only when the header row has tabs and no commas', () => {
    expect(chooseDelimiter('标题\n统一社会信用代码\t企业名称\nA\tB', true, registryHeader)).toBe('\t');
    expect(chooseDelimiter('统一社会信用代码,企业名称\nA\tB,C', true, registryHeader)).toBe(',');
    expect(chooseDelimiter('统一社会信用代码\t企业名称,（全称）\nA\tB', true, registryHeader)).toBe(',');
    expect(chooseDelimiter('没有表头\t的文件', true, registryHeader)).toBe(',');
  });
});

describe('sheet choice (DATA-CONTRACT §5.3)', () => {
  const tabs = [
    { index: 0, name: '隐藏', hidden: true, part: 'a' },
    { index: 1, name: '说明', hidden: false, part: 'b' },
    { index: 2, name: '名单', hidden: false, part: 'c' },
  ];
  const order = preferenceOrder(tabs);

  it('prefers visible sheets in tab order, then hidden ones', () => {
    expect(order.map((t) => t.name)).toEqual(['说明', '名单', '隐藏']);
  });

  it('decides only once every sheet before the candidate is known to lack the header', () => {
    expect(chooseSheet(order, new Map([[2, true]]))).toBe('undecided');
    expect(
      chooseSheet(
        order,
        new Map([
          [1, false],
          [2, true],
        ]),
      ),
    ).toBe(tabs[2]);
    expect(
      chooseSheet(
        order,
        new Map([
          [1, false],
          [2, false],
          [0, true],
        ]),
      ),
    ).toBe(tabs[0]);
    expect(
      chooseSheet(
        order,
        new Map([
          [0, false],
          [1, false],
          [2, false],
        ]),
      ),
    ).toBe('none');
  });
});

describe('shared strings', () => {
  async function* part(items: string[]) {
    yield Buffer.from(`<sst>${items.map((t) => `<si><t>${t}</t></si>`).join('')}</sst>`);
  }

  it('keeps them in order, with escapes decoded', async () => {
    expect(await readSharedStrings(part(['甲', '第一行_x000D_第二行', '']))).toEqual([
      '甲',
      '第一行第二行',
      '',
    ]);
  });

  it('refuses a table larger than the memory allowed for it', async () => {
    const items = Array.from({ length: 1000 }, (_, i) => `企业名称${i}`);
    await expect(readSharedStrings(part(items), 1000 * 48)).rejects.toMatchObject({ code: 'FILE_TOO_LARGE' });
    expect(await readSharedStrings(part(items), 1000 * 80)).toHaveLength(1000);
  });
});
