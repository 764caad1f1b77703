import { describe, expect, it } from 'vitest';
import { codes, parseRows, start, USCC } from './helpers.ts';

describe('tax-employers rows', () => {
  it('normalizes a complete row', () => {
    const [result] = parseRows(
      start('tax-employers', ['纳税人识别号', '纳税人名称', '工资薪金总额', '扣缴申报人数']),
      [[USCC.b, '某公司', '1,234,567.89', '52']],
    );
    expect(result).toEqual({
      value: { creditCode: USCC.b, name: '某公司', wageTotal: 1234567.89, headcount: 52 },
      issues: [],
    });
  });

  it('accepts a row with only the credit code', () => {
    const [result] = parseRows(
      start('tax-employers', ['统一社会信用代码', '企业名称', '工资总额', '申报人数']),
      [[USCC.b, '', '', '']],
    );
    expect(result).toEqual({ value: { creditCode: USCC.b }, issues: [] });
  });

  it('converts a wage total given in 万元', () => {
    const [result] = parseRows(start('tax-employers', ['统一社会信用代码', '应发工资总额（万元）']), [
      [USCC.b, 12.3456],
    ]);
    expect(result.value?.wageTotal).toBe(123456);
  });

  it('drops a fractional headcount with a warning; rejects a negative one', () => {
    const [fraction, negative] = parseRows(start('tax-employers', ['统一社会信用代码', '从业人数']), [
      [USCC.b, '12.5'],
      [USCC.c, '-3'],
    ]);
    expect(fraction.value).toEqual({ creditCode: USCC.b });
    expect(codes(fraction)).toEqual(['warning:NOT_INTEGER']);
    expect(negative.value).toBeUndefined();
    expect(codes(negative)).toEqual(['error:NEGATIVE']);
  });

  it('rejects a duplicate credit code', () => {
    const results = parseRows(start('tax-employers', ['统一社会信用代码']), [[USCC.b], [USCC.b]]);
    expect(results.map(codes)).toEqual([[], ['error:DUPLICATE']]);
  });
});
