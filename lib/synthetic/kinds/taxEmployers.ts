/**
 * `tax-employers` — 纳税企业名单及工资总额 (县税务局), received on the 15th of the next month: every
 * employer with payroll, with its head count and wage total, and the small employers that declare
 * totals only (汇总申报). In 2023-03 the bureau first sends an old `.xls` by mistake (rejected whole).
 */
import { writeFile } from 'node:fs/promises';
import { MONTHS, nextMonthAt, periodOf } from '../calendar.ts';
import { type MoneyStyle, money, withMess } from '../mess.ts';
import type { TableRow } from '../writers/table.ts';
import { type Layout, headersOf, project } from './columns.ts';
import type { GenerationContext } from './context.ts';
import { brokenUscc } from './ghosts.ts';
import { type FileJob, type JobBase, csvJob, keyOf, xlsxJob } from './job.ts';
import { payrollLines } from './payrollRows.ts';

const LAYOUT_A: Layout = [
  ['纳税人识别号', 'creditCode'],
  ['纳税人名称', 'name'],
  ['工资薪金总额', 'wageTotal'],
  ['扣缴申报人数', 'headcount'],
];
const LAYOUT_B: Layout = [
  ['统一社会信用代码', 'creditCode'],
  ['企业名称', 'name'],
  ['工资总额', 'wageTotal'],
  ['申报人数', 'headcount'],
  ['所属税务分局', 'office'],
];
const LAYOUT_C: Layout = [
  ['序号', null],
  ['纳税人识别号', 'creditCode'],
  ['企业名称', 'name'],
  ['应发工资总额', 'wageTotal'],
  ['从业人数', 'headcount'],
];

type Format = 'xlsx' | 'gbk' | 'utf8bom';
const PLAN: [Format, Layout][] = [
  ['xlsx', LAYOUT_A],
  ['gbk', LAYOUT_B],
  ['xlsx', LAYOUT_C],
  ['xlsx', LAYOUT_A],
  ['utf8bom', LAYOUT_B],
  ['xlsx', LAYOUT_C],
  ['gbk', LAYOUT_A],
];
const AUTHOR = '国家税务总局武义县税务局';
/** The month whose file first arrives as `.xls`. */
const XLS_MONTH = 3;

export function taxEmployersJobs(ctx: GenerationContext): FileJob[] {
  const jobs: FileJob[] = [];
  for (let m = 0; m < MONTHS; m++) {
    const period = periodOf(m);
    const [format, layout] = PLAN[m];
    const base: JobBase = {
      kind: 'tax-employers',
      period,
      unit: null,
      fileName: `纳税企业名单及工资总额_${period.replace('-', '')}.${format === 'xlsx' ? 'xlsx' : 'csv'}`,
      receivedAt: nextMonthAt(period, 15, '09:00'),
      notes: [format === 'xlsx' ? 'title row' : `${format} CSV`],
    };
    const table = () => ({
      sheetName: '纳税企业',
      titles: format === 'xlsx' ? [`${period.replace('-', '年')}月 纳税企业名单及工资总额`] : [],
      header: headersOf(layout),
      rows: rows(ctx, m, layout, format === 'xlsx' ? 'number' : m === 4 ? 'thousands' : 'plain'),
    });
    jobs.push(
      format === 'xlsx'
        ? xlsxJob(base, AUTHOR, table, ctx.county.enterprises.length)
        : csvJob(base, { encoding: format, lineEnd: '\r\n' }, table),
    );
    if (m === XLS_MONTH) jobs.push(xlsJob(ctx, period));
  }
  return jobs;
}

/** Old binary Excel: random bytes named `.xls`, sent the day before the proper file. */
function xlsJob(ctx: GenerationContext, period: string): FileJob {
  const base: JobBase = {
    kind: 'tax-employers',
    period,
    unit: null,
    fileName: `纳税企业名单及工资总额_${period.replace('-', '')}.xls`,
    receivedAt: nextMonthAt(period, 14, '16:00'),
  };
  const bytes = ctx.random.fork(`xls/${period}`);
  return {
    key: keyOf(base),
    kind: base.kind,
    period,
    unit: null,
    receivedAt: base.receivedAt,
    format: 'xls',
    expectedStatus: 'rejected',
    reason: 'XLS_FORMAT',
    notes: ['old .xls format: rejected whole'],
    write: async (path) => {
      // Starts like a real compound-document file; the rest is noise.
      const content = Buffer.alloc(4096);
      for (let i = 0; i < content.length; i++) content[i] = bytes.int(0, 255);
      content.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1], 0);
      await writeFile(path, content);
      return { rows: 0, invalid: 0, duplicate: 0 };
    },
  };
}

function* rows(
  ctx: GenerationContext,
  m: number,
  layout: Layout,
  moneyStyle: MoneyStyle,
): Generator<TableRow> {
  const { county } = ctx;
  const r = ctx.random.fork(`tax-employers/${periodOf(m)}`);
  let serial = 0;
  const base = function* (): Generator<TableRow> {
    for (const e of county.enterprises) {
      let headcount = 0;
      let wageTotal = 0;
      if (e.declaredHeadcount !== null) {
        headcount = e.declaredHeadcount;
        wageTotal = headcount * 4_800;
      } else {
        const persons = new Set<number>();
        for (const line of payrollLines(county, e.index, m)) {
          persons.add(line.person);
          if (line.incomeType !== '劳务报酬所得') wageTotal += line.income;
        }
        headcount = persons.size;
      }
      if (headcount === 0) continue;
      serial++;
      yield {
        cells: project(
          layout,
          {
            creditCode: e.code,
            name: e.name,
            wageTotal: money(wageTotal, moneyStyle),
            headcount,
            office: '武义县税务局第一税务分局',
          },
          serial,
        ),
      };
    }
  };
  const ghost = (): TableRow => ({
    cells: project(
      layout,
      {
        creditCode: brokenUscc(r),
        name: '武义县某某贸易有限公司',
        wageTotal: money(9_600, moneyStyle),
        headcount: 2,
        office: '武义县税务局第一税务分局',
      },
      ++serial,
    ),
    mark: 'invalid',
  });
  const estimate = county.enterprises.length;
  yield* withMess(
    base(),
    { duplicates: Math.max(1, Math.round(estimate / 20_000)), invalid: [ghost], estimate },
    r,
  );
}
