import { METRICS } from '../seeds/quotas.ts';
import { townshipName } from '../seeds/townships.ts';
import { alertId } from './alertId.ts';
import type { Assignment, ContactDutyResult } from './contactDuty.ts';
import type {
  BehindMetric,
  CadreDigest,
  DigestComparison,
  DigestRollup,
  DigestRollupTownship,
  DigestSurveyLine,
  EnterpriseDigestLine,
  MonthlyDigests,
  OfficeDigest,
  TownshipDigestLine,
} from './digestTypes.ts';
import { cadreDigestTexts, officeDigestTexts } from './messages.ts';
import { ABOUT_COUNTY, ABOUT_MONTHLY, type Alert } from './types.ts';

/** Values equal in exact arithmetic compare equal (RULES 0). */
const EPSILON = 1e-9;

/** The survey check the digest shows in March and April (the `survey-check` JSON of RULES 5). */
export interface DigestSurvey {
  date: string;
  deadline: string;
  townships: readonly DigestSurveyLine[];
}

export interface DigestInput {
  period: string;
  rollup: DigestRollup;
  comparison: DigestComparison;
  /** RULES 4.1 for P: it also lists the cadres (the roster as of P) and their assignments. */
  duty: ContactDutyResult;
  /** `cadreId|USCC` → the cadre's latest contact date with that enterprise up to end(P). */
  lastContacts: ReadonlyMap<string, string>;
  /** The survey check to show; used only when P is March or April (RULES 4.2). */
  survey: DigestSurvey | null;
  /** The leading group office's pseudo-cadre id (configuration, e.g. `office`). */
  officeId: string;
}

/** RULES 4.2: one digest per cadre of the roster, and the office's digest. Pure. */
export function buildDigests(input: DigestInput): MonthlyDigests {
  const month = Number(input.period.slice(5, 7));
  const survey = month === 3 || month === 4 ? input.survey : null;
  const rollupByCode = new Map(input.rollup.townships.map((t) => [t.code, t]));
  const enterpriseByCode = new Map(input.comparison.enterprises.map((e) => [e.creditCode, e]));
  const rankedTownships = input.rollup.townships.filter((t) => t.rank !== null).length;
  const surveyByCode = new Map(
    (survey?.townships ?? []).map((t): [string, DigestSurveyLine] => [
      t.code,
      {
        code: t.code,
        name: t.name,
        submitted: t.submitted,
        submittedOn: t.submittedOn,
        late: t.late,
        coverage: t.coverage,
      },
    ]),
  );

  const nameOf = (a: Assignment): string | null =>
    a.assignmentType === '片区'
      ? (rollupByCode.get(a.target)?.name ?? townshipNameOrNull(a.target))
      : (enterpriseByCode.get(a.target)?.name ?? null);

  const cadres: CadreDigest[] = input.duty.cadres.map((duty) => {
    const areas = duty.assignments.filter((a) => a.assignmentType === '片区');
    const firms = duty.assignments.filter((a) => a.assignmentType === '企业');
    return {
      cadreId: duty.cadreId,
      period: input.period,
      timeProgress: input.rollup.timeProgress,
      rankedTownships,
      townships: areas.map((a) =>
        townshipLine(a.target, rollupByCode.get(a.target), input.rollup.timeProgress),
      ),
      enterprises: firms.map((a): EnterpriseDigestLine => {
        const e = enterpriseByCode.get(a.target);
        return {
          creditCode: a.target,
          name: e?.name ?? null,
          compared: e !== undefined,
          rate: e?.rate ?? null,
          flags: e?.flags ?? [],
          uninsured: e?.uninsured ?? null,
          lastContact: input.lastContacts.get(`${duty.cadreId}|${a.target}`) ?? null,
        };
      }),
      missing: duty.missing.map((a) => ({ ...a, name: nameOf(a) })),
      survey:
        survey === null
          ? null
          : {
              date: survey.date,
              deadline: survey.deadline,
              townships: areas.flatMap((a) => surveyByCode.get(a.target) ?? []),
            },
    };
  });

  const office: OfficeDigest = {
    officeId: input.officeId,
    period: input.period,
    cadres: input.duty.totals.cadres,
    assignments: input.duty.totals.assignments,
    missing: input.duty.totals.missing,
    byCadre: input.duty.cadres
      .filter((c) => c.missing.length > 0)
      .map((c) => ({ cadreId: c.cadreId, assignments: c.assignments.length, missing: c.missing.length })),
    survey:
      survey === null
        ? null
        : {
            date: survey.date,
            deadline: survey.deadline,
            notSubmitted: [...surveyByCode.values()].filter((t) => !t.submitted),
            late: [...surveyByCode.values()].filter((t) => t.late),
          },
  };
  return { period: input.period, cadres, office };
}

/** RULES 4.2 "the metrics behind time progress": completion below month(P)/12. */
function townshipLine(
  code: string,
  t: DigestRollupTownship | undefined,
  timeProgress: number,
): TownshipDigestLine {
  if (t === undefined)
    return {
      code,
      name: townshipNameOrNull(code) ?? code,
      score: null,
      rank: null,
      status: null,
      behind: [],
    };
  const behind: BehindMetric[] = [];
  for (const metric of METRICS) {
    const completion = t.completion[metric];
    if (completion === null || completion >= timeProgress - EPSILON) continue;
    behind.push({ metric, quota: t.quota[metric], actual: t.actual[metric], completion });
  }
  return { code, name: t.name, score: t.score, rank: t.rank, status: t.status, behind };
}

function townshipNameOrNull(code: string): string | null {
  const name = townshipName(code);
  return name === code ? null : name;
}

/** The digests as alerts, each with its deterministic id (RULES 4.3): the cadres', then the office's. */
export function digestAlerts(digests: MonthlyDigests): Alert[] {
  const alerts: Alert[] = digests.cadres.map((d) => ({
    kind: 'digest',
    on: digests.period,
    about: ABOUT_MONTHLY,
    alertId: alertId('digest', d.cadreId, digests.period, ABOUT_MONTHLY),
    cadreId: d.cadreId,
    ...cadreDigestTexts(d),
  }));
  const o = digests.office;
  alerts.push({
    kind: 'office-digest',
    on: digests.period,
    about: ABOUT_COUNTY,
    alertId: alertId('office-digest', o.officeId, digests.period, ABOUT_COUNTY),
    cadreId: o.officeId,
    ...officeDigestTexts(o),
  });
  return alerts;
}
