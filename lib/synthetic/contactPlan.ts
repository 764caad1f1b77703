/**
 * Contact records (包保挂钩联系记录) per township and month: the 片区 cadre meets the township and
 * visits some of its enterprises, the enterprise cadres visit or phone their enterprises. Each month
 * a few assignments get no contact at all (RULES 4.1: the digest must list them), and in 2023-03
 * the departed cadre's visit is still recorded under their id (rejected: not in the new roster).
 */
import { MONTHS, dayOfPeriod, periodOf } from './calendar.ts';
import { type Assignment, type CadrePlan, ROSTER_CHANGE_MONTH, rosterAt } from './cadrePlan.ts';
import type { County, Enterprise } from './model.ts';
import type { Random } from './random.ts';
import { CONTACT_SUMMARIES } from './vocabulary.ts';

export type ContactMethodText = '上门走访' | '走访' | '入企' | '电话' | '座谈';

export interface ContactRecord {
  cadreId: string;
  /** Enterprise index; null = a contact with the township itself. */
  enterprise: number | null;
  date: string;
  method: ContactMethodText;
  summary: string;
  /** Recorded by a cadre not in the roster received before the file. */
  unknownCadre?: boolean;
}

export interface ContactFilePlan {
  month: number;
  township: string;
  records: ContactRecord[];
}

/** Share of a township's enterprises its 片区 cadre visits in a month. */
const VISIT_SHARE = 0.04;
const MISSING_SHARE = 0.08;

export function assignmentKey(a: Assignment): string {
  return `${a.cadreId}|${a.type}|${a.type === '片区' ? a.township : a.enterprise}`;
}

/** Registered enterprises of a township that exist and are active in month m. */
function activeAt(enterprises: readonly Enterprise[], m: number): Enterprise[] {
  return enterprises.filter(
    (e) => e.registry !== null && e.registry.fromMonth <= m && e.registry.inactiveFrom > m,
  );
}

export function planContacts(random: Random, county: County, cadres: CadrePlan): ContactFilePlan[] {
  const plans: ContactFilePlan[] = [];
  const byTownship = new Map<string, Enterprise[]>();
  for (const e of county.enterprises) {
    if (e.township === null || e.registry === null) continue;
    const list = byTownship.get(e.township);
    if (list) list.push(e);
    else byTownship.set(e.township, [e]);
  }
  for (let m = 0; m < MONTHS; m++) {
    const r = random.fork(periodOf(m));
    const roster = rosterAt(cadres, m);
    const pianqu = roster.assignments.filter(
      (a): a is Extract<Assignment, { type: '片区' }> => a.type === '片区',
    );
    const qiye = roster.assignments.filter(
      (a): a is Extract<Assignment, { type: '企业' }> => a.type === '企业',
    );
    const skipped = new Set([
      ...r.sample(pianqu, Math.max(1, Math.round(pianqu.length * MISSING_SHARE))).map(assignmentKey),
      ...r.sample(qiye, Math.max(1, Math.round(qiye.length * MISSING_SHARE))).map(assignmentKey),
    ]);
    const period = periodOf(m);
    const day = () => dayOfPeriod(period, r.int(1, 28));
    for (const t of county.townships) {
      const records: ContactRecord[] = [];
      const silent = new Set(
        pianqu.filter((a) => a.township === t.code && skipped.has(assignmentKey(a))).map((a) => a.cadreId),
      );
      for (const a of pianqu.filter((x) => x.township === t.code)) {
        if (silent.has(a.cadreId)) continue;
        records.push({
          cadreId: a.cadreId,
          enterprise: null,
          date: day(),
          method: r.pick(['座谈', '电话'] as const),
          summary: r.pick(CONTACT_SUMMARIES.township),
        });
        const pool = activeAt(byTownship.get(t.code) ?? [], m);
        const visits = r.sample(pool, Math.max(1, Math.round(pool.length * VISIT_SHARE)));
        for (const e of visits)
          records.push({
            cadreId: a.cadreId,
            enterprise: e.index,
            date: day(),
            method: r.pick(['上门走访', '走访', '入企'] as const),
            summary: r.pick(CONTACT_SUMMARIES.visit),
          });
      }
      for (const a of qiye) {
        const e = county.enterprises[a.enterprise];
        if (e.township !== t.code || skipped.has(assignmentKey(a)) || silent.has(a.cadreId)) continue;
        const phone = r.chance(0.2);
        records.push({
          cadreId: a.cadreId,
          enterprise: e.index,
          date: day(),
          method: phone ? '电话' : '上门走访',
          summary: r.pick(phone ? CONTACT_SUMMARIES.phone : CONTACT_SUMMARIES.visit),
        });
      }
      if (m === ROSTER_CHANGE_MONTH && t.code === cadres.replacedTownship) {
        const pool = byTownship.get(t.code) ?? [];
        if (pool.length)
          records.push({
            cadreId: cadres.removedCadreId,
            enterprise: r.pick(pool).index,
            date: day(),
            method: '上门走访',
            summary: CONTACT_SUMMARIES.visit[0],
            unknownCadre: true,
          });
      }
      records.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
      plans.push({ month: m, township: t.code, records });
    }
  }
  return plans;
}
