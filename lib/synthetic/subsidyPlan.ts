/**
 * Government subsidies paid each month by the finance bureau (in yuan) and the commerce bureau (in
 * 万元): routine payments to clean enterprises, ≥ 100,000 yuan to the planted SUBSIDIZED_LOW_RATE
 * ones (paid in 2022-12, so every 12-month window through 2023-06 holds it), exactly 100,000 (as
 * 3.3 + 6.7 万元) to one, 99,999 to one that must not be flagged, and a little to one with no one
 * insured (RULES 1.7 subsidy precondition).
 */
import { MONTHS, dayOfPeriod, periodOf } from './calendar.ts';
import type { County } from './model.ts';
import type { Random } from './random.ts';
import { SUBSIDY_PROGRAMS } from './vocabulary.ts';

export type SubsidyPayer = 'finance' | 'commerce';

export interface SubsidyPayment {
  enterprise: number;
  month: number;
  payer: SubsidyPayer;
  program: string;
  /** Yuan, an integer; commerce writes it in 万元 (up to four decimals, exact). */
  amount: number;
  paidOn: string;
}

const ROUTINE_SHARE = { finance: 0.03, commerce: 0.01 } as const;
/** The month (2023-05) in which the commerce bureau pays nothing. */
export const EMPTY_COMMERCE_MONTH = 5;

export function planSubsidies(random: Random, county: County): SubsidyPayment[] {
  const payments: SubsidyPayment[] = [];
  const r = random.fork('planted');
  /** Records a payment; returns 1 to count it. */
  const pay = (
    enterprise: number,
    month: number,
    payer: SubsidyPayer,
    amount: number,
    program?: string,
  ): number => {
    payments.push({
      enterprise,
      month,
      payer,
      program: program ?? r.pick(SUBSIDY_PROGRAMS[payer]),
      amount,
      paidOn: dayOfPeriod(periodOf(month), r.int(1, 28)),
    });
    return 1;
  };
  for (const e of county.enterprises) {
    switch (e.archetype) {
      case 'subsidizedLowRate':
        pay(e.index, 0, 'finance', r.int(12, 20) * 10_000);
        if (r.chance(0.5)) pay(e.index, r.int(1, MONTHS - 1), 'commerce', r.int(1, 50) * 1_000);
        break;
      case 'subsidizedAtThreshold':
        pay(e.index, 2, 'commerce', 33_000, SUBSIDY_PROGRAMS.commerce[0]);
        pay(e.index, 2, 'commerce', 67_000, SUBSIDY_PROGRAMS.commerce[1]);
        break;
      case 'subsidyJustBelow':
        pay(e.index, 1, 'finance', 99_999);
        break;
      case 'oniWithSubsidy':
        pay(e.index, 1, 'commerce', 25_000);
        break;
      default:
        break;
    }
  }
  const rr = random.fork('routine');
  const recipients = county.enterprises.filter(
    (e) => e.archetype === 'clean' && e.staff >= 5 && e.payroll?.from === 0,
  );
  for (let m = 0; m < MONTHS; m++) {
    const paid = { finance: 0, commerce: 0 };
    for (const e of recipients) {
      if (rr.chance(ROUTINE_SHARE.finance))
        paid.finance += pay(e.index, m, 'finance', rr.int(5, 300) * 1_000);
      if (m !== EMPTY_COMMERCE_MONTH && rr.chance(ROUTINE_SHARE.commerce))
        paid.commerce += pay(e.index, m, 'commerce', rr.int(5, 500) * 100);
    }
    // Every bureau pays someone every month, however small the county, except that the commerce
    // bureau pays nothing in one month and sends its list empty (DATA-CONTRACT 5.5: accepted).
    if (recipients.length && paid.finance === 0)
      pay(rr.pick(recipients).index, m, 'finance', rr.int(5, 300) * 1_000);
    if (recipients.length && paid.commerce === 0 && m !== EMPTY_COMMERCE_MONTH)
      pay(rr.pick(recipients).index, m, 'commerce', rr.int(5, 500) * 100);
  }
  payments.sort(
    (a, b) =>
      a.month - b.month || (a.paidOn < b.paidOn ? -1 : a.paidOn > b.paidOn ? 1 : a.enterprise - b.enterprise),
  );
  return payments;
}
