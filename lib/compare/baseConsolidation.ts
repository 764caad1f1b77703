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
  pension: ReadonlyMap<string, PensionMembership>,
  payrollSnapshots: readonly SnapshotData<TaxPayrollRow>[],
  window: { from: string; to: string },
  limits: Policy['baseLimits'],
  townshipOf: (creditCode: string) => string,
  townshipOrder: readonly string[],
): Promise<BaseConsolidation> {
  const months = groupByPeriod(payrollSnapshots);
  const income = new Map<string, { fen: number; months: number; lastMonth: string }>();
  for (const [month, snapshots] of months) {
    for await (const row of unitedRows('tax-payroll', snapshots)) {
      if (!isWageRow(row)) continue;
      const member = pension.get(row.idNumber);
      if (!member || member.employer !== row.employerCode || !((member.base ?? 0) > 0)) continue;
      const seen = income.get(row.idNumber);
      if (!seen) income.set(row.idNumber, { fen: toFen(row.income), months: 1, lastMonth: month });
      else {
        seen.fen += toFen(row.income);
        if (seen.lastMonth !== month) {
          seen.months += 1;
          seen.lastMonth = month;
        }
      }
    }
  }

  const byEnterprise = new Map<string, Sums>();
  for (const [idNumber, { fen, months: monthsWithIncome }] of income) {
    const member = pension.get(idNumber) as PensionMembership & { employer: string; base: number };
    const mean = toYuan(fen) / monthsWithIncome;
    const clamped = Math.min(Math.max(mean, limits.lower), limits.upper);
    add(sumsOf(byEnterprise, member.employer), member.base, clamped);
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
    payrollMonths: [...months.keys()],
    county: ratio(county),
    townships: [...byTownship].map(([township, sums]) => ({ township, ...ratio(sums) })),
    enterprises,
  };
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
