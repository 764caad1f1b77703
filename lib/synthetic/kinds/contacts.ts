/**
 * `contacts` — 包保挂钩联系记录, per township and month, received on the 3rd of the next month after
 * the roster. Some townships identify cadres by 干部编号, others only by name (联系干部).
 */
import { laterBy, nextMonthAt, periodOf } from '../calendar.ts';
import type { ContactFilePlan } from '../contactPlan.ts';
import { dateCell } from '../mess.ts';
import type { TableRow } from '../writers/table.ts';
import { type Layout, headersOf, project } from './columns.ts';
import { type GenerationContext, townshipByCode } from './context.ts';
import { type FileJob, type JobBase, csvJob, monthLabel, xlsxJob } from './job.ts';

const BY_ID: Layout = [
  ['干部编号', 'cadreId'],
  ['干部姓名', 'cadreName'],
  ['企业统一社会信用代码', 'creditCode'],
  ['企业名称', 'enterpriseName'],
  ['联系日期', 'date'],
  ['联系方式', 'method'],
  ['联系内容', 'summary'],
];
const BY_NAME: Layout = [
  ['联系干部', 'cadreName'],
  ['统一社会信用代码', 'creditCode'],
  ['走访日期', 'date'],
  ['方式', 'method'],
  ['内容', 'summary'],
];

export function contactJobs(ctx: GenerationContext): FileJob[] {
  const jobs: FileJob[] = [];
  for (const plan of ctx.contacts) {
    if (plan.records.length === 0) continue;
    const period = periodOf(plan.month);
    const t = townshipByCode(ctx, plan.township);
    const index = ctx.county.townships.indexOf(t);
    const byName = index % 4 === 1;
    const xlsx = index % 3 === 0;
    const base: JobBase = {
      kind: 'contacts',
      period,
      unit: t.code,
      fileName: `${t.name}包保联系记录_${monthLabel(period)}.${xlsx ? 'xlsx' : 'csv'}`,
      receivedAt: nextMonthAt(period, 3, laterBy('16:00', index * 5)),
      notes: [byName ? 'cadres by name only' : 'cadres by id'],
    };
    const layout = byName ? BY_NAME : BY_ID;
    const table = () => ({
      sheetName: '联系记录',
      titles: xlsx ? [`${t.name}包保挂钩联系记录（${monthLabel(period)}）`] : [],
      header: headersOf(layout),
      rows: rows(ctx, plan, layout, xlsx),
    });
    jobs.push(
      xlsx
        ? xlsxJob(base, `${t.name}人民政府`, table)
        : csvJob(base, { encoding: index % 2 ? 'utf8bom' : 'gbk', lineEnd: '\r\n' }, table),
    );
  }
  return jobs;
}

function* rows(
  ctx: GenerationContext,
  plan: ContactFilePlan,
  layout: Layout,
  xlsx: boolean,
): Generator<TableRow> {
  const names = new Map<string, string>();
  for (const roster of ctx.cadres.rosters) for (const c of roster.cadres) names.set(c.id, c.name);
  let serial = 0;
  for (const record of plan.records) {
    const e = record.enterprise === null ? null : ctx.county.enterprises[record.enterprise];
    yield {
      cells: project(
        layout,
        {
          cadreId: record.cadreId,
          cadreName: names.get(record.cadreId) ?? '',
          creditCode: e ? e.code : '',
          enterpriseName: e ? e.name : '',
          date: dateCell(record.date, xlsx ? 'cell' : serial % 2 ? 'slash' : 'iso'),
          method: record.method,
          summary: record.summary,
        },
        ++serial,
      ),
      mark: record.unknownCadre ? 'invalid' : undefined,
    };
  }
}
