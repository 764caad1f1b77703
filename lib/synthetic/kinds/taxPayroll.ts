/**
 * `tax-payroll` — 个人所得税全员全额扣缴申报明细 (县税务局), received on the 15th of the next month.
 * Mostly CSV (GBK, UTF-8 with BOM, plain UTF-8 with LF), one month as a workbook; three header
 * sets; IDs that Excel damaged, with spaces, lower-case x; incomes as `12,345.00` one month and
 * now and then in full-width digits; a few repeated rows.
 */
import { MONTHS, nextMonthAt, periodOf } from '../calendar.ts';
import { type MoneyStyle, fullWidth, money, spaced, withMess } from '../mess.ts';
import { hasPayrollAt } from '../model.ts';
import type { TableRow } from '../writers/table.ts';
import { type Layout, headersOf, project } from './columns.ts';
import type { GenerationContext } from './context.ts';
import { damagedId } from './ghosts.ts';
import { type FileJob, type JobBase, csvJob, xlsxJob } from './job.ts';
import { payrollLines } from './payrollRows.ts';

const LAYOUT_A: Layout = [
  ['扣缴义务人纳税人识别号', 'employerCode'],
  ['扣缴义务人名称', 'employerName'],
  ['姓名', 'name'],
  ['身份证件类型', 'idType'],
  ['身份证件号码', 'idNumber'],
  ['所得项目', 'incomeType'],
  ['任职受雇从业类型', 'employmentType'],
  ['收入额', 'income'],
  ['税款所属期', 'taxPeriod'],
];
const LAYOUT_B: Layout = [
  ['扣缴单位纳税人识别号', 'employerCode'],
  ['扣缴单位名称', 'employerName'],
  ['证件类型', 'idType'],
  ['证件号码', 'idNumber'],
  ['姓名', 'name'],
  ['所得项目', 'incomeType'],
  ['任职受雇从业类型', 'employmentType'],
  ['本期收入', 'income'],
  ['减除费用', 'deduction'],
];
const LAYOUT_C: Layout = [
  ['扣缴义务人统一社会信用代码', 'employerCode'],
  ['扣缴义务人名称', 'employerName'],
  ['姓名', 'name'],
  ['证件类型', 'idType'],
  ['身份证号码', 'idNumber'],
  ['所得项目', 'incomeType'],
  ['任职受雇从业类型', 'employmentType'],
  ['收入', 'income'],
];

type Format = 'gbk' | 'utf8bom' | 'utf8' | 'xlsx';
const PLAN: [Format, Layout][] = [
  ['gbk', LAYOUT_A],
  ['utf8bom', LAYOUT_B],
  ['xlsx', LAYOUT_C],
  ['gbk', LAYOUT_B],
  ['utf8', LAYOUT_A],
  ['gbk', LAYOUT_A],
  ['utf8bom', LAYOUT_B],
];

export function taxPayrollJobs(ctx: GenerationContext): FileJob[] {
  const jobs: FileJob[] = [];
  for (let m = 0; m < MONTHS; m++) {
    const period = periodOf(m);
    const [format, layout] = PLAN[m];
    const base: JobBase = {
      kind: 'tax-payroll',
      period,
      unit: null,
      fileName: `个人所得税全员全额扣缴申报明细_${period.replace('-', '')}.${format === 'xlsx' ? 'xlsx' : 'csv'}`,
      receivedAt: nextMonthAt(period, 15, '09:30'),
      notes: [
        format === 'xlsx' ? 'IDs damaged as numeric cells' : `${format} CSV with IDs like 3.30723E+17`,
        '劳务报酬 and 实习学生 rows',
      ],
    };
    const estimate = ctx.county.enterprises.reduce((sum, e) => sum + (hasPayrollAt(e, m) ? e.staff : 0), 0);
    const table = () => ({
      sheetName: '扣缴申报明细',
      titles: [],
      header: headersOf(layout),
      rows: rows(
        ctx,
        m,
        layout,
        format,
        m === 3 ? 'thousands' : format === 'xlsx' ? 'number' : 'plain',
        estimate,
      ),
    });
    jobs.push(
      format === 'xlsx'
        ? xlsxJob(base, '国家税务总局武义县税务局', table, estimate)
        : csvJob(base, { encoding: format, lineEnd: format === 'utf8' ? '\n' : '\r\n' }, table),
    );
  }
  return jobs;
}

function* rows(
  ctx: GenerationContext,
  m: number,
  layout: Layout,
  format: Format,
  moneyStyle: MoneyStyle,
  estimate: number,
): Generator<TableRow> {
  const { county } = ctx;
  const { people } = county;
  const r = ctx.random.fork(`tax-payroll/${periodOf(m)}`);
  const taxPeriod = `${periodOf(m)}`;
  let serial = 0;
  const base = function* (): Generator<TableRow> {
    for (const e of county.enterprises) {
      for (const line of payrollLines(county, e.index, m)) {
        serial++;
        let id = people.id[line.person];
        const roll = r.next();
        if (line.idType === '居民身份证') {
          if (roll < 0.0005) id = spaced(id);
          else if (id.endsWith('X') && roll < 0.3) id = `${id.slice(0, 17)}x`;
        }
        const income =
          roll > 0.999 && format !== 'xlsx' ? fullWidth(String(line.income)) : money(line.income, moneyStyle);
        yield {
          cells: project(
            layout,
            {
              employerCode: e.code,
              employerName: e.name,
              name: people.name[line.person],
              idType: line.idType,
              idNumber: id,
              incomeType: line.incomeType,
              employmentType: line.employmentType,
              income,
              taxPeriod,
              deduction: '5000',
            },
            serial,
          ),
        };
      }
    }
  };
  const hosts = county.enterprises.filter((e) => e.archetype === 'clean' && hasPayrollAt(e, m));
  const ghost = (): TableRow => {
    const e = r.pick(hosts);
    const { cell } = damagedId(r, format === 'xlsx' ? 'xlsx' : 'csv');
    return {
      cells: project(
        layout,
        {
          employerCode: e.code,
          employerName: e.name,
          name: '王某某',
          idType: '居民身份证',
          idNumber: cell,
          incomeType: '正常工资薪金',
          employmentType: '雇员',
          income: money(4800, moneyStyle),
          taxPeriod,
          deduction: '5000',
        },
        ++serial,
      ),
      mark: 'invalid',
    };
  };
  const duplicates = Math.max(2, Math.round(estimate / 20_000));
  yield* withMess(base(), { duplicates, invalid: [ghost, ghost, ghost], estimate }, r);
}
