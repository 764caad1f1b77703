/**
 * The 包保 roster (plan 三(三)4: leaders take a township 片区, middle cadres take enterprises):
 * a roster for 2022-12 and a change in 2023-03 (one township's cadre replaced, one enterprise
 * assignment moved). Mobiles are 138000000xx and e-mails at example.org: synthetic, never real.
 */
import { type ShanghaiTime, shanghaiTime } from './calendar.ts';
import type { County, Enterprise } from './model.ts';
import { personName } from './naming.ts';
import type { Random } from './random.ts';

export interface Cadre {
  id: string;
  name: string;
  role: string;
  mobile: string;
  email: string;
}

/** A 片区 assignment names a township code, an 企业 assignment an enterprise index. */
export type Assignment =
  | { cadreId: string; type: '片区'; township: string }
  | { cadreId: string; type: '企业'; enterprise: number };

export interface Roster {
  period: '2022-12' | '2023-03';
  receivedAt: ShanghaiTime;
  cadres: Cadre[];
  assignments: Assignment[];
}

export interface CadrePlan {
  rosters: [Roster, Roster];
  /** The cadre dropped from the roster in 2023-03 (their 片区 went to a new cadre). */
  removedCadreId: string;
  replacedTownship: string;
}

/** Month index from which the second roster applies (2023-03). */
export const ROSTER_CHANGE_MONTH = 3;

const TARGET_SORTS = new Set([
  'largeLowRate',
  'subsidizedLowRate',
  'aboveScaleLowRate',
  'stateOwnedGap',
  'injuryGap',
  'oniFixed',
]);

export function rosterAt(plan: CadrePlan, month: number): Roster {
  return month < ROSTER_CHANGE_MONTH ? plan.rosters[0] : plan.rosters[1];
}

export function planCadres(random: Random, county: County): CadrePlan {
  const { townships } = county;
  const names = new Set<string>();
  let serial = 0;
  const newCadre = (role: string): Cadre => {
    serial++;
    let name = personName(random, random.chance(0.6));
    while (names.has(name)) name = personName(random, random.chance(0.6));
    names.add(name);
    const id = `BB${String(serial).padStart(3, '0')}`;
    return {
      id,
      name,
      role,
      mobile: `138${String(serial).padStart(8, '0')}`,
      email: `${id.toLowerCase()}@example.org`,
    };
  };
  const cadres: Cadre[] = [];
  const assignments: Assignment[] = [];
  // One leader per township; two small townships share one; 开发区 has two.
  const shared = new Map<string, Cadre>();
  const pairs: [string, string][] = [
    ['330723200000', '330723201000'],
    ['330723202000', '330723203000'],
  ];
  for (const t of townships) {
    const partner = pairs.find((p) => p[1] === t.code)?.[0];
    let cadre = partner ? shared.get(partner) : undefined;
    if (!cadre) {
      cadre = newCadre(`县人力社保局挂联${t.name}负责人`);
      cadres.push(cadre);
      shared.set(t.code, cadre);
    }
    assignments.push({ cadreId: cadre.id, type: '片区', township: t.code });
    if (t.code.endsWith('-KFQ')) {
      const second = newCadre('县社保中心副主任');
      cadres.push(second);
      assignments.push({ cadreId: second.id, type: '片区', township: t.code });
    }
  }
  // Middle cadres take key enterprises, 2–4 each.
  const targets = random.shuffled(enterpriseTargets(county));
  const middleCount = Math.max(4, Math.round(county.enterprises.length / 600));
  const roles = [
    '县人力社保局社保科副科长',
    '县社保中心业务科科长',
    '劳动保障监察大队副队长',
    '县人力社保局就业科科员',
    '工伤认定中心副主任',
  ];
  for (let k = 0; k < middleCount && targets.length > 0; k++) {
    const cadre = newCadre(roles[k % roles.length]);
    cadres.push(cadre);
    for (const e of targets.splice(0, random.int(2, 4)))
      assignments.push({ cadreId: cadre.id, type: '企业', enterprise: e.index });
  }
  const first: Roster = {
    period: '2022-12',
    receivedAt: shanghaiTime('2022-12-28', '09:00'),
    cadres,
    assignments,
  };

  // 2023-03: one township's leader leaves and a new cadre takes the 片区; one enterprise changes hands
  // and a spare key enterprise gets a cadre.
  const single = townships.filter((t) => {
    const holders = assignments.filter((a) => a.type === '片区' && a.township === t.code);
    return holders.length === 1 && assignments.filter((a) => a.cadreId === holders[0].cadreId).length === 1;
  });
  const replaced = random.pick(single);
  const removed = assignments.find((a) => a.type === '片区' && a.township === replaced.code)?.cadreId;
  if (removed === undefined) throw new Error(`no cadre holds ${replaced.code}`);
  const successor = newCadre(`县人力社保局挂联${replaced.name}负责人`);
  const secondAssignments: Assignment[] = assignments
    .filter((a) => a.cadreId !== removed)
    .map((a) => ({ ...a }))
    .concat({ cadreId: successor.id, type: '片区', township: replaced.code });
  const middle = cadres.filter((c) => secondAssignments.some((a) => a.cadreId === c.id && a.type === '企业'));
  if (middle.length >= 2) {
    const moved = secondAssignments.find((a) => a.cadreId === middle[0].id && a.type === '企业');
    if (moved) moved.cadreId = middle[1].id;
    const spare = targets.shift();
    if (spare) secondAssignments.push({ cadreId: middle[0].id, type: '企业', enterprise: spare.index });
  }
  const second: Roster = {
    period: '2023-03',
    receivedAt: shanghaiTime('2023-03-10', '09:00'),
    cadres: cadres.filter((c) => c.id !== removed).concat(successor),
    assignments: secondAssignments,
  };
  return { rosters: [first, second], removedCadreId: removed, replacedTownship: replaced.code };
}

function enterpriseTargets(county: County): Enterprise[] {
  return county.enterprises.filter(
    (e) =>
      e.township !== null &&
      e.registry !== null &&
      e.payroll?.from === 0 &&
      (TARGET_SORTS.has(e.archetype) || (e.archetype === 'clean' && e.staff >= 50)),
  );
}
