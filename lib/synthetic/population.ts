/**
 * Builds the whole synthetic county in memory: enterprises, their staff, people without an
 * employer, second jobs, leavers and the year's growth of insured people.
 */
import type { MetricValues } from '../seeds/quotas.ts';
import type { Township } from '../seeds/townships.ts';
import { addLeavers, addSecondJobs } from './churn.ts';
import { buildEnterprises } from './enterprises.ts';
import { growInsured } from './growth.ts';
import { IdentifierMaker } from './identifiers.ts';
import type { County, Enterprise } from './model.ts';
import { PeopleTable } from './people.ts';
import type { Random } from './random.ts';
import type { CountySize } from './scale.ts';
import { type BaseLimits, Staffing } from './staffing.ts';
import { FLEXIBLE_SHARE, RESIDENT_SHARE, addFlexibleWorkers, addResidents } from './withoutEmployer.ts';

export interface PopulationOptions {
  seed: number;
  random: Random;
  size: CountySize;
  townships: Township[];
  quotas: Map<string, MetricValues>;
  limits: BaseLimits;
  surveyingTownships: string[];
}

export function buildCounty(options: PopulationOptions): County {
  const { random, size, townships, limits } = options;
  const ids = new IdentifierMaker(random.fork('identifiers'));
  const enterprises = buildEnterprises(random.fork('enterprises'), ids, {
    size,
    townships,
    surveyingTownships: options.surveyingTownships,
  });
  const flexibleCount = Math.round(size.people * FLEXIBLE_SHARE);
  const residentCount = Math.round(size.people * RESIDENT_SHARE);
  sizeEmployers(random.fork('sizes'), enterprises, size.people - flexibleCount - residentCount);

  const people = new PeopleTable(Math.round(size.people * 1.15) + 1024);
  const staffing = new Staffing(random.fork('staff'), ids, people, limits);
  for (const e of enterprises) staffing.staff(e);
  addFlexibleWorkers(random.fork('flexible'), ids, people, townships, flexibleCount, limits.lower);
  addResidents(random.fork('residents'), ids, people, townships, residentCount);
  addSecondJobs(random.fork('second-jobs'), people, enterprises);
  addLeavers(random.fork('leavers'), people, enterprises);
  growInsured({
    random: random.fork('growth'),
    ids,
    people,
    staffing,
    townships,
    enterprises,
    quotas: options.quotas,
    size,
    lowerBase: limits.lower,
  });

  const staffOf: number[][] = enterprises.map(() => []);
  const secondJobsOf: number[][] = enterprises.map(() => []);
  const withoutEmployer: number[] = [];
  for (let i = 0; i < people.count; i++) {
    const employer = people.employer[i];
    if (employer >= 0) staffOf[employer].push(i);
    else withoutEmployer.push(i);
    if (people.second[i] >= 0) secondJobsOf[people.second[i]].push(i);
  }
  return { seed: options.seed, townships, enterprises, people, staffOf, secondJobsOf, withoutEmployer };
}

/**
 * Head counts of clean and partial enterprises: lognormal (most have a handful of people, a few
 * hundreds), scaled so the county reaches its people budget; partial ones stay below 41 so they
 * can never be «large» (RULES 1.7). Large clean ones are often above-scale, a few state-owned.
 */
function sizeEmployers(r: Random, enterprises: Enterprise[], budget: number): void {
  const isSized = (e: Enterprise) => e.archetype === 'clean' || e.archetype === 'partial';
  const sized = enterprises.filter(isSized);
  const plantedPeople = enterprises.reduce((sum, e) => sum + (isSized(e) ? 0 : e.staff), 0);
  const mean = Math.max(2, (budget - plantedPeople) / Math.max(1, sized.length));
  const sigma = 1.1;
  const mu = Math.log(mean) - (sigma * sigma) / 2;
  for (const e of sized) {
    const draw = Math.round(Math.exp(mu + sigma * r.normal()));
    if (e.archetype === 'partial') {
      e.staff = Math.min(40, Math.max(3, draw));
      continue;
    }
    e.staff = Math.min(1500, Math.max(1, draw));
    if (e.registry && e.staff >= 40 && r.chance(0.5)) e.registry.aboveScale = true;
    if (e.registry && e.staff >= 10 && r.chance(0.015)) {
      e.registry.stateOwned = true;
      e.registry.entityType = '有限责任公司（国有控股）';
    }
  }
}
