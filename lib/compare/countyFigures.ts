import { type EnterpriseResult, FLAGS, type Flag } from '../model/comparison.ts';
import { townshipName } from '../seeds/townships.ts';
import { countyRate } from './countyRate.ts';
import { toNumber } from './exact.ts';
import type { CountyFigures, ScopeCounts, UninsuredPerson } from './types.ts';

/**
 * County and per-township counts of the comparison (RULES 1.6, 1.7, 1.8), for the rollup, the report
 * and the alerts. The rate of a scope is RULES 1.6 over that scope's enterprises.
 */
export function countyFigures(
  enterprises: readonly EnterpriseResult[],
  uninsured: readonly UninsuredPerson[],
  townshipOrder: readonly string[],
): CountyFigures {
  const county = scopeCounts(enterprises, uninsured.length);
  const byTownship = new Map<string, EnterpriseResult[]>(townshipOrder.map((t) => [t, []]));
  for (const e of enterprises) {
    const list = byTownship.get(e.township);
    if (list) list.push(e);
    else byTownship.set(e.township, [e]);
  }
  const uninsuredByTownship = new Map<string, number>();
  for (const p of uninsured)
    uninsuredByTownship.set(p.township, (uninsuredByTownship.get(p.township) ?? 0) + 1);
  return {
    ...county,
    countyRate: county.rate,
    townships: [...byTownship].map(([township, list]) => ({
      township,
      name: townshipName(township),
      ...scopeCounts(list, uninsuredByTownship.get(township) ?? 0),
    })),
  };
}

function scopeCounts(enterprises: readonly EnterpriseResult[], uninsuredPeople: number): ScopeCounts {
  const flags = Object.fromEntries(FLAGS.map((f) => [f, 0])) as Record<Flag, number>;
  let keyEnterprises = 0;
  let subsidyPrecondition = 0;
  let jointEnforcement = 0;
  for (const e of enterprises) {
    for (const flag of e.flags) flags[flag] += 1;
    if (e.key) keyEnterprises += 1;
    if (e.subsidyPrecondition) subsidyPrecondition += 1;
    if (e.jointEnforcement) jointEnforcement += 1;
  }
  const rate = countyRate(enterprises);
  return {
    enterprises: enterprises.length,
    eligibleEmployees: rate.eligibleEmployees,
    coveredEmployees: rate.coveredEmployees,
    rate: rate.rate && toNumber(rate.rate),
    flags,
    keyEnterprises,
    subsidyPrecondition,
    jointEnforcement,
    uninsuredPeople,
  };
}
