import { z } from 'zod';
import { readSeed } from './readSeed.ts';
import { SeedError } from './seedsDir.ts';

/** Every value RULES.md calls «policy», per campaign year (`seeds/policy/<year>.json`). */
const schema = z.object({
  year: z.number().int(),
  retirementAge: z.object({ male: z.number().int().positive(), female: z.number().int().positive() }),
  minimumWorkingAge: z.number().int().positive(),
  payrollMaxAgeMonths: z.number().int().nonnegative(),
  largeEnterpriseEmployees: z.number().int().positive(),
  lowRateMargin: z.number().min(0).max(1),
  subsidyThreshold: z.number().nonnegative(),
  minimumRate: z.number().min(0).max(1),
  baseLimits: z.object({ lower: z.number().positive(), upper: z.number().positive(), confirmed: z.boolean() }),
  scoreWeights: z.object({
    newInsured: z.number().nonnegative(),
    coveredEnterprises: z.number().nonnegative(),
    keyEnterprises: z.number().nonnegative(),
    ruralOutreach: z.number().nonnegative(),
  }),
  completionCap: z.number().positive(),
  behindBand: z.number().min(0).max(1),
  surveyDeadline: z.string().regex(/^\d{2}-\d{2}$/),
  surveyRemindDaysLeft: z.array(z.number().int().nonnegative()),
  surveyOverdueEveryDays: z.number().int().positive(),
  targets: z.object({
    newInsured: z.number().int().positive(),
    participationGainPp: z.number(),
    baseConsolidationFrom: z.number(),
    baseConsolidation: z.number(),
  }),
});

export type Policy = z.infer<typeof schema>;

const cache = new Map<number, Policy>();

export function loadPolicy(year: number): Policy {
  const hit = cache.get(year);
  if (hit) return hit;
  const file = `policy/${year}.json`;
  const policy = readSeed(file, schema);
  if (policy.year !== year) throw new SeedError(`seeds/${file}: year is ${policy.year}, expected ${year}`);
  if (policy.baseLimits.lower >= policy.baseLimits.upper) throw new SeedError(`seeds/${file}: base limits out of order`);
  cache.set(year, policy);
  return policy;
}
