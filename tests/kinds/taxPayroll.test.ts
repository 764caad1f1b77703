import { describe, expect, it } from 'vitest';
import { accepted, codes, ID, parseRows, start, USCC } from './helpers.ts';

const HEADER = [
  '扣缴义务人纳税人识别号',
  '扣缴义务人名称',
  '身份证件类型',
  '身份证件号码',
  '姓名',
  '所得项目',
  '任职受雇从业类型',
  '收入额',
];

describe('tax-payroll rows', () => {
  it('normalizes a complete row', () => {
    const [result] = parseRows(start('tax-payroll', HEADER), [
      [USCC.c, '某公司', '居民身份证', ID.man1990, '张三', '正常工资薪金', '雇员', '6,500.00'],
    ]);
    expect(result).toEqual({
      value: {
        employerCode: USCC.c,
        employerName: '某公司',
        idType: '居民身份证',
        idNumber: ID.man1990,
        name: '张三',
        incomeType: '正常工资薪金',
        employmentType: '雇员',
        income: 6500,
      },
      issues: [],
    });
  });

  it('fills the defaults: 居民身份证, 正常工资薪金, 雇员', () => {
    const [result] = parseRows(start('tax-payroll', ['统一社会信用代码', '身份证号', '收入']), [
      [USCC.a, '33072319900101101x', 5000],
    ]);
    expect(result.value).toEqual({
      employerCode: USCC.a,
      idType: '居民身份证',
      idNumber: ID.manX,
      incomeType: '正常工资薪金',
      employmentType: '雇员',
      income: 5000,
    });
  });

  it('rejects an invalid resident ID and masks it in the report', () => {
    const [result] = parseRows(start('tax-payroll', HEADER), [
      [USCC.c, '', '居民身份证', '330723199001011238', '', '', '', 100],
    ]);
    expect(result.value).toBeUndefined();
    expect(result.issues).toEqual([
      {
        row: 2,
        column: '身份证件号码',
        value: '330723********1238',
        code: 'INVALID_ID',
        severity: 'error',
        message: '身份证号码无效（长度、出生日期或校验位不对）',
      },
    ]);
  });

  it('reports an ID that Excel turned into a number', () => {
    const [numberCell, scientific] = parseRows(start('tax-payroll', HEADER), [
      [USCC.c, '', '', 330723199001011200, '', '', '', 100],
      [USCC.c, '', '', '3.30723E+17', '', '', '', 100],
    ]);
    expect(numberCell.issues).toMatchObject([
      {
        code: 'ID_EXCEL_DAMAGED',
        value: '330723********1200',
        message: '身份证号被Excel转成了数字，后几位已丢失，请把该列设为文本格式后重新导出',
      },
    ]);
    expect(scientific.issues).toMatchObject([{ code: 'ID_EXCEL_DAMAGED', value: '3.30723E+17' }]);
  });

  it('keeps other document numbers as given without the resident-ID check', () => {
    const [result] = parseRows(start('tax-payroll', HEADER), [
      [USCC.c, '', '中国护照', ' e1234 5678 ', 'Tom', '', '', 100],
    ]);
    expect(result.value).toMatchObject({ idType: '中国护照', idNumber: 'E12345678' });
  });

  it('upgrades a 15-digit ID', () => {
    const [result] = parseRows(start('tax-payroll', HEADER), [
      [USCC.c, '', '身份证', '330723900101123', '', '', '', 100],
    ]);
    expect(result.value).toMatchObject({ idType: '居民身份证', idNumber: ID.man1990 });
  });

  it('rejects negative, missing and non-numeric income', () => {
    const results = parseRows(start('tax-payroll', HEADER), [
      [USCC.c, '', '', ID.man1990, '', '', '', '-100'],
      [USCC.c, '', '', ID.woman1985, '', '', '', ''],
      [USCC.c, '', '', ID.manX, '', '', '', '六千'],
    ]);
    expect(results.map((r) => r.value)).toEqual([undefined, undefined, undefined]);
    expect(results.map(codes)).toEqual([
      ['error:NEGATIVE'],
      ['error:REQUIRED_MISSING'],
      ['error:INVALID_NUMBER'],
    ]);
  });

  it('converts an income column in 万元', () => {
    const [result] = parseRows(start('tax-payroll', ['统一社会信用代码', '身份证号', '收入额（万元）']), [
      [USCC.a, ID.man1990, '0.65'],
    ]);
    expect(result.value?.income).toBe(6500);
  });

  it('keys rows by employer, person and income type', () => {
    const parser = start('tax-payroll', HEADER);
    const results = parseRows(parser, [
      [USCC.c, '', '', ID.man1990, '', '正常工资薪金', '', 100],
      [USCC.c, '', '', ID.man1990, '', '劳务报酬', '', 100],
      [USCC.a, '', '', ID.man1990, '', '正常工资薪金', '', 100],
      [USCC.c, '', '', ID.man1990, '', '', '', 200],
    ]);
    expect(results.map((r) => r.value !== undefined)).toEqual([true, true, true, false]);
    expect(results[3].issues).toMatchObject([
      { code: 'DUPLICATE', column: '身份证件号码', value: '330723********1239' },
    ]);
    expect(parser.duplicateKey(accepted(results[0]))).toBe(`${USCC.c}|${ID.man1990}|正常工资薪金`);
  });
});
