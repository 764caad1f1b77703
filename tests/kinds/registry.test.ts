import { describe, expect, it } from 'vitest';
import { accepted, BAD_USCC, codes, parseRows, start, USCC } from './helpers.ts';

const HEADER = [
  '统一社会信用代码',
  '企业名称',
  '登记状态',
  '所属乡镇（街道）',
  '住所',
  '成立日期',
  '企业类型',
  '是否规上企业',
  '是否国有企业',
];

describe('registry rows', () => {
  it('normalizes a complete row', () => {
    const [result] = parseRows(start('registry', HEADER), [
      [
        ' 91350200ma2yj1xr9g ',
        '武义某某科技有限公司',
        '存续',
        '桐琴镇',
        '武义县桐琴镇工业区1号',
        '2010/5/6',
        '有限责任公司',
        '是',
        '否',
      ],
    ]);
    expect(result).toEqual({
      value: {
        creditCode: '91350200MA2YJ1XR9G',
        name: '武义某某科技有限公司',
        status: 'active',
        township: '330723102000',
        address: '武义县桐琴镇工业区1号',
        established: '2010-05-06',
        entityType: '有限责任公司',
        aboveScale: true,
        stateOwned: false,
      },
      issues: [],
    });
  });

  it('maps every listed status, and official texts that start with one', () => {
    const words = [
      '存续',
      '在业',
      '开业',
      '正常',
      '在营',
      '吊销',
      '注销',
      '迁出',
      '撤销',
      '停业',
      '歇业',
      '存续（在营、开业、在册）',
      '吊销，未注销',
    ];
    // a table per word: the same credit code twice in one file would be a duplicate
    const statuses = words.map((word) =>
      start('registry', HEADER.slice(0, 3)).parse({ rowNumber: 2, cells: [USCC.a, '某公司', word] }),
    );
    expect(statuses.map((r) => r.value?.status)).toEqual([
      'active',
      'active',
      'active',
      'active',
      'active',
      'inactive',
      'inactive',
      'inactive',
      'inactive',
      'inactive',
      'inactive',
      'active',
      'inactive',
    ]);
  });

  it('rejects an unknown status, naming the allowed values', () => {
    const [result] = parseRows(start('registry', HEADER.slice(0, 3)), [[USCC.a, '某公司', '经营中']]);
    expect(result.value).toBeUndefined();
    expect(result.issues).toEqual([
      {
        row: 2,
        column: '登记状态',
        value: '经营中',
        code: 'INVALID_VALUE',
        severity: 'error',
        message:
          '取值不在允许范围内（可填：存续、在业、开业、正常、在营、吊销、注销、迁出、撤销、停业、歇业）',
      },
    ]);
  });

  it('rejects a wrong check character and an empty name', () => {
    const [bad, noName] = parseRows(start('registry', HEADER.slice(0, 3)), [
      [BAD_USCC, '某公司', '存续'],
      [USCC.a, '  ', '存续'],
    ]);
    expect(bad.value).toBeUndefined();
    expect(bad.issues[0]).toMatchObject({
      row: 2,
      column: '统一社会信用代码',
      value: BAD_USCC,
      code: 'INVALID_USCC',
      severity: 'error',
    });
    expect(noName.value).toBeUndefined();
    expect(codes(noName)).toEqual(['error:REQUIRED_MISSING']);
  });

  it('takes the township from the address when the township cell is empty', () => {
    const [result] = parseRows(start('registry', HEADER.slice(0, 5)), [
      [USCC.a, '某公司', '在业', '', '武义县经济开发区某路9号'],
    ]);
    expect(result.value?.township).toBe('330723-KFQ');
  });

  it('drops an unrecognizable township with a warning and keeps the row', () => {
    const [result] = parseRows(start('registry', HEADER.slice(0, 5)), [
      [USCC.a, '某公司', '在业', '东阳镇', ''],
    ]);
    expect(result.value).toEqual({ creditCode: USCC.a, name: '某公司', status: 'active' });
    expect(result.issues).toMatchObject([
      { column: '所属乡镇（街道）', value: '东阳镇', code: 'INVALID_TOWNSHIP', severity: 'warning' },
    ]);
  });

  it('drops invalid optional yes/no and date values with warnings', () => {
    const [result] = parseRows(start('registry', HEADER), [
      [USCC.a, '某公司', '在业', '', '', '2023-02-30', '', '是的', '2'],
    ]);
    expect(result.value).toEqual({ creditCode: USCC.a, name: '某公司', status: 'active' });
    expect(codes(result)).toEqual([
      'warning:INVALID_DATE',
      'warning:INVALID_YES_NO',
      'warning:INVALID_YES_NO',
    ]);
  });

  it('recognizes header aliases', () => {
    const [result] = parseRows(
      start('registry', [
        '信用代码',
        '市场主体名称',
        '经营状态',
        '属地',
        '经营场所',
        '市场主体类型',
        '规上企业',
        '国有企业',
      ]),
      [[USCC.b, '某公司', '注销', '330723200', '', '个人独资企业', 'Y', 'N']],
    );
    expect(result.value).toEqual({
      creditCode: USCC.b,
      name: '某公司',
      status: 'inactive',
      township: '330723200000',
      entityType: '个人独资企业',
      aboveScale: true,
      stateOwned: false,
    });
  });

  it('rejects a later row with the same credit code as DUPLICATE', () => {
    const parser = start('registry', HEADER.slice(0, 3));
    const [first, second] = parseRows(parser, [
      [USCC.a, '甲公司', '存续'],
      [USCC.a.toLowerCase(), '乙公司', '存续'],
    ]);
    expect(first.value?.name).toBe('甲公司');
    expect(second.value).toBeUndefined();
    expect(second.issues).toEqual([
      {
        row: 3,
        column: '统一社会信用代码',
        value: USCC.a.toLowerCase(),
        code: 'DUPLICATE',
        severity: 'error',
        message: '与本文件前面的行重复，只保留第一行（与第2行重复）',
      },
    ]);
    expect(parser.duplicateKey(accepted(first))).toBe(USCC.a);
  });
});
