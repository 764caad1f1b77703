import type { EmployeesSource } from '../model/comparison.ts';
import type { Policy } from '../seeds/policy.ts';
import { type Fraction, toNumber } from './exact.ts';
import type { EnterpriseFigures } from './figures.ts';
import { toYuan } from './money.ts';
import type { Fact, FactSource } from './types.ts';

/**
 * The evidence vocabulary: each builder states one figure with the department file and period it
 * rests on, so a list or an alert can say «税务 2023-03 应参保 80 人» without recomputing anything.
 */

/** What the flags are judged against: the county rate, the year's policy and the periods read. */
export interface FlagContext {
  countyRate: Fraction | null;
  policy: Policy;
  feeds: FeedPeriods;
}

/** The period each source was read at for P (RULES 0). */
export interface FeedPeriods {
  period: string;
  registry: string | null;
  insured: string | null;
  newform: string | null;
  payroll: string | null;
  taxEmployers: string | null;
  /** Y-01: first month of surveys and enforcement. */
  yearStart: string;
  /** P−11: first month of subsidies. */
  twelveMonthsFrom: string;
}

const SOURCE_OF_EMPLOYEES: Record<EmployeesSource, FactSource> = {
  payroll: 'tax-payroll',
  'tax-employers': 'tax-employers',
  survey: 'survey',
  none: 'comparison',
};

export function eligibleFact(e: EnterpriseFigures): Fact {
  return {
    source: SOURCE_OF_EMPLOYEES[e.employeesSource],
    period: e.employeesPeriod,
    figure: 'eligibleEmployees',
    value: e.eligibleEmployees,
  };
}

/** Covered employees rest on insured as of P (matched against payroll, or capped by the headcount). */
export function coveredFact(e: EnterpriseFigures, ctx: FlagContext): Fact {
  return {
    source: 'insured',
    period: ctx.feeds.insured,
    figure: 'coveredEmployees',
    value: e.coveredEmployees,
  };
}

export function uninsuredFact(e: EnterpriseFigures, ctx: FlagContext): Fact {
  return { source: 'comparison', period: ctx.feeds.period, figure: 'uninsured', value: e.uninsured };
}

export function rateFact(e: EnterpriseFigures, ctx: FlagContext): Fact {
  return {
    source: 'comparison',
    period: ctx.feeds.period,
    figure: 'rate',
    value: e.rate && toNumber(e.rate),
  };
}

export function countyRateFact(ctx: FlagContext): Fact {
  return {
    source: 'comparison',
    period: ctx.feeds.period,
    figure: 'countyRate',
    value: ctx.countyRate && toNumber(ctx.countyRate),
  };
}

/** A value RULES calls «policy», from the year's seed. */
export function policyFact(figure: keyof Policy, value: number): Fact {
  return { source: 'policy', period: null, figure, value };
}

export function subsidiesFact(e: EnterpriseFigures, ctx: FlagContext): Fact {
  return {
    source: 'subsidies',
    period: ctx.feeds.period,
    from: ctx.feeds.twelveMonthsFrom,
    figure: 'subsidies12m',
    value: toYuan(e.subsidiesFen),
  };
}

export function registryFact(
  figure: 'aboveScale' | 'stateOwned' | 'status',
  value: string | boolean,
  ctx: FlagContext,
): Fact {
  return { source: 'registry', period: ctx.feeds.registry, figure, value };
}

export function insuredFigureFact(
  figure: 'insured' | 'injuryGap' | 'injuryInsured',
  value: number,
  ctx: FlagContext,
): Fact {
  return { source: 'insured', period: ctx.feeds.insured, figure, value };
}

/** RULES 1.5 operating: the registry status (when registered) and every sign of operation found. */
export function operatingFacts(e: EnterpriseFigures, ctx: FlagContext): Fact[] {
  const facts: Fact[] = [];
  if (e.registry) facts.push(registryFact('status', e.registry.status, ctx));
  if (e.payrollRows > 0) {
    facts.push({
      source: 'tax-payroll',
      period: ctx.feeds.payroll,
      figure: 'payrollRows',
      value: e.payrollRows,
    });
  }
  const { headcount, wageTotal } = e.taxEmployer ?? {};
  if (headcount !== undefined && headcount > 0) {
    facts.push({
      source: 'tax-employers',
      period: ctx.feeds.taxEmployers,
      figure: 'headcount',
      value: headcount,
    });
  }
  if (wageTotal !== undefined && wageTotal > 0) {
    facts.push({
      source: 'tax-employers',
      period: ctx.feeds.taxEmployers,
      figure: 'wageTotal',
      value: wageTotal,
    });
  }
  if (e.survey && e.survey.employees > 0) {
    facts.push({ source: 'survey', period: e.survey.period, figure: 'employees', value: e.survey.employees });
  }
  return facts;
}
