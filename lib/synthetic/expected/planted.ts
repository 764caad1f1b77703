/** Assembles the planted facts (expected/types.ts) from the county and its departments' plans. */
import { MONTHS, periodOf, PERIODS } from '../calendar.ts';
import type { GenerationContext } from '../kinds/context.ts';
import type { Archetype } from '../model.ts';
import { expectedMissingContacts, expectedSurveyStatus, SURVEY_DEADLINE } from './duties.ts';
import {
  flagLists,
  flagsByMonth,
  jointEnforcementByMonth,
  keyByMonth,
  subsidyPreconditionByMonth,
} from './flags.ts';
import { UNASSIGNED, expectedRollups } from './rollup.ts';
import type { Planted } from './types.ts';

/** Background sorts: not listed in `archetypes` (there are thousands of them). */
const BACKGROUND = new Set<Archetype>(['clean', 'partial', 'dormant', 'inactive']);

export function buildPlanted(ctx: GenerationContext): Planted {
  const { county } = ctx;
  const codes = (indexes: Iterable<number>) => [...indexes].map((i) => county.enterprises[i].code).sort();
  const perMonth = (sets: Set<number>[]) =>
    Object.fromEntries(sets.map((set, m) => [periodOf(m), codes(set)]));
  const months = flagsByMonth(county, ctx.surveys);
  const key = keyByMonth(months, ctx.surveys);
  const flagged = new Set<number>();
  for (const flags of months) for (const index of flags.keys()) flagged.add(index);
  const surveyOnly = county.enterprises
    .filter((e) => e.archetype === 'oniSurveyOnly')
    .map((e) => {
      const first = ctx.surveys
        .filter((p) => p.entries.some((x) => x.enterprise === e.index))
        .map((p) => p.submission.period)
        .sort()[0];
      return { creditCode: e.code, township: e.township ?? UNASSIGNED, fromPeriod: first };
    })
    .sort((a, b) => (a.creditCode < b.creditCode ? -1 : 1));
  return {
    periods: [...PERIODS],
    flags: flagLists(county, months),
    noFlags: codes(county.enterprises.filter((e) => !flagged.has(e.index)).map((e) => e.index)),
    keyEnterprises: perMonth(key),
    subsidyPrecondition: perMonth(subsidyPreconditionByMonth(county, ctx.subsidies)),
    jointEnforcement: perMonth(jointEnforcementByMonth(ctx.enforcement, months)),
    unassigned: codes(county.enterprises.filter((e) => e.township === null).map((e) => e.index)),
    surveyOnly,
    archetypes: Object.fromEntries(
      county.enterprises
        .filter((e) => !BACKGROUND.has(e.archetype))
        .map((e) => [e.code, e.archetype] as const)
        .sort((a, b) => (a[0] < b[0] ? -1 : 1)),
    ),
    survey: {
      year: 2023,
      deadline: SURVEY_DEADLINE,
      lateTownship: ctx.surveyCalendar.lateTownship,
      neverTownship: ctx.surveyCalendar.neverTownship,
      correctedTownship: ctx.surveyCalendar.correctedTownship,
      deadlineMorningTownship: ctx.surveyCalendar.deadlineMorningTownship,
      townships: expectedSurveyStatus(county, ctx.surveys),
    },
    contacts: {
      missing: expectedMissingContacts(county, ctx.cadres, ctx.contacts),
      removedCadreId: ctx.cadres.removedCadreId,
      replacedTownship: ctx.cadres.replacedTownship,
    },
    rollup: expectedRollups({
      county,
      surveys: ctx.surveys,
      contacts: ctx.contacts,
      enforcement: ctx.enforcement,
      activities: ctx.activities,
      keyByMonth: key,
    }),
    notes: [
      `Months ${PERIODS[0]}…${PERIODS[MONTHS - 1]}; all times Asia/Shanghai.`,
      'SUBSIDIZED_LOW_RATE includes one enterprise paid exactly 100,000 yuan (3.3 + 6.7 万元, from 2023-02): RULES 0 exact comparison.',
      'One enterprise paid 99,999 yuan with a rate of 0.5 carries no flag but is on the subsidy precondition list.',
      'OPERATING_NO_INSURED includes enterprises known only from tax-employers head counts and only from surveys (from their survey period).',
      'The enterprise insuring everyone in 2023-04 loses OPERATING_NO_INSURED from 2023-04.',
      'rollup covers 2023 periods only (the 2023 quotas); newInsured counts against the 2022-12 insured snapshot.',
      'survey.townships is the state after the last receipt; the deadline-morning township was received 2023-03-31 07:30 +08:00.',
    ],
  };
}
