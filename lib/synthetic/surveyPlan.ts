/**
 * What each township's survey file lists: a share of its operating enterprises with their head count
 * as found on the visit, the enterprises known only from the survey, a dormant one found empty, and
 * who is a key expansion target (重点扩面对象).
 */
import { monthOf } from './calendar.ts';
import type { County, Enterprise } from './model.ts';
import { hasPayrollAt } from './model.ts';
import { personName } from './naming.ts';
import { ROLE } from './people.ts';
import type { Random } from './random.ts';
import type { SurveyCalendar, SurveySubmission } from './surveyCalendar.ts';
import { SURVEY_WILLINGNESS } from './vocabulary.ts';

export interface SurveyEntry {
  enterprise: number;
  employees: number;
  insuredReported: number;
  willingness: (typeof SURVEY_WILLINGNESS)[number] | null;
  keyTarget: boolean;
  surveyedOn: string;
  surveyor: string;
}

export interface SurveyFilePlan {
  submission: SurveySubmission;
  /** The rows of the (final, corrected when there is a correction) file. */
  entries: SurveyEntry[];
  /** The first version of a corrected file: some rows missing, some codes mistyped. */
  original?: { entries: SurveyEntry[]; mistyped: SurveyEntry[] };
}

/** Sorts a township always surveys: the low-rate ones it must know about. */
const ALWAYS_SURVEYED = new Set([
  'largeLowRate',
  'subsidizedLowRate',
  'subsidizedAtThreshold',
  'aboveScaleLowRate',
  'stateOwnedGap',
  'oniSurveyOnly',
]);
const KEY_SORTS = new Set([
  'largeLowRate',
  'subsidizedLowRate',
  'subsidizedAtThreshold',
  'aboveScaleLowRate',
  'stateOwnedGap',
]);
const SURVEY_SHARE = 0.35;
const MIN_SURVEYED = 4;

export function planSurveys(random: Random, county: County, calendar: SurveyCalendar): SurveyFilePlan[] {
  const keyTarget = new Map<number, boolean>();
  const surveyOnlyEmployees = new Map<number, number>();
  for (const e of county.enterprises) {
    keyTarget.set(
      e.index,
      KEY_SORTS.has(e.archetype) || (e.archetype === 'clean' && e.staff >= 50 && random.chance(0.5)),
    );
    if (e.archetype === 'oniSurveyOnly') surveyOnlyEmployees.set(e.index, random.int(6, 15));
  }
  const plans: SurveyFilePlan[] = [];
  for (const code of new Set(calendar.submissions.map((s) => s.township))) {
    const submissions = calendar.submissions.filter((s) => s.township === code);
    const r = random.fork(code);
    const month = monthOf(submissions[submissions.length - 1].period);
    const own = county.enterprises.filter((e) => e.township === code);
    const operating = own.filter(
      (e) => e.registry && e.registry.inactiveFrom > month && hasPayrollAt(e, month),
    );
    const chosen = operating.filter((e) => ALWAYS_SURVEYED.has(e.archetype) || r.chance(SURVEY_SHARE));
    // A township surveys at least a few enterprises, so its file always has rows to accept.
    for (const e of operating) if (chosen.length < MIN_SURVEYED && !chosen.includes(e)) chosen.push(e);
    const surveyOnly = own.filter((e) => e.archetype === 'oniSurveyOnly');
    const dormant = r.sample(
      own.filter((e) => e.archetype === 'dormant'),
      1,
    );
    const surveyor = personName(r, r.chance(0.5));
    const entry = (e: Enterprise, m: number, surveyedOn: string): SurveyEntry => {
      const counted = countAt(county, e, m);
      const employees =
        surveyOnlyEmployees.get(e.index) ?? (e.archetype === 'dormant' ? 0 : counted.employees);
      return {
        enterprise: e.index,
        employees,
        insuredReported: e.archetype === 'dormant' || e.archetype === 'oniSurveyOnly' ? 0 : counted.insured,
        willingness: e.archetype === 'dormant' ? null : r.pick(SURVEY_WILLINGNESS),
        keyTarget: keyTarget.get(e.index) ?? false,
        surveyedOn,
        surveyor,
      };
    };
    submissions.forEach((submission, batch) => {
      const m = monthOf(submission.period);
      const lastDay = submission.receivedAt.iso.startsWith(submission.period)
        ? Number(submission.receivedAt.iso.slice(8, 10)) - 1
        : 28;
      const day = () => r.int(1, Math.max(1, Math.min(28, lastDay)));
      // 开发区 sends two batches: each holds half of the sample and some enterprises are in both.
      const mine =
        submissions.length === 1
          ? chosen
          : chosen.filter((e, k) => k % 2 === batch || ALWAYS_SURVEYED.has(e.archetype) || r.chance(0.1));
      const registered = mine.filter((e) => (e.registry?.fromMonth ?? 0) <= m);
      const listed = [...registered, ...(batch === 0 ? [...surveyOnly, ...dormant] : [])];
      const entries = listed.map((e) =>
        entry(e, m, `${submission.period}-${String(day()).padStart(2, '0')}`),
      );
      const plan: SurveyFilePlan = { submission, entries };
      if (submission.correctedAt) {
        const dropped = new Set(r.sample(entries, Math.max(2, Math.round(entries.length * 0.1))));
        const mistyped = [...dropped].slice(0, 2);
        plan.original = { entries: entries.filter((x) => !dropped.has(x)), mistyped };
      }
      plans.push(plan);
    });
  }
  return plans;
}

/** Employees and pension-insured people on an enterprise's payroll in month m. */
function countAt(county: County, e: Enterprise, m: number): { employees: number; insured: number } {
  const { people } = county;
  let employees = 0;
  let insured = 0;
  for (const i of county.staffOf[e.index]) {
    if (!people.employedAt(i, m) || people.role[i] === ROLE.labourService) continue;
    employees++;
    if (people.isActiveInPensionAt(i, m)) insured++;
  }
  return { employees, insured };
}
