import { describe, expect, it } from 'vitest';
import { lastDayOfPeriod } from '../../lib/normalize/calendar.ts';
import { excelSerialToDate, parseDate } from '../../lib/normalize/date.ts';

const ok = (value: string) => ({ status: 'ok', value });

describe('parseDate', () => {
  it.each([
    ['2023-03-01'],
    ['2023/3/1'],
    ['2023.03.01'],
    ['2023年3月1日'],
    ['20230301'],
    ['2023-3-1'],
    ['２０２３年３月１日'],
    ['2023/03/01 00:00:00'],
  ])('reads %s', (text) => {
    expect(parseDate(text)).toEqual(ok('2023-03-01'));
  });

  it('reads date cells (UTC midnight of the day shown)', () => {
    expect(parseDate(new Date(Date.UTC(2023, 2, 1)))).toEqual(ok('2023-03-01'));
  });

  it('reads Excel serial numbers of the 1900 system', () => {
    expect(parseDate(44986)).toEqual(ok('2023-03-01'));
    expect(parseDate(44927.75)).toEqual(ok('2023-01-01'));
    expect(parseDate(1)).toEqual(ok('1900-01-01'));
    expect(parseDate(59)).toEqual(ok('1900-02-28'));
    expect(parseDate(61)).toEqual(ok('1900-03-01'));
  });

  it("rejects Excel's non-existent 1900-02-29 (serial 60)", () => {
    expect(parseDate(60)).toEqual({ status: 'invalid' });
    expect(excelSerialToDate(60)).toBeUndefined();
  });

  it('reads serials of the 1904 system when the workbook uses it', () => {
    expect(parseDate(43524, true)).toEqual(ok('2023-03-01'));
    expect(parseDate(0, true)).toEqual(ok('1904-01-01'));
  });

  it('reads a number typed as 20230301', () => {
    expect(parseDate(20230301)).toEqual(ok('2023-03-01'));
  });

  it.each([
    '2023-02-29',
    '2023-04-31',
    '2023-13-01',
    '2023/0/1',
    '20230230',
    '2023年2月30日',
    '下月初',
    '2023-03',
    '0203-03-01',
  ])('rejects %s', (text) => {
    expect(parseDate(text)).toEqual({ status: 'invalid' });
  });

  it('accepts 29 February of a leap year', () => {
    expect(parseDate('2024-02-29')).toEqual(ok('2024-02-29'));
  });

  it('treats empty cells as absent', () => {
    expect(parseDate(null)).toEqual({ status: 'absent' });
    expect(parseDate(' ')).toEqual({ status: 'absent' });
  });
});

describe('lastDayOfPeriod', () => {
  it('knows month lengths and leap years', () => {
    expect(lastDayOfPeriod('2023-02')).toBe('2023-02-28');
    expect(lastDayOfPeriod('2024-02')).toBe('2024-02-29');
    expect(lastDayOfPeriod('2023-04')).toBe('2023-04-30');
    expect(lastDayOfPeriod('2023-12')).toBe('2023-12-31');
  });
});
