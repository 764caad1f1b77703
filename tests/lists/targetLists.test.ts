import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { compare } from '../../lib/compare/index.ts';
import { targetListWorkbooks } from '../../lib/lists/targetLists.ts';
import type { InsuredRow, TaxPayrollRow } from '../../lib/model/rows.ts';
import { loadPolicy } from '../../lib/seeds/policy.ts';
import { memoryDataset } from '../../lib/snapshots/memoryDataset.ts';

// Two operating enterprises in 大田乡 with payroll and nobody insured in pension (OPERATING_NO_INSURED);
// one of them has a person insured only in unemployment — still no pension, so both are flagged.
const A = '914403001922038216';
const B = '9144030071526726XG';
const ID1 = '330723198001010012'; // check characters per GB 11643
const ID2 = '330723198501010027';

const pay = (employerCode: string, idNumber: string, income: number): TaxPayrollRow => ({
  employerCode, idNumber, idType: '居民身份证', incomeType: '正常工资薪金', employmentType: '雇员', income,
});

async function sheetRows(bytes: Buffer, name: string): Promise<string[][]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  const sheet = wb.getWorksheet(name);
  const rows: string[][] = [];
  sheet?.eachRow((row) => rows.push((row.values as unknown[]).slice(1).map((v) => String(v ?? ''))));
  return rows;
}

describe('target lists (数据比对名单)', () => {
  it('counts flagged enterprises per township, masks IDs and writes Chinese headers', async () => {
    const insured: InsuredRow[] = [{ idNumber: ID1, scheme: 'unemployment', status: 'active', employerCode: A }];
    const data = memoryDataset([
      { kind: 'registry', period: '2023-03', rows: [
        { creditCode: A, name: '甲公司', status: 'active', township: '330723200000' },
        { creditCode: B, name: '乙公司', status: 'active', township: '330723200000' },
      ] },
      { kind: 'tax-payroll', period: '2023-03', rows: [pay(A, ID1, 6000), pay(B, ID2, 5000)] },
      { kind: 'insured', period: '2023-03', rows: insured },
    ]);
    const comparison = await compare(data, '2023-03', loadPolicy(2023));
    const books = await targetListWorkbooks(comparison);
    const county = books.find((b) => b.scope === 'county');
    const datian = books.find((b) => b.scope === '330723200000');
    expect(county?.fileName).toBe('2023-03-全县-比对名单.xlsx');
    expect(datian?.fileName).toBe('2023-03-大田乡-比对名单.xlsx');
    if (!county || !datian) throw new Error('the county and 大田乡 workbooks are missing');

    const summary = await sheetRows(county.bytes, '乡镇汇总');
    const row = summary.find((r) => r[0] === '大田乡');
    expect(summary[0]).toContain('问题企业数');
    expect(row?.[summary[0].indexOf('问题企业数')]).toBe('2');

    const flagged = await sheetRows(datian.bytes, '重点关注企业');
    expect(flagged[0][0]).toBe('统一社会信用代码');
    expect(flagged.slice(1).map((r) => r[1]).sort()).toEqual(['乙公司', '甲公司']);
    expect(flagged[1].at(-1)).toContain('正常经营无人参保');

    const people = await sheetRows(datian.bytes, '应保未保人员');
    const all = JSON.stringify(people);
    expect(all).not.toContain(ID1);
    expect(all).not.toContain(ID2);
    expect(all).toContain('330723********0012');
  });
});
