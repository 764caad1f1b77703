import { describe, expect, it } from 'vitest';
import {
  enterpriseNameKey,
  normalizeCode,
  normalizeHeader,
  normalizeText,
} from '../../lib/normalize/text.ts';

describe('normalizeText', () => {
  it('turns full-width characters half-width and trims', () => {
    expect(normalizeText('　ＡＢＣ１２３　')).toBe('ABC123');
  });

  it('removes control characters but keeps tabs inside the value', () => {
    expect(normalizeText('武义\u0000县\u001B公司\ta')).toBe('武义县公司\ta');
    expect(normalizeText('第一行\r\n第二行')).toBe('第一行第二行');
  });
});

describe('normalizeCode', () => {
  it('drops every whitespace and upper-cases', () => {
    expect(normalizeCode(' 9135 0200ma2yj1xr9g\t')).toBe('91350200MA2YJ1XR9G');
    expect(normalizeCode('９１３５０２００ＭＡ２ＹＪ１ＸＲ９Ｇ')).toBe('91350200MA2YJ1XR9G');
  });
});

describe('normalizeHeader', () => {
  it('matches the plan header with its spaces and full-width colon', () => {
    expect(normalizeHeader('宣传服务对象人数（其中咨询 ： 人）')).toBe(
      normalizeHeader('宣传服务对象人数（其中咨询：人）'),
    );
    expect(normalizeHeader(' 统一社会\n信用代码 ')).toBe('统一社会信用代码');
  });
});

describe('enterpriseNameKey', () => {
  it('ignores whitespace and the width of brackets', () => {
    expect(enterpriseNameKey('武义 某某科技有限公司（分公司）')).toBe('武义某某科技有限公司(分公司)');
    expect(enterpriseNameKey('武义某某科技有限公司(分公司)')).toBe(
      enterpriseNameKey('武义某某科技有限公司（分公司）'),
    );
  });
});
