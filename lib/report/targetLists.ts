import type { EnterpriseResult } from '../model/comparison.ts';
import { UNASSIGNED } from '../seeds/townships.ts';
import { UNASSIGNED_LABEL } from './labels.ts';
import type { TargetEnterprise, TownshipTargetList } from './model.ts';

/** An enterprise belongs on the list when the comparison gave it any flag or designation (RULES 1.7). */
export function isTargetEnterprise(e: EnterpriseResult): boolean {
  return e.flags.length > 0 || e.key || e.subsidyPrecondition || e.jointEnforcement;
}

/**
 * RULES 2.5 «the target enterprise lists per township»: per township (in the order given), then
 * `unassigned`, the flagged enterprises — key enterprises first, then most uninsured, then USCC.
 */
export function targetLists(
  enterprises: readonly EnterpriseResult[],
  townships: readonly { code: string; name: string }[],
): TownshipTargetList[] {
  const byTownship = new Map<string, TargetEnterprise[]>();
  for (const e of enterprises) {
    if (!isTargetEnterprise(e)) continue;
    const code = townships.some((t) => t.code === e.township) ? e.township : UNASSIGNED;
    const list = byTownship.get(code) ?? [];
    list.push({
      creditCode: e.creditCode,
      name: e.name,
      eligibleEmployees: e.eligibleEmployees,
      coveredEmployees: e.coveredEmployees,
      uninsured: e.uninsured,
      rate: e.rate,
      subsidies12m: e.subsidies12m,
      flags: [...e.flags],
      key: e.key,
      subsidyPrecondition: e.subsidyPrecondition,
      jointEnforcement: e.jointEnforcement,
    });
    byTownship.set(code, list);
  }
  const order = [...townships, { code: UNASSIGNED, name: UNASSIGNED_LABEL }];
  return order
    .filter((t) => byTownship.has(t.code))
    .map((t) => ({
      code: t.code,
      name: t.name,
      enterprises: (byTownship.get(t.code) ?? []).sort(byPriority),
    }));
}

function byPriority(a: TargetEnterprise, b: TargetEnterprise): number {
  if (a.key !== b.key) return a.key ? -1 : 1;
  const ua = a.uninsured ?? -1;
  const ub = b.uninsured ?? -1;
  if (ua !== ub) return ub - ua;
  return a.creditCode < b.creditCode ? -1 : a.creditCode > b.creditCode ? 1 : 0;
}
