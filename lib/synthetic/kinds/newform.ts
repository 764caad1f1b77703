/**
 * `newform` — 新业态企业信息, a snapshot each quarter (2022-12, 2023-03, 2023-06) from the transport
 * bureau (workbook) and the postal bureau (UTF-8 CSV), each under its unit folder so the two lists
 * are united, not replaced.
 */
import { nextMonthAt, periodOf } from '../calendar.ts';
import { withMess } from '../mess.ts';
import type { TableRow } from '../writers/table.ts';
import { type Layout, headersOf, project } from './columns.ts';
import type { GenerationContext } from './context.ts';
import { brokenUscc } from './ghosts.ts';
import { type FileJob, type JobBase, csvJob, monthLabel, xlsxJob } from './job.ts';

/** Month indexes of the quarterly snapshots. */
export const NEWFORM_MONTHS = [0, 3, 6];

const TRANSPORT: Layout = [
  ['序号', null],
  ['统一社会信用代码', 'creditCode'],
  ['企业名称', 'name'],
  ['业态类型', 'formType'],
  ['从业人员数', 'workers'],
  ['主管部门', 'supervisor'],
];
const POSTAL: Layout = [
  ['统一社会信用代码', 'creditCode'],
  ['企业名称', 'name'],
  ['行业类别', 'formType'],
  ['骑手（司机）人数', 'workers'],
  ['主管部门', 'supervisor'],
];

export function newformJobs(ctx: GenerationContext): FileJob[] {
  const jobs: FileJob[] = [];
  for (const m of NEWFORM_MONTHS) {
    const period = periodOf(m);
    for (const unit of ['transport', 'postal'] as const) {
      const base: JobBase = {
        kind: 'newform',
        period,
        unit,
        fileName:
          unit === 'transport'
            ? `新业态企业名单（交通运输）_${monthLabel(period)}.xlsx`
            : `快递外卖配送企业名单_${monthLabel(period)}.csv`,
        receivedAt: nextMonthAt(period, 20, unit === 'transport' ? '10:00' : '11:00'),
        notes: [unit === 'transport' ? 'workbook, 从业人员数' : 'UTF-8 CSV, 骑手（司机）人数'],
      };
      const layout = unit === 'transport' ? TRANSPORT : POSTAL;
      const table = () => ({
        sheetName: '新业态企业',
        titles: unit === 'transport' ? ['武义县新业态企业信息表'] : [],
        header: headersOf(layout),
        rows: rows(ctx, m, unit, layout),
      });
      jobs.push(
        unit === 'transport'
          ? xlsxJob(base, '武义县交通运输局', table)
          : csvJob(base, { encoding: 'utf8', lineEnd: '\r\n' }, table),
      );
    }
  }
  return jobs;
}

function* rows(
  ctx: GenerationContext,
  m: number,
  unit: 'transport' | 'postal',
  layout: Layout,
): Generator<TableRow> {
  const r = ctx.random.fork(`newform/${unit}/${periodOf(m)}`);
  const supervisor = unit === 'transport' ? '县交通运输局' : '县邮政管理局';
  const listed = ctx.county.enterprises.flatMap((e) =>
    e.newform?.unit === unit ? [{ e, form: e.newform }] : [],
  );
  let serial = 0;
  const base = function* (): Generator<TableRow> {
    for (const { e, form } of listed) {
      yield {
        cells: project(
          layout,
          { creditCode: e.code, name: e.name, formType: form.formType, workers: form.workers, supervisor },
          ++serial,
        ),
      };
    }
  };
  const ghost = (): TableRow => ({
    cells: project(
      layout,
      {
        creditCode: brokenUscc(r),
        name: '武义县某某物流有限公司',
        formType: unit === 'transport' ? '货运' : '快递',
        workers: 6,
        supervisor,
      },
      ++serial,
    ),
    mark: 'invalid',
  });
  yield* withMess(
    base(),
    { duplicates: m === 3 ? 1 : 0, invalid: m === 6 ? [ghost] : [], estimate: listed.length },
    r,
  );
}
