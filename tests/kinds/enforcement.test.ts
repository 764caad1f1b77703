import { describe, expect, it } from 'vitest';
import { codes, parseRows, start, USCC } from './helpers.ts';

describe('enforcement rows', () => {
  it('normalizes a complete row', () => {
    const [result] = parseRows(
      start('enforcement', ['统一社会信用代码', '执法措施', '执法日期', '整改结果']),
      [[USCC.b, '约谈', '2023/3/20', '已整改']],
    );
    expect(result).toEqual({
      value: { creditCode: USCC.b, measure: '约谈', actedOn: '2023-03-20', result: '已整改' },
      issues: [],
    });
  });

  it.each(['提醒', '约谈', '整改通知', '联合执法', '行政处罚'])('accepts the measure %s', (measure) => {
    const [result] = parseRows(start('enforcement', ['统一社会信用代码', '措施', '日期']), [
      [USCC.b, measure, '2023-03-01'],
    ]);
    expect(result.value?.measure).toBe(measure);
  });

  it('rejects an unknown measure, a missing date and a future date', () => {
    const results = parseRows(start('enforcement', ['统一社会信用代码', '措施', '日期']), [
      [USCC.b, '罚款', '2023-03-01'],
      [USCC.b, '提醒', ''],
      [USCC.b, '提醒', '2023-05-01'],
    ]);
    expect(results.map(codes)).toEqual([
      ['error:INVALID_VALUE'],
      ['error:REQUIRED_MISSING'],
      ['error:FUTURE_DATE'],
    ]);
  });

  it('keeps repeated inspections of one enterprise (they are counted)', () => {
    const results = parseRows(start('enforcement', ['统一社会信用代码', '措施', '日期']), [
      [USCC.b, '提醒', '2023-03-01'],
      [USCC.b, '提醒', '2023-03-01'],
    ]);
    expect(results.map(codes)).toEqual([[], []]);
  });
});
