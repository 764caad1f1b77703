/**
 * Enforcement records (执法检查记录) of the enforcement team: planted stories around the rule «多次提醒
 * 拒不整改 → 联合执法» (RULES 1.7), each on enterprises that keep their flag, plus routine reminders
 * that clean and partial enterprises acted on.
 */
import type { EnforcementMeasure } from '../model/rows.ts';
import { MONTHS, dayOfPeriod, periodOf } from './calendar.ts';
import type { Archetype, County, Enterprise } from './model.ts';
import type { Random } from './random.ts';
import { ENFORCEMENT_RESULTS } from './vocabulary.ts';

export interface EnforcementRecord {
  enterprise: number;
  measure: EnforcementMeasure;
  date: string;
  result: string;
}

/** A story: which sort it needs and its records as (month index, measure). */
interface Story {
  name: string;
  sorts: Archetype[];
  steps: [number, EnforcementMeasure][];
}

/** Month indexes: 0 = 2022-12, 1 = 2023-01 … */
export const STORIES: Story[] = [
  // Reminded, then talked to: a joint-enforcement candidate from 2023-02.
  {
    name: 'remindThenTalk',
    sorts: ['operatingNoInsured', 'oniWithSubsidy'],
    steps: [
      [1, '提醒'],
      [2, '约谈'],
    ],
  },
  // A large enterprise with a low rate, reminded then ordered: a candidate from 2023-03.
  {
    name: 'largeOrdered',
    sorts: ['largeLowRate'],
    steps: [
      [2, '提醒'],
      [3, '整改通知'],
    ],
  },
  // Joint enforcement already held in 2023-03: a candidate in 2023-02 only.
  {
    name: 'jointHeld',
    sorts: ['operatingNoInsured', 'oniTaxEmployersOnly'],
    steps: [
      [1, '提醒'],
      [2, '约谈'],
      [3, '联合执法'],
    ],
  },
  // Complied in 2023-04 (insured everyone): a candidate in 2023-02 and 2023-03.
  {
    name: 'complied',
    sorts: ['oniFixed'],
    steps: [
      [1, '提醒'],
      [2, '整改通知'],
    ],
  },
  // One reminder only: never a candidate.
  { name: 'onceReminded', sorts: ['operatingNoInsured', 'oniTaxEmployersOnly'], steps: [[2, '提醒']] },
  // A reminder in 2022 does not count for 2023: a candidate from 2023-03.
  {
    name: 'acrossYears',
    sorts: ['operatingNoInsured', 'oniWithSubsidy'],
    steps: [
      [0, '提醒'],
      [1, '约谈'],
      [3, '整改通知'],
    ],
  },
  // A penalty is not a reminder: never a candidate.
  {
    name: 'penalised',
    sorts: ['operatingNoInsured', 'oniTaxEmployersOnly'],
    steps: [
      [1, '提醒'],
      [2, '行政处罚'],
    ],
  },
  // A subsidised enterprise with a low rate, talked to then ordered: a candidate from 2023-04.
  {
    name: 'subsidisedOrdered',
    sorts: ['subsidizedLowRate'],
    steps: [
      [3, '约谈'],
      [4, '整改通知'],
    ],
  },
];

const ROUTINE_SHARE = 0.01;

export interface EnforcementPlan {
  byMonth: EnforcementRecord[][];
  /** Story name per enterprise index that got one. */
  stories: Map<number, string>;
}

export function planEnforcement(random: Random, county: County): EnforcementPlan {
  const byMonth: EnforcementRecord[][] = Array.from({ length: MONTHS }, () => []);
  const stories = new Map<number, string>();
  const used = new Set<number>();
  const r = random.fork('stories');
  // Each story takes every k-th enterprise of its sorts, at least one.
  for (const story of STORIES) {
    const pool = county.enterprises.filter((e) => story.sorts.includes(e.archetype) && !used.has(e.index));
    const take = Math.max(1, Math.round(pool.length / 6));
    for (const e of pool.slice(0, take)) {
      used.add(e.index);
      stories.set(e.index, story.name);
      for (const [m, measure] of story.steps) {
        byMonth[m].push({
          enterprise: e.index,
          measure,
          date: dayOfPeriod(periodOf(m), r.int(1, 28)),
          result: measure === '联合执法' ? '已立案' : '拒不整改',
        });
      }
    }
  }
  const routine = county.enterprises.filter(
    (e) => (e.archetype === 'clean' || e.archetype === 'partial') && e.township !== null,
  );
  const rr = random.fork('routine');
  for (const e of routine) {
    if (!rr.chance(ROUTINE_SHARE)) continue;
    const m = rr.int(0, MONTHS - 1);
    byMonth[m].push(routineRecord(rr, e, m));
  }
  // The team reminds someone every month, however small the county.
  for (let m = 0; m < MONTHS && routine.length; m++) {
    while (byMonth[m].length < 2) byMonth[m].push(routineRecord(rr, rr.pick(routine), m));
  }
  for (const records of byMonth)
    records.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.enterprise - b.enterprise));
  return { byMonth, stories };
}

function routineRecord(r: Random, e: Enterprise, m: number): EnforcementRecord {
  const measure = r.pick(['提醒', '提醒', '整改通知'] as const);
  return {
    enterprise: e.index,
    measure,
    date: dayOfPeriod(periodOf(m), r.int(1, 28)),
    result: r.pick(ENFORCEMENT_RESULTS.slice(0, 2)),
  };
}
