/**
 * `enforcement` — 执法检查记录 of the enforcement team (监督管理和执法检查专班), monthly, received on
 * the 6th of the next month. The 2023-02 file is sent twice with identical bytes under another name
 * (expected `duplicate`).
 */
import { MONTHS, nextMonthAt, periodOf } from '../calendar.ts';
import { dateCell } from '../mess.ts';
import type { TableRow } from '../writers/table.ts';
import { type Layout, headersOf, project } from './columns.ts';
import type { GenerationContext } from './context.ts';
import { type FileJob, type JobBase, csvJob, keyOf, monthLabel, xlsxJob } from './job.ts';

const LAYOUT_A: Layout = [
  ['统一社会信用代码', 'creditCode'],
  ['企业名称', 'name'],
  ['措施', 'measure'],
  ['日期', 'date'],
  ['结果', 'result'],
];
const LAYOUT_B: Layout = [
  ['序号', null],
  ['统一社会信用代码', 'creditCode'],
  ['单位名称', 'name'],
  ['执法措施', 'measure'],
  ['执法日期', 'date'],
  ['整改结果', 'result'],
];
/** The month whose file is sent twice. */
const RESENT_MONTH = 2;

export function enforcementJobs(ctx: GenerationContext): FileJob[] {
  const jobs: FileJob[] = [];
  for (let m = 0; m < MONTHS; m++) {
    const period = periodOf(m);
    const xlsx = m % 3 !== 1;
    const layout = m % 2 === 0 ? LAYOUT_A : LAYOUT_B;
    const base: JobBase = {
      kind: 'enforcement',
      period,
      unit: null,
      fileName: `执法检查记录_${monthLabel(period)}.${xlsx ? 'xlsx' : 'csv'}`,
      receivedAt: nextMonthAt(period, 6, '10:00'),
    };
    const table = () => ({
      sheetName: '执法检查',
      titles: xlsx ? [`监督管理和执法检查专班执法检查记录（${monthLabel(period)}）`] : [],
      header: headersOf(layout),
      rows: rows(ctx, m, layout, xlsx),
    });
    const job = xlsx
      ? xlsxJob(base, '武义县劳动保障监察大队', table)
      : csvJob(base, { encoding: 'utf8bom', lineEnd: '\r\n' }, table);
    jobs.push(job);
    if (m === RESENT_MONTH)
      jobs.push(
        resent(job, {
          ...base,
          fileName: `执法检查记录_${monthLabel(period)}（重发）.${xlsx ? 'xlsx' : 'csv'}`,
          receivedAt: nextMonthAt(period, 7, '10:00'),
        }),
      );
  }
  return jobs;
}

/** The same bytes again under another name, a day later: ingestion reports it as a duplicate. */
function resent(original: FileJob, base: JobBase): FileJob {
  return {
    ...original,
    key: keyOf(base),
    receivedAt: base.receivedAt,
    expectedStatus: 'duplicate',
    copyOf: original.key,
    notes: ['identical bytes re-sent under another name'],
    write: async () => {
      throw new Error(`${keyOf(base)} is a copy of ${original.key}: copy the file instead`);
    },
  };
}

function* rows(ctx: GenerationContext, m: number, layout: Layout, xlsx: boolean): Generator<TableRow> {
  let serial = 0;
  for (const record of ctx.enforcement.byMonth[m]) {
    const e = ctx.county.enterprises[record.enterprise];
    yield {
      cells: project(
        layout,
        {
          creditCode: e.code,
          name: e.name,
          measure: record.measure,
          date: dateCell(record.date, xlsx ? 'cell' : 'dot'),
          result: record.result,
        },
        ++serial,
      ),
    };
  }
}
