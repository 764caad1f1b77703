/**
 * `subsidies` — 企业享受政府资金补助信息, monthly from two departments under their own unit folders
 * (`subsidies/<P>/finance/…`, `subsidies/<P>/commerce/…`) so neither replaces the other. Finance
 * sends workbooks in yuan; commerce sends GBK CSV in 万元 (DATA-CONTRACT 3.5: × 10000). A mistyped
 * code and a refund written as a negative amount are rejected rows.
 */
import { MONTHS, nextMonthAt, periodOf } from '../calendar.ts';
import { dateCell, money, withMess } from '../mess.ts';
import type { SubsidyPayer, SubsidyPayment } from '../subsidyPlan.ts';
import type { TableRow } from '../writers/table.ts';
import { type Layout, headersOf, project } from './columns.ts';
import type { GenerationContext } from './context.ts';
import { brokenUscc } from './ghosts.ts';
import { type FileJob, type JobBase, csvJob, monthLabel, xlsxJob } from './job.ts';

const FINANCE_A: Layout = [
  ['序号', null],
  ['统一社会信用代码', 'creditCode'],
  ['企业名称', 'name'],
  ['补助项目', 'program'],
  ['补助金额（元）', 'amount'],
  ['拨付日期', 'paidOn'],
  ['拨付部门', 'payer'],
];
const FINANCE_B: Layout = [
  ['统一社会信用代码', 'creditCode'],
  ['单位名称', 'name'],
  ['项目名称', 'program'],
  ['补助金额', 'amount'],
  ['拨付日期', 'paidOn'],
];
const COMMERCE: Layout = [
  ['社会信用代码', 'creditCode'],
  ['单位名称', 'name'],
  ['资金名称', 'program'],
  ['金额（万元）', 'amount'],
  ['兑现日期', 'paidOn'],
  ['资金来源', 'payer'],
];

export function subsidyJobs(ctx: GenerationContext): FileJob[] {
  const jobs: FileJob[] = [];
  for (let m = 0; m < MONTHS; m++) {
    const period = periodOf(m);
    for (const payer of ['finance', 'commerce'] as const) {
      const payments = ctx.subsidies.filter((p) => p.month === m && p.payer === payer);
      const base: JobBase = {
        kind: 'subsidies',
        period,
        unit: payer,
        fileName:
          payer === 'finance'
            ? `财政补助资金拨付明细_${monthLabel(period)}.xlsx`
            : `企业补助兑现情况（万元）_${monthLabel(period)}.csv`,
        receivedAt: nextMonthAt(period, payer === 'finance' ? 10 : 12, '15:00'),
        notes:
          payer === 'finance'
            ? ['amounts in yuan, merged title']
            : payments.length
              ? ['GBK CSV, amounts in 万元']
              : ['no payments this month: header only'],
      };
      const layout = payer === 'commerce' ? COMMERCE : m % 2 === 0 ? FINANCE_A : FINANCE_B;
      const table = () => ({
        sheetName: '补助明细',
        titles:
          payer === 'finance'
            ? [`${monthLabel(period)}企业享受政府资金补助信息`]
            : [`武义县经济商务局企业补助兑现情况（${monthLabel(period)}）`],
        header: headersOf(layout),
        rows: rows(ctx, m, payer, layout, payments),
      });
      jobs.push(
        payer === 'finance'
          ? xlsxJob(base, '武义县财政局', table)
          : csvJob(base, { encoding: 'gbk', lineEnd: '\r\n' }, table),
      );
    }
  }
  return jobs;
}

/** 万元 with up to four decimals, exactly (amounts are whole yuan). */
function tenThousands(yuan: number): string {
  const whole = Math.floor(yuan / 10_000);
  const rest = String(yuan % 10_000)
    .padStart(4, '0')
    .replace(/0+$/, '');
  return rest ? `${whole}.${rest}` : String(whole);
}

function* rows(
  ctx: GenerationContext,
  m: number,
  payer: SubsidyPayer,
  layout: Layout,
  payments: SubsidyPayment[],
): Generator<TableRow> {
  const r = ctx.random.fork(`subsidies/${payer}/${periodOf(m)}`);
  const payerName = payer === 'finance' ? '县财政局' : '县经济商务局';
  const amountCell = (yuan: number) =>
    payer === 'commerce' ? tenThousands(yuan) : m % 3 === 1 ? money(yuan, 'thousands') : yuan;
  let serial = 0;
  const base = function* (): Generator<TableRow> {
    for (const p of payments) {
      const e = ctx.county.enterprises[p.enterprise];
      const paidOn = payer === 'finance' ? dateCell(p.paidOn, 'cell') : dateCell(p.paidOn, 'slash');
      yield {
        cells: project(
          layout,
          {
            creditCode: e.code,
            name: e.name,
            program: p.program,
            amount: amountCell(p.amount),
            paidOn,
            payer: payerName,
          },
          ++serial,
        ),
      };
    }
  };
  const invalid: (() => TableRow)[] = [];
  if (m % 2 === 1) {
    invalid.push(() => ({
      cells: project(
        layout,
        {
          creditCode: brokenUscc(r),
          name: '武义县某某工贸有限公司',
          program: '稳岗返还',
          amount: amountCell(12_000),
          paidOn: null,
          payer: payerName,
        },
        ++serial,
      ),
      mark: 'invalid',
    }));
  }
  if (payer === 'finance' && m === 4 && payments.length) {
    const refunded = ctx.county.enterprises[payments[0].enterprise];
    invalid.push(() => ({
      cells: project(
        layout,
        {
          creditCode: refunded.code,
          name: refunded.name,
          program: '追回多拨资金',
          amount: -5_000,
          paidOn: null,
          payer: payerName,
        },
        ++serial,
      ),
      mark: 'invalid',
    }));
  }
  yield* withMess(base(), { duplicates: 0, invalid, estimate: payments.length }, r);
}
