/**
 * The year's new insured (RULES 2.2 newInsured), month by month: previously uninsured employees of
 * partial enterprises join, clean enterprises hire insured staff, flexible workers join or resume.
 * Each township follows its own pace against its Attachment 2 quota, so that by mid-year some are
 * ahead of time progress (超序时), some slightly behind (略滞后) and some lagging (滞后).
 */
import type { MetricValues } from '../seeds/quotas.ts';
import type { Township } from '../seeds/townships.ts';
import { MONTHS } from './calendar.ts';
import type { IdentifierMaker } from './identifiers.ts';
import type { Enterprise } from './model.ts';
import { type PeopleTable, ROLE } from './people.ts';
import type { Random } from './random.ts';
import type { CountySize } from './scale.ts';
import type { Staffing } from './staffing.ts';
import { addNewFlexibleWorker } from './withoutEmployer.ts';

/** Completion of the newInsured quota each township reaches by 2023-06 (time progress 0.5). */
export const COMPLETION_BY_JUNE: Record<string, number> = {
  '330723-KFQ': 0.58,
  '330723001000': 0.62,
  '330723002000': 0.52,
  '330723003000': 0.33,
  '330723100000': 0.7,
  '330723101000': 0.45,
  '330723102000': 0.43,
  '330723103000': 0.3,
  '330723104000': 0.55,
  '330723105000': 0.25,
  '330723106000': 0.45,
  '330723107000': 0.6,
};

/** Quotas up to this keep their full-size target at every scale (see CountySize.flowFactor). */
const SMALL_QUOTA = 20;
/** The month index of 2023-06, where COMPLETION_BY_JUNE applies. */
const JUNE = 6;

/** Cumulative new insured a township aims at by month index m (1 = 2023-01). */
export function newInsuredTarget(quota: number, code: string, m: number, size: CountySize): number {
  const completion = COMPLETION_BY_JUNE[code] ?? 0;
  const factor = quota <= SMALL_QUOTA ? 1 : size.flowFactor;
  return Math.round((quota * completion * factor * m) / JUNE);
}

export interface GrowthContext {
  random: Random;
  ids: IdentifierMaker;
  people: PeopleTable;
  staffing: Staffing;
  townships: Township[];
  enterprises: Enterprise[];
  quotas: Map<string, MetricValues>;
  size: CountySize;
  lowerBase: number;
}

export function growInsured(ctx: GrowthContext): void {
  const { random: r, people, townships, enterprises } = ctx;
  const convertible = convertibleByTownship(ctx);
  const hiring = new Map<string | null, Enterprise[]>();
  for (const e of enterprises) {
    if (e.archetype !== 'clean' || e.payroll?.from !== 0 || e.payroll.until < MONTHS) continue;
    const list = hiring.get(e.township);
    if (list) list.push(e);
    else hiring.set(e.township, [e]);
  }
  const planned = plannedNewInsured(people, enterprises);

  for (let m = 1; m < MONTHS; m++) {
    for (const [townshipIndex, t] of townships.entries()) {
      const quota = ctx.quotas.get(t.code)?.newInsured ?? 0;
      let need: number;
      if (quota > 0) {
        need =
          newInsuredTarget(quota, t.code, m, ctx.size) - newInsuredTarget(quota, t.code, m - 1, ctx.size);
        need -= planned.get(`${t.code}/${m}`) ?? 0;
      } else {
        need = r.chance(0.4) ? 1 : 0;
      }
      if (need <= 0) continue;
      const conversions = Math.min(Math.round(need * 0.4), convertible.get(t.code)?.length ?? 0);
      for (const i of convertible.get(t.code)?.splice(0, conversions) ?? []) convert(ctx, i, m);
      const flexible = Math.round(need * 0.25);
      const hires = need - conversions - flexible;
      const employers = hiring.get(t.code) ?? [];
      for (let k = 0; k < flexible + (employers.length ? 0 : hires); k++) {
        addNewFlexibleWorker(r, ctx.ids, people, townshipIndex, m, ctx.lowerBase, r.chance(0.15));
      }
      if (employers.length) for (let k = 0; k < hires; k++) hire(ctx, r.pick(employers), m);
    }
    // People of no township: a hire by an unassigned enterprise, a flexible worker without a township cell.
    const unassigned = hiring.get(null) ?? [];
    if (unassigned.length && r.chance(0.6)) hire(ctx, r.pick(unassigned), m);
    if (r.chance(0.4)) addNewFlexibleWorker(r, ctx.ids, people, -1, m, ctx.lowerBase, false);
  }
}

/** New insured already in the plan: staff of new enterprises, the enterprise that insures all in April. */
function plannedNewInsured(people: PeopleTable, enterprises: Enterprise[]): Map<string, number> {
  const planned = new Map<string, number>();
  for (let i = 0; i < people.count; i++) {
    const from = people.pensionFrom[i];
    const employer = people.employer[i];
    if (from < 1 || from >= MONTHS || employer < 0) continue;
    const key = `${enterprises[employer].township}/${from}`;
    planned.set(key, (planned.get(key) ?? 0) + 1);
  }
  return planned;
}

/** Uninsured employees of partial enterprises who are of working age, per township, shuffled. */
function convertibleByTownship(ctx: GrowthContext): Map<string, number[]> {
  const { people, enterprises } = ctx;
  const result = new Map<string, number[]>();
  for (let i = 0; i < people.count; i++) {
    const e = people.employer[i] >= 0 ? enterprises[people.employer[i]] : null;
    if (e?.archetype !== 'partial' || e.township === null) continue;
    if (people.role[i] !== ROLE.employee || people.pensionFrom[i] !== 99) continue;
    const birthYear = Number(people.id[i].slice(6, 10));
    if (birthYear > 2004 || birthYear < 1966) continue;
    const list = result.get(e.township);
    if (list) list.push(i);
    else result.set(e.township, [i]);
  }
  for (const [code, list] of result) result.set(code, ctx.random.shuffled(list));
  return result;
}

function convert(ctx: GrowthContext, i: number, m: number): void {
  const { people } = ctx;
  people.pensionFrom[i] = m;
  people.injury[i] = 1;
  people.unemployment[i] = ctx.random.chance(0.5) ? 1 : 0;
  people.base[i] = ctx.lowerBase;
  people.startDay[i] = Math.floor(Date.UTC(2023, m - 1, ctx.random.int(1, 28)) / 86_400_000);
}

function hire(ctx: GrowthContext, e: Enterprise, m: number): void {
  const spec = ctx.staffing.insured('working', m, true);
  ctx.people.add({ ...spec, employer: e.index, hiredFrom: m });
}
