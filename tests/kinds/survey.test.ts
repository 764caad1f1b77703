import { describe, expect, it } from 'vitest';
import { codes, parseRows, start, USCC } from './helpers.ts';

const HEADER = [
  '统一社会信用代码',
  '企业名称',
  '调查日期',
  '用工人数',
  '已参保人数',
  '参保意愿',
  '是否重点扩面对象',
  '调查人',
];

describe('survey rows', () => {
  it('normalizes a complete row', () => {
    const [result] = parseRows(start('survey', HEADER, { unit: '330723102000' }), [
      [USCC.a, '某公司', '2023.03.15', 120, 80, '观望', '是', '王五'],
    ]);
    expect(result).toEqual({
      value: {
        creditCode: USCC.a,
        name: '某公司',
        surveyedOn: '2023-03-15',
        employees: 120,
        insuredReported: 80,
        willingness: '观望',
        keyTarget: true,
        surveyor: '王五',
      },
      issues: [],
    });
  });

  it('dates an undated survey on the last day of the period', () => {
    const [result] = parseRows(start('survey', ['统一社会信用代码', '职工人数'], { period: '2023-02' }), [
      [USCC.a, 10],
    ]);
    expect(result.value).toEqual({ creditCode: USCC.a, surveyedOn: '2023-02-28', employees: 10 });
  });

  it('rejects missing, negative and fractional employee counts', () => {
    const results = parseRows(start('survey', ['统一社会信用代码', '在职职工人数']), [
      [USCC.a, ''],
      [USCC.b, -1],
      [USCC.c, '10.5'],
    ]);
    expect(results.map(codes)).toEqual([
      ['error:REQUIRED_MISSING'],
      ['error:NEGATIVE'],
      ['error:NOT_INTEGER'],
    ]);
  });

  it('drops an unknown willingness with a warning listing the allowed values', () => {
    const [result] = parseRows(start('survey', HEADER), [[USCC.a, '', '', 5, '', '考虑中', '', '']]);
    expect(result.value).toEqual({ creditCode: USCC.a, surveyedOn: '2023-03-31', employees: 5 });
    expect(result.issues).toMatchObject([
      {
        code: 'INVALID_VALUE',
        severity: 'warning',
        column: '参保意愿',
        message: '取值不在允许范围内（可填：愿意、观望、不愿意）',
      },
    ]);
  });

  it('rejects a second row of the same enterprise', () => {
    const results = parseRows(start('survey', ['统一社会信用代码', '用工人数']), [
      [USCC.a, 5],
      [USCC.a, 6],
    ]);
    expect(results.map(codes)).toEqual([[], ['error:DUPLICATE']]);
  });
});
