/**
 * The flags (RULES 1.7) each planted sort carries, month by month, and the lists derived from them:
 * key enterprises, subsidy precondition, joint-enforcement candidates.
 */
import { MONTHS, monthOf, periodOf } from '../calendar.ts';
import type { EnforcementPlan } from '../enforcementPlan.ts';
import type { Archetype, County } from '../model.ts';
import type { SubsidyPayment } from '../subsidyPlan.ts';
import type { SurveyFilePlan } from '../surveyPlan.ts';
import { PLANTED_FLAGS, type PlantedFlag } from './types.ts';

/** Month index from which the enterprise that insured everyone no longer lacks insurance. */
const FIXED_FROM = 4;
/** Month index of the exactly-100,000-yuan payment. */
const THRESHOLD_FROM = 2;

const ALWAYS: Partial<Record<Archetype, PlantedFlag[]>> = {
  operatingNoInsured: ['OPERATING_NO_INSURED'],
  oniWithSubsidy: ['OPERATING_NO_INSURED'],
  oniTaxEmployersOnly: ['OPERATING_NO_INSURED'],
  largeLowRate: ['LARGE_LOW_RATE'],
  subsidizedLowRate: ['SUBSIDIZED_LOW_RATE'],
  aboveScaleLowRate: ['ABOVE_SCALE_LOW_RATE'],
  stateOwnedGap: ['STATE_OWNED_GAP'],
  newformNoInjuryRiders: ['NEWFORM_NO_INJURY'],
  newformNoInjuryEmployees: ['NEWFORM_NO_INJURY', 'INJURY_GAP'],
  injuryGap: ['INJURY_GAP'],
};

/** Flags of enterprise index → per month index. */
export function flagsByMonth(county: County, surveys: SurveyFilePlan[]): Map<number, PlantedFlag[]>[] {
  const surveyedFrom = new Map<number, number>();
  for (const plan of surveys) {
    const m = monthOf(plan.submission.period);
    for (const x of plan.entries)
      surveyedFrom.set(x.enterprise, Math.min(m, surveyedFrom.get(x.enterprise) ?? m));
  }
  const months: Map<number, PlantedFlag[]>[] = [];
  for (let m = 0; m < MONTHS; m++) {
    const flags = new Map<number, PlantedFlag[]>();
    for (const e of county.enterprises) {
      let list = ALWAYS[e.archetype] ?? [];
      if (e.archetype === 'oniFixed' && m < FIXED_FROM) list = ['OPERATING_NO_INSURED'];
      if (e.archetype === 'subsidizedAtThreshold' && m >= THRESHOLD_FROM) list = ['SUBSIDIZED_LOW_RATE'];
      // Known from a survey of 2023 only: not an enterprise of 2022-12 at all (RULES 1.1).
      if (e.archetype === 'oniSurveyOnly' && m >= 1 && m >= (surveyedFrom.get(e.index) ?? MONTHS))
        list = ['OPERATING_NO_INSURED'];
      if (list.length) flags.set(e.index, list);
    }
    months.push(flags);
  }
  return months;
}

export function flagLists(
  county: County,
  months: Map<number, PlantedFlag[]>[],
): Record<string, Record<PlantedFlag, string[]>> {
  const result: Record<string, Record<PlantedFlag, string[]>> = {};
  months.forEach((flags, m) => {
    const lists = Object.fromEntries(PLANTED_FLAGS.map((f) => [f, [] as string[]])) as Record<
      PlantedFlag,
      string[]
    >;
    for (const [index, list] of flags) for (const f of list) lists[f].push(county.enterprises[index].code);
    for (const f of PLANTED_FLAGS) lists[f].sort();
    result[periodOf(m)] = lists;
  });
  return result;
}

const KEY_FLAGS: PlantedFlag[] = [
  'LARGE_LOW_RATE',
  'SUBSIDIZED_LOW_RATE',
  'ABOVE_SCALE_LOW_RATE',
  'STATE_OWNED_GAP',
];

/** RULES 1.7 key enterprises per month: a key flag, or keyTarget in the latest survey row of the year. */
export function keyByMonth(months: Map<number, PlantedFlag[]>[], surveys: SurveyFilePlan[]): Set<number>[] {
  return months.map((flags, m) => {
    const key = new Set<number>();
    for (const [index, list] of flags) if (list.some((f) => KEY_FLAGS.includes(f))) key.add(index);
    const latest = new Map<number, { period: string; keyTarget: boolean; on: string }>();
    for (const plan of surveys) {
      const sm = monthOf(plan.submission.period);
      if (sm < 1 || sm > m) continue;
      for (const x of plan.entries) {
        const seen = latest.get(x.enterprise);
        const later =
          !seen ||
          plan.submission.period > seen.period ||
          (plan.submission.period === seen.period && x.surveyedOn >= seen.on);
        if (later)
          latest.set(x.enterprise, {
            period: plan.submission.period,
            keyTarget: x.keyTarget,
            on: x.surveyedOn,
          });
      }
    }
    for (const [index, row] of latest) if (row.keyTarget) key.add(index);
    return key;
  });
}

/** RULES 1.7: subsidies in the 12 months ending P and a rate below 80 % or no one insured. */
export function subsidyPreconditionByMonth(county: County, payments: SubsidyPayment[]): Set<number>[] {
  const lowRate = new Set<Archetype>([
    'subsidizedLowRate',
    'subsidizedAtThreshold',
    'subsidyJustBelow',
    'oniWithSubsidy',
  ]);
  return Array.from({ length: MONTHS }, (_, m) => {
    const result = new Set<number>();
    for (const p of payments)
      if (p.month <= m && p.month > m - 12 && lowRate.has(county.enterprises[p.enterprise].archetype))
        result.add(p.enterprise);
    return result;
  });
}

const REMINDERS = new Set(['提醒', '约谈', '整改通知']);
const PERSISTENT: PlantedFlag[] = ['OPERATING_NO_INSURED', 'LARGE_LOW_RATE', 'SUBSIDIZED_LOW_RATE'];

/** RULES 1.7: two or more reminders this year, still flagged, no joint enforcement yet. */
export function jointEnforcementByMonth(
  enforcement: EnforcementPlan,
  months: Map<number, PlantedFlag[]>[],
): Set<number>[] {
  return months.map((flags, m) => {
    const year = periodOf(m).slice(0, 4);
    const reminders = new Map<number, number>();
    const joint = new Set<number>();
    for (let k = 0; k <= m; k++) {
      for (const record of enforcement.byMonth[k]) {
        if (!record.date.startsWith(year)) continue;
        if (REMINDERS.has(record.measure))
          reminders.set(record.enterprise, (reminders.get(record.enterprise) ?? 0) + 1);
        if (record.measure === '联合执法') joint.add(record.enterprise);
      }
    }
    const result = new Set<number>();
    for (const [index, count] of reminders) {
      if (count >= 2 && !joint.has(index) && (flags.get(index) ?? []).some((f) => PERSISTENT.includes(f)))
        result.add(index);
    }
    return result;
  });
}
