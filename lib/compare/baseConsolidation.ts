import type { TaxPayrollRow } from '../model/rows.ts';
import type { Policy } from '../seeds/policy.ts';
import type { SnapshotData } from '../snapshots/dataset.ts';
import { isWageRow } from './employment.ts';
import { toFen, toYuan } from './money.ts';
import type { PensionMembership } from './sources/insured.ts';
import { unitedRows } from '../snapshots/unitedRows.ts';
import type { BaseConsolidation, BaseRatio } from './types.ts';

/**
 * RULES 1.9 Contribution base consolidation (缴费基数夯实率): over persons active in pension with
 * employer e and base > 0 who have payroll income from e in the 12 months ending P:
 * Σ base / Σ clamp(mean monthly income from e over the months with income > 0, lower, upper).
 * Income is the qualifying rows of 1.3, summed per month. Per enterprise, township and county.
 *
 * The payroll months stream one at a time; per person only a running sum, a month count and the last
 * month seen are kept, never the rows.
 */
export async function baseConsolidation(
  income: WageIncome,
  window: { from: string; to: string },
  limits: Policy['baseLimits'],
  townshipOf: (creditCode: string) => string,
  townshipOrder: readonly string[],
): Promise<BaseConsolidation> {
  await income.readRemainingMonths();

  const byEnterprise = new Map<string, Sums>();
  for (const person of income.withIncome) {
    const mean = toYuan(person.fen) / person.months;
    const clamped = Math.min(Math.max(mean, limits.lower), limits.upper);
    add(sumsOf(byEnterprise, person.employer), person.base, clamped);
  }

  const byTownship = new Map<string, Sums>(townshipOrder.map((t) => [t, emptySums()]));
  const county = emptySums();
  const enterprises: BaseConsolidation['enterprises'] = [];
  for (const creditCode of [...byEnterprise.keys()].sort()) {
    const sums = byEnterprise.get(creditCode) as Sums;
    const township = townshipOf(creditCode);
    merge(sumsOf(byTownship, township), sums);
    merge(county, sums);
    enterprises.push({ creditCode, township, ...ratio(sums) });
  }
  return {
    lower: limits.lower,
    upper: limits.upper,
    limitsConfirmed: limits.confirmed,
    from: window.from,
    to: window.to,
    payrollMonths: [...income.months.keys()],
    county: ratio(county),
    townships: [...byTownship].map(([township, sums]) => ({ township, ...ratio(sums) })),
    enterprises,
  };
}

/**
 * The running wage income of 1.9's persons, month by month. A month's rows may be added while
 * another rule streams them (employment reads P_tax, which is also in the window): each month of
 * payroll is then read once.
 */
export class WageIncome {
  /** Persons active in pension with an employer and a base > 0: the only ones 1.9 counts. */
  private readonly counted = new Map<string, PersonIncome>();
  /** Those of them with wage income from their employer, in the order it was first seen. */
  readonly withIncome: PersonIncome[] = [];
  /** The payroll snapshots of the window, by month ascending. */
  readonly months: ReadonlyMap<string, readonly SnapshotData<TaxPayrollRow>[]>;
  /** Months whose rows are added (or being added). */
  private readonly added = new Set<string>();

  constructor(
    pension: ReadonlyMap<string, PensionMembership>,
    windowSnapshots: readonly SnapshotData<TaxPayrollRow>[],
  ) {
    // One lookup a payroll row, into a table built once (a million rows pass through add()).
    for (const [idNumber, { employer, base }] of pension) {
      if (employer !== undefined && base !== undefined && base > 0) {
        this.counted.set(idNumber, { employer, base, fen: 0, months: 0, lastMonth: '' });
      }
    }
    this.months = groupByPeriod(windowSnapshots);
  }

  /**
   * Takes the rows of `snapshots` as another rule streams them, when they are exactly the window's
   * snapshots of `month` (and that month is not added yet); the caller then passes every row to add().
   */
  takes(month: string, snapshots: readonly SnapshotData<TaxPayrollRow>[]): boolean {
    const own = this.months.get(month);
    if (own === undefined || this.added.has(month) || !sameSnapshots(own, snapshots)) return false;
    this.added.add(month);
    return true;
  }

  /** Reads the months of the window no other rule has streamed. */
  async readRemainingMonths(): Promise<void> {
    for (const [month, snapshots] of this.months) {
      if (this.added.has(month)) continue;
      this.added.add(month);
      for await (const row of unitedRows('tax-payroll', snapshots)) this.add(month, row);
    }
  }

  /** One row of `month`; each month's rows are added together, so months count by change of month. */
  add(month: string, row: TaxPayrollRow): void {
    if (!isWageRow(row)) return;
    const person = this.counted.get(row.idNumber);
    if (person === undefined || person.employer !== row.employerCode) return;
    if (person.months === 0) this.withIncome.push(person);
    person.fen += toFen(row.income);
    if (person.lastMonth !== month) {
      person.months += 1;
      person.lastMonth = month;
    }
  }
}

interface PersonIncome {
  employer: string;
  base: number;
  /** Wage income from the employer over the months read, in fen. */
  fen: number;
  months: number;
  lastMonth: string;
}

function sameSnapshots(
  a: readonly SnapshotData<TaxPayrollRow>[],
  b: readonly SnapshotData<TaxPayrollRow>[],
): boolean {
  return a.length === b.length && a.every((s, i) => s.manifest.curatedKey === b[i]?.manifest.curatedKey);
}

interface Sums {
  persons: number;
  base: number;
  clampedIncome: number;
}

function emptySums(): Sums {
  return { persons: 0, base: 0, clampedIncome: 0 };
}

function sumsOf(map: Map<string, Sums>, key: string): Sums {
  let sums = map.get(key);
  if (!sums) {
    sums = emptySums();
    map.set(key, sums);
  }
  return sums;
}

function add(sums: Sums, base: number, clampedIncome: number): void {
  sums.persons += 1;
  sums.base += base;
  sums.clampedIncome += clampedIncome;
}

function merge(into: Sums, from: Sums): void {
  into.persons += from.persons;
  into.base += from.base;
  into.clampedIncome += from.clampedIncome;
}

function ratio(sums: Sums): BaseRatio {
  return {
    persons: sums.persons,
    numerator: sums.base,
    denominator: sums.clampedIncome,
    ratio: sums.persons > 0 ? sums.base / sums.clampedIncome : null,
  };
}

/** Snapshots of each month, months ascending (receipt order kept within a month). */
function groupByPeriod(
  snapshots: readonly SnapshotData<TaxPayrollRow>[],
): Map<string, SnapshotData<TaxPayrollRow>[]> {
  const byPeriod = new Map<string, SnapshotData<TaxPayrollRow>[]>();
  for (const snapshot of [...snapshots].sort((a, b) =>
    a.manifest.period < b.manifest.period ? -1 : a.manifest.period > b.manifest.period ? 1 : 0,
  )) {
    const list = byPeriod.get(snapshot.manifest.period);
    if (list) list.push(snapshot);
    else byPeriod.set(snapshot.manifest.period, [snapshot]);
  }
  return byPeriod;
}
