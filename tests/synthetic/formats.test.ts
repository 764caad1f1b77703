import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Generated, csvText, fileWhere, generateInTemp, readGrid } from './readTree.ts';

describe('file formats as departments send them', () => {
  let g: Generated;
  const path = (key: string) => join(g.dir, ...key.split('/'));
  beforeAll(async () => {
    g = await generateInTemp();
  });
  afterAll(() => g?.cleanup());

  it('writes the 2023-01 registry in GBK with the market bureau’s second header set', () => {
    const file = fileWhere(g, (f) => f.kind === 'registry' && f.period === '2023-01');
    expect(file.encoding).toBe('gbk');
    const bytes = readFileSync(path(file.key));
    expect(() => new TextDecoder('utf-8', { fatal: true }).decode(bytes)).toThrow();
    const firstLine = iconv.decode(bytes, 'gbk').split('\r\n')[0];
    expect(firstLine).toBe(
      '序号,社会信用代码,市场主体名称,经营状态,属地,注册地址,成立日期,市场主体类型,规上企业,国有企业,法定代表人',
    );
  });

  it('starts UTF-8 CSV files of the insured list with a BOM', () => {
    const file = fileWhere(g, (f) => f.kind === 'insured' && f.period === '2022-12');
    expect(file.encoding).toBe('utf8bom');
    const bytes = readFileSync(path(file.key));
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(csvText(path(file.key)).text.split('\r\n')[0]).toBe(
      '公民身份号码,姓名,单位统一社会信用代码,单位名称,险种,参保状态,缴费基数,参保日期,所属乡镇（街道）',
    );
  });

  it('writes commerce subsidies in 万元 and finance subsidies in yuan', () => {
    const commerce = fileWhere(
      g,
      (f) => f.kind === 'subsidies' && f.unit === 'commerce' && f.period === '2023-02',
    );
    const text = csvText(path(commerce.key));
    expect(text.encoding).toBe('gbk');
    expect(text.text.split('\r\n')[1]).toBe('社会信用代码,单位名称,资金名称,金额（万元）,兑现日期,资金来源');
    expect(commerce.key).toBe('subsidies/2023-02/commerce/企业补助兑现情况（万元）_2023年2月.csv');
  });

  it('writes the activity form exactly as the plan prints it, title cells merged', async () => {
    const file = fileWhere(g, (f) => f.kind === 'activity' && f.period === '2023-01' && f.format === 'xlsx');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(path(file.key));
    const sheet = workbook.worksheets[0];
    expect(sheet.model.merges).toEqual(['A1:F1', 'A2:F2']);
    expect(sheet.getCell('A1').value).toBe('社会保险政策活动开展情况统计表');
    expect(String(sheet.getCell('A2').value)).toMatch(/^责任单位：\S+/);
    expect((sheet.getRow(3).values as unknown[]).slice(1)).toEqual([
      '活动内容',
      '家（次、个）数',
      '出动人数',
      '宣传服务对象人数（其中咨询 ： 人）',
      '发放宣传资料（份）',
      '备注（发放短信、拨打电话等情况）',
    ]);
    const labels = [4, 5, 6, 7, 8, 9, 10].map((n) => sheet.getCell(`A${n}`).value);
    expect(labels).toEqual([
      '“进市场”宣传',
      '“进园区”宣传',
      '“进企业”宣传',
      '“进车间”宣传',
      '“进宿舍”宣传',
      '“进乡村”宣传',
      '其他宣传服务活动',
    ]);
    expect(sheet.rowCount).toBe(10);
    expect(file.rows).toBe(7);
  });

  it('writes the rest of the activity reports as the long table in CSV', async () => {
    const file = fileWhere(g, (f) => f.kind === 'activity' && f.format === 'csv' && f.unit !== 'hrss');
    const grid = await readGrid(path(file.key));
    expect(grid[0]).toEqual([
      '活动内容',
      '家（次、个）数',
      '出动人数',
      '宣传服务对象人数',
      '其中咨询人数',
      '发放宣传资料（份）',
      '备注',
    ]);
    expect(
      grid
        .slice(1)
        .every((row) =>
          ['进市场', '进园区', '进企业', '进车间', '进宿舍', '进乡村', '其他'].includes(String(row[0])),
        ),
    ).toBe(true);
  });

  it('fixes workbook dates and entry times so the bytes depend on content only', async () => {
    const file = fileWhere(g, (f) => f.kind === 'cadres' && f.period === '2022-12');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(path(file.key));
    expect(workbook.created.toISOString()).toBe('2022-12-28T01:00:00.000Z');
    const bytes = readFileSync(path(file.key));
    // Local file header of the first entry: DOS time 09:00:00, date 2022-12-28.
    expect(bytes.readUInt16LE(10)).toBe((9 << 11) | (0 << 5));
    expect(bytes.readUInt16LE(12)).toBe(((2022 - 1980) << 9) | (12 << 5) | 28);
  });

  it('writes the roster with synthetic mobiles and example.org e-mails', async () => {
    const file = fileWhere(g, (f) => f.kind === 'cadres' && f.period === '2022-12');
    const grid = await readGrid(path(file.key));
    const header = grid[1].map(String);
    const rows = grid.slice(2);
    const mobiles = rows.map((r) => String(r[header.indexOf('手机号码')]));
    expect(mobiles[0]).toBe('13800000001');
    expect(mobiles.every((m) => /^138000000\d\d$/.test(m))).toBe(true);
    expect(rows.every((r) => String(r[header.indexOf('邮箱')]).endsWith('@example.org'))).toBe(true);
    expect(new Set(rows.map((r) => r[header.indexOf('挂钩类型')]))).toEqual(new Set(['片区', '企业']));
  });
});
