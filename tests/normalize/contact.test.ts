import { describe, expect, it } from 'vitest';
import { parseEmail, parseMobile } from '../../lib/normalize/contact.ts';

describe('parseMobile', () => {
  it('accepts 11-digit mainland mobiles, also as number cells and with separators', () => {
    expect(parseMobile('13812345678')).toBe('13812345678');
    expect(parseMobile(19912345678)).toBe('19912345678');
    expect(parseMobile('138-1234-5678')).toBe('13812345678');
    expect(parseMobile('+86 138 1234 5678')).toBe('13812345678');
  });

  it('rejects landlines and wrong lengths', () => {
    expect(parseMobile('12812345678')).toBeUndefined();
    expect(parseMobile('0579-87654321')).toBeUndefined();
    expect(parseMobile('1381234567')).toBeUndefined();
  });
});

describe('parseEmail', () => {
  it('accepts addresses and lower-cases the domain', () => {
    expect(parseEmail('zhang.san@WYX.gov.cn')).toBe('zhang.san@wyx.gov.cn');
    expect(parseEmail(' li@163.com ')).toBe('li@163.com');
  });

  it('rejects what is not an address', () => {
    expect(parseEmail('zhangsan')).toBeUndefined();
    expect(parseEmail('zhang@localhost')).toBeUndefined();
    expect(parseEmail('a@b..cn')).toBeUndefined();
  });
});
