/**
 * RULES 2.2 actuals per township, computed from the generator's own records: new insured against the
 * 2022-12 snapshot, enterprises covered by a survey row, a contact or an enforcement record, key
 * enterprises visited in person, 进乡村 activities.
 */
import type { MetricValues } from '../../seeds/quotas.ts';
import type { ActivityFilePlan } from '../activityPlan.ts';
import { MONTHS, monthOf, periodOf } from '../calendar.ts';
import type { ContactFilePlan } from '../contactPlan.ts';
import type { EnforcementPlan } from '../enforcementPlan.ts';
import type { County } from '../model.ts';
import { ROLE } from '../people.ts';
import type { SurveyFilePlan } from '../surveyPlan.ts';

export const UNASSIGNED = 'unassigned';
const IN_PERSON = new Set(['上门走访', '走访', '上门', '入企']);

function zero(): MetricValues {
  return { newInsured: 0, coveredEnterprises: 0, keyEnterprises: 0, ruralOutreach: 0 };
}

export interface RollupInputs {
  county: County;
  surveys: SurveyFilePlan[];
  contacts: ContactFilePlan[];
  enforcement: EnforcementPlan;
  activities: ActivityFilePlan[];
  keyByMonth: Set<number>[];
}

export function expectedRollups(
  inputs: RollupInputs,
): Record<string, { townships: Record<string, MetricValues>; unassigned: MetricValues }> {
  const result: Record<string, { townships: Record<string, MetricValues>; unassigned: MetricValues }> = {};
  for (let m = 1; m < MONTHS; m++) {
    const table: Record<string, MetricValues> = { [UNASSIGNED]: zero() };
    for (const t of inputs.county.townships) table[t.code] = zero();
    const bump = (code: string | null, metric: keyof MetricValues, by = 1) => {
      table[code ?? UNASSIGNED][metric] += by;
    };
    countNewInsured(inputs.county, m, bump);
    const covered = new Set<number>();
    const visited = new Set<number>();
    for (const plan of inputs.surveys) {
      const sm = monthOf(plan.submission.period);
      if (sm >= 1 && sm <= m) for (const x of plan.entries) covered.add(x.enterprise);
    }
    for (const plan of inputs.contacts) {
      if (plan.month < 1 || plan.month > m) continue;
      for (const record of plan.records) {
        if (record.enterprise === null || record.unknownCadre) continue;
        covered.add(record.enterprise);
        if (IN_PERSON.has(record.method)) visited.add(record.enterprise);
      }
    }
    for (let k = 1; k <= m; k++)
      for (const record of inputs.enforcement.byMonth[k]) covered.add(record.enterprise);
    for (const index of covered) bump(inputs.county.enterprises[index].township, 'coveredEnterprises');
    for (const index of inputs.keyByMonth[m])
      if (visited.has(index)) bump(inputs.county.enterprises[index].township, 'keyEnterprises');
    for (const plan of inputs.activities) {
      if (plan.month < 1 || plan.month > m) continue;
      const rural = plan.lines.find((l) => l.activity === '进乡村')?.count ?? 0;
      bump(plan.unit === 'hrss' ? null : plan.unit, 'ruralOutreach', rural);
    }
    const townships: Record<string, MetricValues> = {};
    for (const t of inputs.county.townships) townships[t.code] = table[t.code];
    result[periodOf(m)] = { townships, unassigned: table[UNASSIGNED] };
  }
  return result;
}

/** Active in the enterprise pension scheme in month m and not in the 2022-12 snapshot (RULES 2.2). */
function countNewInsured(
  county: County,
  m: number,
  bump: (code: string | null, metric: keyof MetricValues) => void,
): void {
  const { people, enterprises, townships } = county;
  for (let i = 0; i < people.count; i++) {
    if (people.role[i] === ROLE.publicStaff) continue;
    if (!people.isActiveInPensionAt(i, m) || people.isActiveInPensionAt(i, 0)) continue;
    const employer = people.employer[i];
    if (employer >= 0) bump(enterprises[employer].township, 'newInsured');
    else bump(people.township[i] >= 0 ? townships[people.township[i]].code : null, 'newInsured');
  }
}
