import { describe, expect, it } from 'vitest';
import { parseNumber, roundToCents, tenThousandYuanToYuan } from '../../lib/normalize/number.ts';

describe('parseNumber', () => {
  it.each([
    ['1,234.5', 1234.5],
    ['1234元', 1234],
    ['１２３４．５', 1234.5],
    ['12,345,678', 12345678],
    [' 30 ', 30],
    ['30人', 30],
    ['¥88.8', 88.8],
    ['1 234 567', 1234567],
    ['0', 0],
  ])('reads %s as %d', (text, value) => {
    expect(parseNumber(text)).toEqual({ status: 'ok', value, negative: false });
  });

  it('refuses a figure too large to be a number, written plainly or with a unit', () => {
    expect(parseNumber('1E999')).toEqual({ status: 'invalid' });
    expect(parseNumber('1E999元')).toEqual({ status: 'invalid' });
    expect(parseNumber('-0')).toEqual({ status: 'ok', value: 0, negative: false });
  });

  it('takes Excel numeric cells as they are', () => {
    expect(parseNumber(4500.25)).toEqual({ status: 'ok', value: 4500.25, negative: false });
  });

  it('treats empty cells as absent', () => {
    expect(parseNumber(null)).toEqual({ status: 'absent' });
    expect(parseNumber('  ')).toEqual({ status: 'absent' });
  });

  it('flags negative values', () => {
    expect(parseNumber('-5')).toEqual({ status: 'ok', value: -5, negative: true });
    expect(parseNumber('－1,200')).toEqual({ status: 'ok', value: -1200, negative: true });
    expect(parseNumber(-3)).toEqual({ status: 'ok', value: -3, negative: true });
  });

  it.each(['abc', '1,23', '1.2.3', '12万元', '五十', '120 30'])('rejects %s', (text) => {
    expect(parseNumber(text)).toEqual({ status: 'invalid' });
  });

  it('rejects cells that are not numbers', () => {
    expect(parseNumber(true)).toEqual({ status: 'invalid' });
    expect(parseNumber(new Date(Date.UTC(2023, 2, 1)))).toEqual({ status: 'invalid' });
  });
});

describe('ten-thousands of yuan', () => {
  it('converts to yuan without float noise', () => {
    expect(tenThousandYuanToYuan(0.15)).toBe(1500);
    expect(tenThousandYuanToYuan(12.3456)).toBe(123456);
    expect(tenThousandYuanToYuan(1.234567)).toBe(12345.67);
    expect(roundToCents(0.1 + 0.2)).toBe(0.3);
  });
});
