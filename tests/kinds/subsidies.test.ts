import { describe, expect, it } from 'vitest';
import { accepted, codes, parseRows, start, USCC } from './helpers.ts';

describe('subsidies rows', () => {
  it('normalizes a complete row', () => {
    const [result] = parseRows(
      start('subsidies', ['统一社会信用代码', '企业名称', '补助项目', '补助金额', '拨付日期', '拨付部门']),
      [[USCC.a, '某公司', '技改补助', '120,000元', 44986, '县财政局']],
    );
    expect(result).toEqual({
      value: {
        creditCode: USCC.a,
        name: '某公司',
        program: '技改补助',
        amount: 120000,
        paidOn: '2023-03-01',
        payer: '县财政局',
      },
      issues: [],
    });
  });

  it.each([
    ['补助金额（万元）', 12.5, 125000],
    ['金额（万元）', '0.15', 1500],
    ['补助金额（元）', 3000, 3000],
    ['金额（元）', '3,000', 3000],
    ['补助金额(万元)', 1.234567, 12345.67],
  ])('reads an amount under %s', (header, cell, yuan) => {
    const [result] = parseRows(start('subsidies', ['社会信用代码', header]), [[USCC.a, cell]]);
    expect(result.value?.amount).toBe(yuan);
  });

  it('rejects a missing or negative amount', () => {
    const results = parseRows(start('subsidies', ['统一社会信用代码', '补助金额']), [
      [USCC.a, ''],
      [USCC.b, '-5'],
    ]);
    expect(results.map(codes)).toEqual([['error:REQUIRED_MISSING'], ['error:NEGATIVE']]);
  });

  it('counts every payment: the same enterprise twice is not a duplicate', () => {
    const parser = start('subsidies', ['统一社会信用代码', '补助金额']);
    const results = parseRows(parser, [
      [USCC.a, 100],
      [USCC.a, 100],
    ]);
    expect(results.map((r) => r.value?.amount)).toEqual([100, 100]);
    expect(parser.duplicateKey(accepted(results[0]))).toBeUndefined();
  });

  it('drops a payment date after today with a warning', () => {
    const [result] = parseRows(
      start('subsidies', ['统一社会信用代码', '补助金额', '兑现日期']),
      [[USCC.a, 100, '2023-05-01']],
      2,
    );
    expect(result.value).toEqual({ creditCode: USCC.a, amount: 100 });
    expect(result.issues).toMatchObject([
      { code: 'FUTURE_DATE', severity: 'warning', message: '日期晚于今天（今天是2023-04-10）' },
    ]);
  });
});
