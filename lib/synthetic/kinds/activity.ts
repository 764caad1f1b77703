/**
 * `activity` — 社会保险政策活动开展情况统计表, per township and month. Most files are the form exactly
 * as the plan prints it (title, `责任单位：…`, the plan's header row, one row per 「进市场」… 其他宣传服务
 * 活动, consultations in brackets in the served cell, empty cells for zero), as a workbook with merged
 * title cells; the rest are the long table as CSV. The county HRSS bureau reports twice (unassigned).
 */
import type { ActivityType } from '../../model/rows.ts';
import type { Township } from '../../seeds/townships.ts';
import type { ActivityLine } from '../activityPlan.ts';
import { laterBy, nextMonthAt, periodOf } from '../calendar.ts';
import type { OutCell, TableRow } from '../writers/table.ts';
import type { GenerationContext } from './context.ts';
import { type FileJob, type JobBase, csvJob, monthLabel, xlsxJob } from './job.ts';

export const FORM_TITLE = '社会保险政策活动开展情况统计表';
/** The header row as printed in the plan's last table. */
export const FORM_HEADER = [
  '活动内容',
  '家（次、个）数',
  '出动人数',
  '宣传服务对象人数（其中咨询 ： 人）',
  '发放宣传资料（份）',
  '备注（发放短信、拨打电话等情况）',
];
export const FORM_LABELS: Record<ActivityType, string> = {
  进市场: '“进市场”宣传',
  进园区: '“进园区”宣传',
  进企业: '“进企业”宣传',
  进车间: '“进车间”宣传',
  进宿舍: '“进宿舍”宣传',
  进乡村: '“进乡村”宣传',
  其他: '其他宣传服务活动',
};
const LONG_HEADER = [
  '活动内容',
  '家（次、个）数',
  '出动人数',
  '宣传服务对象人数',
  '其中咨询人数',
  '发放宣传资料（份）',
  '备注',
];

export function activityJobs(ctx: GenerationContext): FileJob[] {
  return ctx.activities.map((plan) => {
    const period = periodOf(plan.month);
    const t = ctx.county.townships.find((x) => x.code === plan.unit) ?? null;
    const index = t ? ctx.county.townships.indexOf(t) : ctx.county.townships.length;
    const unitName = t ? t.name : '县人力社保局';
    const base: JobBase = {
      kind: 'activity',
      period,
      unit: plan.unit,
      fileName: `${unitName}社会保险政策活动开展情况统计表（${monthLabel(period)}）.${plan.layout === 'form' ? 'xlsx' : 'csv'}`,
      receivedAt: nextMonthAt(period, 3, laterBy('14:00', index * 5)),
      notes: [plan.layout === 'form' ? 'the printed form with merged title cells' : 'long table CSV'],
    };
    if (plan.layout === 'form' && t) {
      const table = () => ({
        sheetName: 'Sheet1',
        titles: [FORM_TITLE, `责任单位：${responsibleUnit(t, plan.month)}`],
        header: FORM_HEADER,
        rows: formRows(plan.lines, plan.month),
      });
      return xlsxJob(base, unitName, table);
    }
    const table = () => ({
      sheetName: 'Sheet1',
      titles: [],
      header: LONG_HEADER,
      rows: longRows(plan.lines),
    });
    return csvJob(base, { encoding: index % 2 ? 'gbk' : 'utf8bom', lineEnd: '\r\n' }, table);
  });
}

/** How a township signs the form: its name, its government, or its short name. */
function responsibleUnit(t: Township, month: number): string {
  const zone = t.code.endsWith('-KFQ');
  switch (month % 3) {
    case 0:
      return t.name;
    case 1:
      return zone
        ? '武义经济开发区管委会'
        : t.name.endsWith('街道')
          ? `${t.name}办事处`
          : `${t.name}人民政府`;
    default:
      return t.aliases[0] ?? t.name;
  }
}

/** The served cell with consultations, in the three ways clerks write it. */
function servedCell(line: ActivityLine, month: number): OutCell {
  if (line.served === 0) return null;
  if (line.consulted === 0) return line.served;
  switch ((month + line.count) % 3) {
    case 0:
      return `${line.served}（${line.consulted}）`;
    case 1:
      return `${line.served}（其中咨询：${line.consulted}人）`;
    default:
      return `${line.served}(${line.consulted})`;
  }
}

function* formRows(lines: ActivityLine[], month: number): Generator<TableRow> {
  const blankZero = (n: number): OutCell => (n === 0 ? null : n);
  for (const line of lines) {
    yield {
      cells: [
        FORM_LABELS[line.activity],
        blankZero(line.count),
        blankZero(line.staff),
        servedCell(line, month),
        blankZero(line.materials),
        line.note || null,
      ],
    };
  }
}

function* longRows(lines: ActivityLine[]): Generator<TableRow> {
  const used = lines.filter((l) => l.count > 0);
  for (const line of used.length ? used : lines) {
    yield {
      cells: [
        line.activity,
        line.count,
        line.staff,
        line.served,
        line.consulted,
        line.materials,
        line.note || null,
      ],
    };
  }
}
