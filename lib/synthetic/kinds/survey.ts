/**
 * `survey` — 入企调查结果, one file per township and batch (unit folder = township code), received
 * in March 2023 (开发区's first batch in February); one township corrects its file the next day, one
 * is late, one never sends. Workbooks with title rows, some CSV; two rows of the first version of
 * the corrected file carry mistyped codes.
 */
import { dateCell, withMess, yesNo } from '../mess.ts';
import type { SurveyEntry, SurveyFilePlan } from '../surveyPlan.ts';
import type { TableRow } from '../writers/table.ts';
import { type Layout, headersOf, project } from './columns.ts';
import { type GenerationContext, townshipByCode } from './context.ts';
import { brokenUscc } from './ghosts.ts';
import { type FileJob, type JobBase, csvJob, xlsxJob } from './job.ts';

const LAYOUT_A: Layout = [
  ['序号', null],
  ['统一社会信用代码', 'creditCode'],
  ['企业名称', 'name'],
  ['调查日期', 'surveyedOn'],
  ['用工人数', 'employees'],
  ['已参保人数', 'insuredReported'],
  ['参保意愿', 'willingness'],
  ['是否重点扩面对象', 'keyTarget'],
  ['调查人', 'surveyor'],
];
const LAYOUT_B: Layout = [
  ['统一社会信用代码', 'creditCode'],
  ['企业名称', 'name'],
  ['职工人数', 'employees'],
  ['已参保人数', 'insuredReported'],
  ['参保意愿', 'willingness'],
  ['重点扩面对象', 'keyTarget'],
  ['调查人', 'surveyor'],
  ['调查日期', 'surveyedOn'],
];
const LAYOUT_C: Layout = [
  ['统一社会信用代码', 'creditCode'],
  ['企业名称', 'name'],
  ['在职职工人数', 'employees'],
  ['已参保人数', 'insuredReported'],
  ['参保意愿', 'willingness'],
  ['是否重点扩面对象', 'keyTarget'],
  ['调查日期', 'surveyedOn'],
  ['调查人', 'surveyor'],
  ['备注', 'note'],
];

export function surveyJobs(ctx: GenerationContext): FileJob[] {
  const jobs: FileJob[] = [];
  ctx.surveys.forEach((plan, index) => {
    const { submission } = plan;
    const t = townshipByCode(ctx, submission.township);
    const batches = ctx.surveys.filter((p) => p.submission.township === t.code).length;
    const batch =
      batches > 1
        ? `（第${ctx.surveys.filter((p, k) => k < index && p.submission.township === t.code).length === 0 ? '一' : '二'}批）`
        : '';
    const csv = index % 4 === 3;
    const layout = [LAYOUT_A, LAYOUT_B, LAYOUT_C][index % 3];
    const fileName = `${t.name}入企调查结果汇总${batch}`;
    const make = (
      name: string,
      receivedAt: typeof submission.receivedAt,
      entries: SurveyEntry[],
      mistyped: SurveyEntry[],
      notes: string[],
    ): FileJob => {
      const base: JobBase = {
        kind: 'survey',
        period: submission.period,
        unit: t.code,
        fileName: `${name}.${csv ? 'csv' : 'xlsx'}`,
        receivedAt,
        notes,
      };
      const table = () => ({
        sheetName: '入企调查',
        titles: csv ? [] : [`${t.name}2023年社保参保入企调查结果`, `填报单位：${t.name}`],
        header: headersOf(layout),
        rows: rows(ctx, plan, layout, entries, mistyped, csv),
      });
      return csv
        ? csvJob(base, { encoding: index % 8 === 3 ? 'gbk' : 'utf8bom', lineEnd: '\r\n' }, table)
        : xlsxJob(base, `${t.name}人民政府`, table, entries.length);
    };
    if (plan.original && submission.correctedAt) {
      const first = make(fileName, submission.receivedAt, plan.original.entries, plan.original.mistyped, [
        'first version: rows missing, two codes mistyped',
      ]);
      const corrected = make(
        `${fileName}（更正）`,
        submission.correctedAt,
        plan.entries,
        [],
        ['corrected re-upload of the same snapshot'],
      );
      corrected.replaces = first.key;
      jobs.push(first, corrected);
    } else {
      const late = submission.receivedAt.iso > '2023-04-01';
      jobs.push(
        make(
          fileName,
          submission.receivedAt,
          plan.entries,
          [],
          late ? ['received after the 31 March deadline'] : [],
        ),
      );
    }
  });
  return jobs;
}

function* rows(
  ctx: GenerationContext,
  plan: SurveyFilePlan,
  layout: Layout,
  entries: SurveyEntry[],
  mistyped: SurveyEntry[],
  csv: boolean,
): Generator<TableRow> {
  const r = ctx.random.fork(`survey/${plan.submission.township}/${plan.submission.period}/${entries.length}`);
  let serial = 0;
  const valuesOf = (x: SurveyEntry, code?: string) => {
    const e = ctx.county.enterprises[x.enterprise];
    return {
      creditCode: code ?? e.code,
      name: e.name,
      surveyedOn: csv
        ? dateCell(x.surveyedOn, serial % 2 ? 'chinese' : 'iso')
        : dateCell(x.surveyedOn, 'cell'),
      employees: x.employees,
      insuredReported: x.insuredReported,
      willingness: x.willingness,
      keyTarget: x.keyTarget
        ? yesNo(true, serial % 3 ? 'chinese' : 'tick')
        : serial % 5 === 0
          ? null
          : yesNo(false, 'chinese'),
      surveyor: x.surveyor,
      note: x.employees === 0 ? '已停产' : null,
    };
  };
  const base = function* (): Generator<TableRow> {
    for (const x of entries) yield { cells: project(layout, valuesOf(x), ++serial) };
  };
  const invalid = mistyped.map((x) => () => ({
    cells: project(layout, valuesOf(x, brokenUscc(r)), ++serial),
    mark: 'invalid' as const,
  }));
  yield* withMess(base(), { duplicates: entries.length > 8 ? 1 : 0, invalid, estimate: entries.length }, r);
}
