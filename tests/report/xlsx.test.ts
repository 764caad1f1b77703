import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { supervisionReportXlsx } from '../../lib/report/index.ts';
import { HOSTILE_NAMES, sampleModel } from './fixture.ts';

let wb: ExcelJS.Workbook;
beforeAll(async () => {
  const buffer = await supervisionReportXlsx(await sampleModel());
  wb = new ExcelJS.Workbook();
  await wb.xlsx.load(buffer as unknown as ArrayBuffer);
});

function rowsOf(sheet: string): unknown[][] {
  const ws = wb.getWorksheet(sheet);
  if (!ws) throw new Error(`no sheet ${sheet}`);
  const rows: unknown[][] = [];
  ws.eachRow({ includeEmpty: false }, (row) => {
    rows.push((row.values as unknown[]).slice(1));
  });
  return rows;
}

describe('the 督查专报 workbook', () => {
  it('opens with the six sheets in order', () => {
    expect(wb.worksheets.map((ws) => ws.name)).toEqual([
      '排名',
      '全县情况',
      '滞后乡镇',
      '活动统计',
      '重点企业名单',
      '数据报送情况',
    ]);
  });

  it('ranks the 19 townships with Chinese headers, quota / actual / completion per metric, score, status and rank', () => {
    const rows = rowsOf('排名');
    expect(rows[2]).toEqual(
      expect.arrayContaining([
        '排名',
        '统筹区',
        '新增企业职工养老参保',
        '覆盖企业',
        '进重点企业',
        '进农村',
        '得分',
        '进度状态',
      ]),
    );
    expect(rows[3]).toEqual(expect.arrayContaining(['任务数', '完成数', '完成率']));
    const body = rows.slice(4);
    expect(body).toHaveLength(21); // 19 townships, 未落地, 全县
    expect(body.slice(0, 19).map((r) => r[1])).toContain('大田乡');
    // 大田乡: 2 of 5 进农村 → 40%, score 40.0, 超序时, ranked first
    const first = body[0];
    expect(first[0]).toBe(1);
    expect(first[1]).toBe('大田乡');
    expect(first.slice(-2)).toEqual([40, '超序时']);
    expect(body[19][1]).toBe('未落地（县级部门及无属地）');
    expect(body[20][1]).toBe('全县');
    expect(body[20].slice(2, 5)).toEqual([11000, 2250, 2250 / 11000]);
    const statuses = new Set(body.slice(0, 19).map((r) => r.at(-1)));
    expect([...statuses].every((s) => ['超序时', '略滞后', '滞后'].includes(s as string))).toBe(true);
  });

  it('sets the county figures against the plan’s targets', () => {
    const rows = rowsOf('全县情况');
    expect(rows[1]).toEqual(['指标', '目标', '实际', '完成情况']);
    const byLabel = new Map(rows.map((r) => [r[0], r]));
    expect(byLabel.get('新增企业职工养老参保（人）')?.slice(1)).toEqual(['11000人', 2250, '完成20.5%']);
    expect(byLabel.get('参保率提升（百分点）')?.slice(1)).toEqual(['提升7个百分点', 3.11, '未达到目标']);
    expect(byLabel.get('缴费基数夯实率')?.slice(1)).toEqual(['从67%提高到70%以上', 0.6825, '未达到目标']);
  });

  it('lists lagging townships with the metric behind, and the activity form totals', () => {
    const lagging = rowsOf('滞后乡镇');
    expect(lagging[1]).toEqual([
      '排名',
      '统筹区',
      '进度状态',
      '得分',
      '滞后指标',
      '任务数',
      '完成数',
      '完成率',
      '按时间进度应完成',
      '差额',
    ]);
    expect(
      lagging
        .slice(2)
        .find((r) => r[1] === '熟溪街道' && r[4] === '新增企业职工养老参保')
        ?.slice(5),
    ).toEqual([210, 30, 30 / 210, 53, 23]);
    const activity = rowsOf('活动统计');
    expect(activity[1]).toEqual([
      '责任单位',
      '活动内容',
      '家（次、个）数',
      '出动人数',
      '宣传服务对象人数',
      '其中咨询（人）',
      '发放宣传资料（份）',
    ]);
    expect(activity.find((r) => r[0] === '桐琴镇' && r[1] === '“进乡村”宣传')?.slice(2)).toEqual([
      2, 3, 45, 9, 60,
    ]);
    expect(activity.at(-1)).toEqual(['全县', '合计', 8, 15, 195, 39, 270]); // 进乡村 2+2+1, 进园区 1+1+1
  });

  it('keeps enterprise names that look like formulas as text, flags in the plan’s words', () => {
    const rows = rowsOf('重点企业名单');
    const names = rows.slice(2).map((r) => r[2]);
    for (const name of Object.values(HOSTILE_NAMES)) expect(names).toContain(name);
    const formulaRow = rows.find((r) => r[2] === HOSTILE_NAMES.formula);
    expect(formulaRow?.[8]).toBe('正常经营无人参保；财政补助前置条件未达标；多次提醒拒不整改（联合执法）');
    expect(rows.find((r) => r[2] === HOSTILE_NAMES.script)?.[8]).toBe('用工规模大但参保率低；重点企业');
  });

  it('gives text that a spreadsheet would take for a formula (also after trim and NFKC) the Text format', () => {
    const ws = wb.getWorksheet('重点企业名单');
    const cellOf = (name: string) => {
      let found: ExcelJS.Cell | undefined;
      ws?.eachRow((row) =>
        row.eachCell((cell) => {
          if (cell.value === name) found = cell;
        }),
      );
      return found;
    };
    for (const name of [
      HOSTILE_NAMES.formula,
      HOSTILE_NAMES.plus,
      HOSTILE_NAMES.minus,
      HOSTILE_NAMES.at,
      HOSTILE_NAMES.fullWidth,
    ]) {
      expect(cellOf(name)?.type).toBe(ExcelJS.ValueType.String);
      expect(cellOf(name)?.numFmt).toBe('@');
    }
  });

  it('has no formula cell anywhere', () => {
    let cells = 0;
    for (const ws of wb.worksheets) {
      ws.eachRow({ includeEmpty: false }, (row) =>
        row.eachCell({ includeEmpty: false }, (cell) => {
          cells++;
          expect(cell.type).not.toBe(ExcelJS.ValueType.Formula);
          expect(cell.formula).toBeUndefined();
        }),
      );
    }
    expect(cells).toBeGreaterThan(200);
  });

  it('shows the data-feed status of every department', () => {
    const rows = rowsOf('数据报送情况');
    expect(rows[1]).toEqual(['数据类别', '报送单位', '使用所属期', '接收日期', '距本期（月）', '状态']);
    expect(rows.find((r) => r[0] === '参保人员名单')?.slice(1)).toEqual([
      '县人力社保局',
      '2023-03',
      '2023-04-05',
      0,
      '正常',
    ]);
    expect(rows.find((r) => r[0] === '纳税企业名单及工资总额')?.slice(1)).toEqual([
      '县税务局',
      '—',
      '—',
      '—',
      '未报送',
    ]);
  });
});
