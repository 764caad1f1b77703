import type { EnterpriseResult } from '../model/comparison.ts';
import { toNumber } from './exact.ts';
import type { FlagContext } from './facts.ts';
import type { EnterpriseFigures } from './figures.ts';
import { flagsOf } from './flags/index.ts';
import { jointEnforcement } from './jointEnforcement.ts';
import { keyEnterprise } from './keyEnterprise.ts';
import { toYuan } from './money.ts';
import { subsidyPrecondition } from './subsidyPrecondition.ts';
import type { EnterpriseEvidence } from './types.ts';

/**
 * RULES 1.7 for one enterprise: its flags in table order, whether it is a key enterprise, on the
 * subsidy-precondition list and a joint-enforcement candidate — as the `compare` JSON row of RULES 5
 * and as the evidence behind each verdict.
 */
export function enterpriseVerdict(
  e: EnterpriseFigures,
  ctx: FlagContext,
): { result: EnterpriseResult; evidence: EnterpriseEvidence } {
  const flags = flagsOf(e, ctx);
  const key = keyEnterprise(e, flags, ctx);
  const precondition = subsidyPrecondition(e, flags, ctx);
  const joint = jointEnforcement(e, flags, ctx);
  return {
    result: {
      creditCode: e.creditCode,
      name: e.name,
      township: e.township,
      eligibleEmployees: e.eligibleEmployees,
      employeesSource: e.employeesSource,
      insured: e.insured,
      coveredEmployees: e.coveredEmployees,
      uninsured: e.uninsured,
      rate: e.rate && toNumber(e.rate),
      injuryGap: e.injuryGap,
      subsidies12m: toYuan(e.subsidiesFen),
      operating: e.operating,
      flags: flags.map(({ flag }) => flag),
      key: key !== null,
      subsidyPrecondition: precondition !== null,
      jointEnforcement: joint !== null,
    },
    evidence: {
      creditCode: e.creditCode,
      townshipSource: e.townshipSource,
      employeesPeriod: e.employeesPeriod,
      registered: e.registry !== null,
      aboveScale: e.registry?.aboveScale === true,
      stateOwned: e.registry?.stateOwned === true,
      keyTarget: e.survey?.keyTarget === true,
      flags,
      key,
      subsidyPrecondition: precondition,
      jointEnforcement: joint,
    },
  };
}
