import { z } from 'zod';
import { loadTownships } from './townships.ts';
import { readSeed } from './readSeed.ts';
import { SeedError } from './seedsDir.ts';

/** The four metrics of Attachment 2 (RULES 2.2). */
export const METRICS = ['newInsured', 'coveredEnterprises', 'keyEnterprises', 'ruralOutreach'] as const;
export type Metric = (typeof METRICS)[number];
export type MetricValues<T = number> = Record<Metric, T>;

const quota = z.number().int().nonnegative().nullable();
const schema = z.object({
  year: z.number().int(),
  totals: z.object({ newInsured: z.number(), coveredEnterprises: z.number(), keyEnterprises: z.number(), ruralOutreach: z.number() }),
  townships: z.array(
    z.object({ code: z.string(), newInsured: quota, coveredEnterprises: quota, keyEnterprises: quota, ruralOutreach: quota }),
  ),
});

export interface YearQuotas {
  year: number;
  /** Per township code; a blank quota of Attachment 2 is 0 (RULES 2.3). */
  byTownship: Map<string, MetricValues>;
  totals: MetricValues;
}

const cache = new Map<number, YearQuotas>();

/** Attachment 2 quotas for a campaign year, checked to cover every township and add up to the plan's totals. */
export function loadQuotas(year: number): YearQuotas {
  const hit = cache.get(year);
  if (hit) return hit;
  const file = `quotas/${year}.json`;
  const data = readSeed(file, schema);
  if (data.year !== year) throw new SeedError(`seeds/${file}: year is ${data.year}, expected ${year}`);
  const byTownship = new Map<string, MetricValues>();
  for (const row of data.townships) {
    byTownship.set(row.code, {
      newInsured: row.newInsured ?? 0,
      coveredEnterprises: row.coveredEnterprises ?? 0,
      keyEnterprises: row.keyEnterprises ?? 0,
      ruralOutreach: row.ruralOutreach ?? 0,
    });
  }
  const known = loadTownships().map((t) => t.code);
  const missing = known.filter((code) => !byTownship.has(code));
  const unknown = [...byTownship.keys()].filter((code) => !known.includes(code));
  if (missing.length || unknown.length) {
    throw new SeedError(`seeds/${file}: townships missing [${missing.join(', ')}], unknown [${unknown.join(', ')}]`);
  }
  for (const metric of METRICS) {
    const sum = [...byTownship.values()].reduce((acc, q) => acc + q[metric], 0);
    if (sum !== data.totals[metric]) {
      throw new SeedError(`seeds/${file}: ${metric} quotas add up to ${sum}, the plan's total is ${data.totals[metric]}`);
    }
  }
  const result = { year, byTownship, totals: data.totals };
  cache.set(year, result);
  return result;
}
