import { describe, expect, it } from 'vitest';
import { accepted, codes, parseRows, start, USCC } from './helpers.ts';

const HEADER = ['干部编号', '姓名', '职务', '手机号码', '邮箱', '挂钩类型', '挂钩对象'];

describe('cadres rows', () => {
  it('reads a township assignment: the target becomes a township code', () => {
    const [result] = parseRows(start('cadres', HEADER), [
      [' c001 ', '洪学敏', '大田乡党委委员', '13812345678', 'hong@wyx.gov.cn', '片区', '大田乡'],
    ]);
    expect(result).toEqual({
      value: {
        cadreId: 'C001',
        name: '洪学敏',
        role: '大田乡党委委员',
        mobile: '13812345678',
        email: 'hong@wyx.gov.cn',
        assignmentType: '片区',
        target: '330723200000',
      },
      issues: [],
    });
  });

  it('reads an enterprise assignment: the target is a valid USCC', () => {
    const [result] = parseRows(start('cadres', ['干部编号', '姓名', '挂钩类型', '挂钩对象']), [
      ['C002', '王浩', '企业', USCC.c.toLowerCase()],
    ]);
    expect(result.value).toEqual({ cadreId: 'C002', name: '王浩', assignmentType: '企业', target: USCC.c });
  });

  it('rejects a township target that is no township and an enterprise target that is no USCC', () => {
    const results = parseRows(start('cadres', ['干部编号', '姓名', '挂钩类型', '挂钩对象']), [
      ['C003', '甲', '片区', '东阳镇'],
      ['C004', '乙', '企业', '某某公司'],
      ['C005', '丙', '部门', '县财政局'],
    ]);
    expect(results.map(codes)).toEqual([
      ['error:INVALID_TOWNSHIP'],
      ['error:INVALID_USCC'],
      ['error:INVALID_VALUE'],
    ]);
  });

  it('drops an invalid mobile or e-mail with a warning', () => {
    const [result] = parseRows(start('cadres', HEADER), [
      ['C006', '丁', '', '0579-8765432', 'ding at wyx', '片区', '330723-KFQ'],
    ]);
    expect(result.value).toEqual({
      cadreId: 'C006',
      name: '丁',
      assignmentType: '片区',
      target: '330723-KFQ',
    });
    expect(codes(result)).toEqual(['warning:INVALID_MOBILE', 'warning:INVALID_EMAIL']);
  });

  it('requires id, name, type and target', () => {
    const [result] = parseRows(start('cadres', ['干部编号', '姓名', '挂钩类型', '挂钩对象']), [
      ['', '', '片区', ''],
    ]);
    expect(result.issues.map((i) => `${i.column}:${i.code}`)).toEqual([
      '干部编号:REQUIRED_MISSING',
      '姓名:REQUIRED_MISSING',
      '挂钩对象:REQUIRED_MISSING',
    ]);
  });

  it('keys rows by cadre, type and target', () => {
    const parser = start('cadres', ['干部编号', '姓名', '挂钩类型', '挂钩对象']);
    const results = parseRows(parser, [
      ['C001', '洪学敏', '片区', '大田乡'],
      ['C001', '洪学敏', '企业', USCC.a],
      ['C001', '洪学敏', '片区', '大田'],
    ]);
    expect(results.map(codes)).toEqual([[], [], ['error:DUPLICATE']]);
    expect(parser.duplicateKey(accepted(results[0]))).toBe('C001|片区|330723200000');
  });
});
