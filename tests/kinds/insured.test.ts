import { describe, expect, it } from 'vitest';
import { codes, ID, parseRows, start, USCC } from './helpers.ts';

const HEADER = [
  '公民身份号码',
  '姓名',
  '单位统一社会信用代码',
  '单位名称',
  '险种',
  '参保状态',
  '缴费基数',
  '参保日期',
  '所属乡镇（街道）',
];

describe('insured rows', () => {
  it('normalizes a complete row', () => {
    const [result] = parseRows(start('insured', HEADER), [
      [ID.woman1985, '李四', USCC.d, '某公司', '企业职工基本养老保险', '参保缴费', 4462, '2023年1月5日', ''],
    ]);
    expect(result).toEqual({
      value: {
        idNumber: ID.woman1985,
        name: '李四',
        employerCode: USCC.d,
        employerName: '某公司',
        scheme: 'pension',
        status: 'active',
        base: 4462,
        startDate: '2023-01-05',
      },
      issues: [],
    });
  });

  it('maps every listed scheme and status', () => {
    const schemes = {
      企业职工基本养老保险: 'pension',
      企业养老: 'pension',
      职工养老: 'pension',
      基本养老保险: 'pension',
      工伤保险: 'injury',
      工伤: 'injury',
      失业保险: 'unemployment',
      失业: 'unemployment',
      机关事业单位养老保险: 'public',
      机关养老: 'public',
      城乡居民基本养老保险: 'resident',
      城乡居民养老保险: 'resident',
      居民养老: 'resident',
    };
    const statuses = {
      参保缴费: 'active',
      正常缴费: 'active',
      正常参保: 'active',
      正常: 'active',
      暂停缴费: 'suspended',
      中断缴费: 'suspended',
      暂停: 'suspended',
      终止参保: 'ended',
      终止: 'ended',
      注销: 'ended',
    };
    for (const [word, scheme] of Object.entries(schemes)) {
      const [result] = parseRows(start('insured', ['身份证号', '险种', '参保状态']), [
        [ID.man1990, word, '正常'],
      ]);
      expect(result.value?.scheme).toBe(scheme);
    }
    for (const [word, status] of Object.entries(statuses)) {
      const [result] = parseRows(start('insured', ['身份证号', '险种', '参保状态']), [
        [ID.man1990, '工伤', word],
      ]);
      expect(result.value?.status).toBe(status);
    }
  });

  it('rejects unknown schemes and statuses', () => {
    const [result] = parseRows(start('insured', ['身份证号', '险种', '参保状态']), [
      [ID.man1990, '医疗保险', '退休'],
    ]);
    expect(result.value).toBeUndefined();
    expect(result.issues.map((i) => `${i.column}:${i.code}`)).toEqual([
      '险种:INVALID_VALUE',
      '参保状态:INVALID_VALUE',
    ]);
  });

  it('accepts flexible employment (no employer) with a township cell', () => {
    const [result] = parseRows(start('insured', ['社会保障号码', '险种类型', '缴费状态', '所属乡镇']), [
      [ID.manX, '企业养老', '正常缴费', '王宅'],
    ]);
    expect(result.value).toEqual({
      idNumber: ID.manX,
      scheme: 'pension',
      status: 'active',
      township: '330723105000',
    });
  });

  it('drops an invalid employer code with a warning', () => {
    const [result] = parseRows(start('insured', HEADER), [
      [ID.man1990, '', '914403001922038217', '', '工伤保险', '正常', '', '', ''],
    ]);
    expect(result.value).toEqual({ idNumber: ID.man1990, scheme: 'injury', status: 'active' });
    expect(codes(result)).toEqual(['warning:INVALID_USCC']);
  });

  it('rejects a negative base', () => {
    const [result] = parseRows(start('insured', HEADER), [
      [ID.man1990, '', USCC.a, '', '工伤保险', '正常', -1, '', ''],
    ]);
    expect(codes(result)).toEqual(['error:NEGATIVE']);
  });

  it('keys rows by person and scheme', () => {
    const results = parseRows(start('insured', ['身份证号', '险种', '参保状态']), [
      [ID.man1990, '企业养老', '正常'],
      [ID.man1990, '工伤保险', '正常'],
      [ID.man1990, '职工养老', '终止'],
    ]);
    expect(results.map((r) => r.value !== undefined)).toEqual([true, true, false]);
    expect(results[2].issues).toMatchObject([{ code: 'DUPLICATE', value: '330723********1239' }]);
  });
});
