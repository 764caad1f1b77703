import { describe, expect, it } from 'vitest';
import { kindParser } from '../../lib/kinds/index.ts';
import { KINDS } from '../../lib/model/kinds.ts';
import { codes, rejectionOf, row, start, USCC } from './helpers.ts';

describe('kindParser', () => {
  it('has a parser for every kind', () => {
    expect(KINDS.map((kind) => kindParser(kind).kind)).toEqual([...KINDS]);
  });
});

describe('isHeader', () => {
  it('needs every required column, under any listed name, whatever the spacing and width', () => {
    const registry = kindParser('registry');
    expect(registry.isHeader(['序号', '统一社会信用代码', '企业名称', '登记状态'])).toBe(true);
    expect(registry.isHeader([' 信用 代码 ', '名称', '企业状态'])).toBe(true);
    expect(registry.isHeader(['统一社会信用代码', '企业名称'])).toBe(false);
    expect(registry.isHeader(['武义县在册企业清单'])).toBe(false);
  });

  it('takes contacts with either 干部编号 or 干部姓名', () => {
    const contacts = kindParser('contacts');
    expect(contacts.isHeader(['干部编号', '联系日期'])).toBe(true);
    expect(contacts.isHeader(['干部姓名', '走访日期'])).toBe(true);
    expect(contacts.isHeader(['企业名称', '联系日期'])).toBe(false);
  });

  it('recognizes an amount header with its unit', () => {
    expect(kindParser('subsidies').isHeader(['统一社会信用代码', '补助金额（万元）'])).toBe(true);
    expect(kindParser('subsidies').isHeader(['统一社会信用代码', '金额'])).toBe(false);
    expect(kindParser('tax-payroll').isHeader(['统一社会信用代码', '证件号码', '收入额（元）'])).toBe(true);
  });

  it('recognizes the long activity table and the printed form', () => {
    const activity = kindParser('activity');
    expect(
      activity.isHeader([
        '活动内容',
        '家（次、个）数',
        '出动人数',
        '宣传服务对象人数',
        '其中咨询人数',
        '发放宣传资料（份）',
        '备注',
      ]),
    ).toBe(true);
    expect(
      activity.isHeader([
        '活动内容',
        '家(次、个)数',
        '出动人数',
        '宣传服务对象人数(其中咨询:人)',
        '发放宣传资料(份)',
      ]),
    ).toBe(true);
  });
});

describe('explainMissingHeader', () => {
  it('names the missing columns and the headers of the best candidate row', () => {
    const rejection = kindParser('registry').explainMissingHeader([
      [row(1, ['武义县在册企业清单']), row(2, ['统一社会信用代码', '企业名称', '住所'])],
      [row(1, ['统一社会信用代码', '备注'])],
    ]);
    expect(rejection.code).toBe('MISSING_COLUMNS');
    expect(rejection.detail).toBe('“登记状态”；第2行的表头为：统一社会信用代码、企业名称、住所');
    expect(rejection.message).toBe('缺少必填列：“登记状态”；第2行的表头为：统一社会信用代码、企业名称、住所');
  });

  it('names a choice of columns as one requirement', () => {
    const rejection = kindParser('contacts').explainMissingHeader([[row(1, ['联系日期', '联系内容'])]]);
    expect(rejection.code).toBe('MISSING_COLUMNS');
    expect(rejection.detail).toBe('“干部编号或干部姓名”；第1行的表头为：联系日期、联系内容');
  });

  it('is NO_HEADER when no row holds any required column', () => {
    const rejection = kindParser('insured').explainMissingHeader([
      [row(1, ['参保人员名单']), row(2, ['姓名', '单位名称'])],
    ]);
    expect(rejection.code).toBe('NO_HEADER');
    expect(rejection.detail).toBe('必填列是“公民身份号码”、“险种”、“参保状态”');
  });

  it('is thrown by begin when the header row lacks required columns', () => {
    expect(rejectionOf(() => start('registry', ['统一社会信用代码', '企业名称']))?.code).toBe(
      'MISSING_COLUMNS',
    );
  });
});

describe('row issues', () => {
  it('name the column as the file spells it', () => {
    const parser = start('registry', ['统一社会信用代码', '企业名称', '登记 状态']);
    expect(parser.parse(row(2, [USCC.a, '某公司', '?'])).issues[0].column).toBe('登记 状态');
  });

  it('ignore columns that are not listed', () => {
    const parser = start('registry', ['序号', '统一社会信用代码', '企业名称', '登记状态', '法定代表人']);
    expect(parser.parse(row(2, [1, USCC.a, '某公司', '存续', '###']))).toEqual({
      value: { creditCode: USCC.a, name: '某公司', status: 'active' },
      issues: [],
    });
  });

  it('warn about a formula cell without a stored value and keep the row', () => {
    const parser = start('tax-employers', ['统一社会信用代码', '工资总额', '申报人数']);
    const result = parser.parse(row(5, [USCC.a, null, 12], [1]));
    expect(result.value).toEqual({ creditCode: USCC.a, headcount: 12 });
    expect(result.issues).toEqual([
      {
        row: 5,
        column: '工资总额',
        value: '',
        code: 'FORMULA_NO_VALUE',
        severity: 'warning',
        message: '公式单元格没有保存计算结果，按空值处理',
      },
    ]);
  });

  it('reject the row when a formula without value sits in a required column', () => {
    const parser = start('tax-employers', ['统一社会信用代码', '工资总额']);
    expect(codes(parser.parse(row(5, [null, 100], [0])))).toEqual([
      'warning:FORMULA_NO_VALUE',
      'error:REQUIRED_MISSING',
    ]);
  });

  it('show a number cell that should have been a code, with a hint', () => {
    const parser = start('tax-employers', ['统一社会信用代码']);
    const result = parser.parse(row(2, [914403001922038100]));
    expect(result.issues).toMatchObject([{ code: 'INVALID_USCC', value: '914403001922038100' }]);
    expect(result.issues[0].message).toContain('文本格式');
  });

  it('read short rows: missing trailing cells are empty', () => {
    const parser = start('registry', ['统一社会信用代码', '企业名称', '登记状态', '住所']);
    expect(parser.parse(row(2, [USCC.a, '某公司', '存续'])).value).toEqual({
      creditCode: USCC.a,
      name: '某公司',
      status: 'active',
    });
  });

  it('honour the 1904 date system of the workbook', () => {
    const parser = start('enforcement', ['统一社会信用代码', '措施', '日期'], { date1904: true });
    expect(parser.parse(row(2, [USCC.a, '提醒', 43524])).value?.actedOn).toBe('2023-03-01');
  });
});
