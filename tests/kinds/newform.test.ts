import { describe, expect, it } from 'vitest';
import { codes, parseRows, start, USCC } from './helpers.ts';

describe('newform rows', () => {
  it('normalizes a complete row', () => {
    const [result] = parseRows(
      start('newform', ['统一社会信用代码', '企业名称', '业态类型', '骑手（司机）人数', '主管部门']),
      [[USCC.e, '某配送公司', '外卖配送', '35人', '县邮政管理局']],
    );
    expect(result).toEqual({
      value: {
        creditCode: USCC.e,
        name: '某配送公司',
        formType: '外卖配送',
        workers: 35,
        supervisor: '县邮政管理局',
      },
      issues: [],
    });
  });

  it('accepts the header aliases', () => {
    const [result] = parseRows(start('newform', ['统一社会信用代码', '行业类别', '从业人数']), [
      [USCC.e, '网约车', 8],
    ]);
    expect(result.value).toEqual({ creditCode: USCC.e, formType: '网约车', workers: 8 });
  });

  it('rejects a missing credit code and a duplicate', () => {
    const results = parseRows(start('newform', ['统一社会信用代码', '从业人员数']), [
      ['', 3],
      [USCC.e, 3],
      [USCC.e, 4],
    ]);
    expect(results.map(codes)).toEqual([['error:REQUIRED_MISSING'], [], ['error:DUPLICATE']]);
  });
});
