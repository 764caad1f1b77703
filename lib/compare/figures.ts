import type { EmployeesSource } from '../model/comparison.ts';
import { type Fraction, fraction } from './exact.ts';
import type { EnforcementRecord } from './sources/enforcement.ts';
import type { InsuredCounts } from './sources/insured.ts';
import type { RegistryEntry } from './sources/registry.ts';
import type { LatestSurvey } from './sources/survey.ts';
import type { TaxEmployerEntry } from './sources/taxEmployers.ts';
import type { TownshipSource } from './types.ts';

/** Everything the rules know of one enterprise as of P (RULES 1.5 and what the flags read). */
export interface EnterpriseFigures {
  creditCode: string;
  name: string | null;
  township: string;
  townshipSource: TownshipSource;
  registry: RegistryEntry | null;
  taxEmployer: TaxEmployerEntry | null;
  /** Payroll rows of any income type at P_tax (0 without payroll). */
  payrollRows: number;
  survey: LatestSurvey | null;
  /** In newform as of P; workers null when the file does not say. */
  newform: { workers: number | null } | null;
  eligibleEmployees: number | null;
  employeesSource: EmployeesSource;
  /** The period eligibleEmployees rests on. */
  employeesPeriod: string | null;
  insured: number;
  coveredEmployees: number | null;
  uninsured: number | null;
  /** coveredEmployees / eligibleEmployees, exact; null when eligibleEmployees is null or 0. */
  rate: Fraction | null;
  injuryGap: number;
  /** Persons active in injury with this employer. */
  injuryInsured: number;
  /** subsidies12m in fen. */
  subsidiesFen: number;
  operating: boolean;
  /** Enforcement records dated in Y-01-01..end(P). */
  enforcement: EnforcementRecord[];
}

/** The sources' facts about one enterprise, before RULES 1.5 combines them. */
export interface EnterpriseInputs {
  creditCode: string;
  name: string | null;
  township: { township: string; source: TownshipSource };
  registry: RegistryEntry | undefined;
  taxEmployer: TaxEmployerEntry | undefined;
  payrollRows: number;
  /** Eligible employed persons belonging to e, and how many of them are covered (RULES 1.3, 1.4). */
  payrollEligible: { eligible: number; covered: number } | undefined;
  survey: LatestSurvey | undefined;
  newform: { workers: number | null } | undefined;
  insured: InsuredCounts | undefined;
  subsidiesFen: number;
  enforcement: EnforcementRecord[] | undefined;
}

/** The periods P_tax of the two monthly kinds (null when none or too old). */
export interface TaxPeriodsInUse {
  payroll: string | null;
  taxEmployers: string | null;
}

/** RULES 1.5 Per enterprise e. */
export function enterpriseFigures(inputs: EnterpriseInputs, tax: TaxPeriodsInUse): EnterpriseFigures {
  const { registry, taxEmployer, survey } = inputs;
  const employees = eligibleEmployees(inputs, tax);
  const insured = inputs.insured?.insured ?? 0;
  const coveredEmployees =
    employees.eligible === null
      ? null
      : employees.source === 'payroll'
        ? (inputs.payrollEligible?.covered ?? 0)
        : Math.min(insured, employees.eligible);
  const uninsured =
    employees.eligible === null || coveredEmployees === null ? null : employees.eligible - coveredEmployees;
  const rate =
    employees.eligible === null || employees.eligible === 0 || coveredEmployees === null
      ? null
      : fraction(coveredEmployees, employees.eligible);
  return {
    creditCode: inputs.creditCode,
    name: inputs.name,
    township: inputs.township.township,
    townshipSource: inputs.township.source,
    registry: registry ?? null,
    taxEmployer: taxEmployer ?? null,
    payrollRows: inputs.payrollRows,
    survey: survey ?? null,
    newform: inputs.newform ?? null,
    eligibleEmployees: employees.eligible,
    employeesSource: employees.source,
    employeesPeriod: employees.period,
    insured,
    coveredEmployees,
    uninsured,
    rate,
    injuryGap: inputs.insured?.injuryGap ?? 0,
    injuryInsured: inputs.insured?.injuryInsured ?? 0,
    subsidiesFen: inputs.subsidiesFen,
    operating: isOperating(inputs),
    enforcement: inputs.enforcement ?? [],
  };
}

/**
 * RULES 1.5 eligibleEmployees: payroll when tax-payroll at P_tax has any row for e; else the
 * tax-employers headcount at P_tax when present; else the latest survey row's employees; else null.
 */
function eligibleEmployees(
  inputs: EnterpriseInputs,
  tax: TaxPeriodsInUse,
): { eligible: number | null; source: EmployeesSource; period: string | null } {
  if (inputs.payrollRows > 0) {
    return { eligible: inputs.payrollEligible?.eligible ?? 0, source: 'payroll', period: tax.payroll };
  }
  const headcount = inputs.taxEmployer?.headcount;
  if (headcount !== undefined)
    return { eligible: headcount, source: 'tax-employers', period: tax.taxEmployers };
  if (inputs.survey)
    return { eligible: inputs.survey.employees, source: 'survey', period: inputs.survey.period };
  return { eligible: null, source: 'none', period: null };
}

/**
 * RULES 1.5 operating: «not inactive in the registry, and any of: a payroll row at P_tax,
 * tax-employers headcount or wageTotal > 0 at P_tax, latest survey employees > 0 in Y-01..P.»
 */
function isOperating(inputs: EnterpriseInputs): boolean {
  if (inputs.registry?.status === 'inactive') return false;
  const tax = inputs.taxEmployer;
  return (
    inputs.payrollRows > 0 ||
    (tax?.headcount ?? 0) > 0 ||
    (tax?.wageTotal ?? 0) > 0 ||
    (inputs.survey?.employees ?? 0) > 0
  );
}

/**
 * Per employer, the eligible employed persons belonging to it and how many of them are covered
 * (RULES 1.5 eligibleEmployees and coveredEmployees for source payroll).
 */
export function payrollCounts(
  employed: Iterable<{ employer: string; idNumber: string; eligible: boolean }>,
  covered: ReadonlySet<string>,
): Map<string, { eligible: number; covered: number }> {
  const counts = new Map<string, { eligible: number; covered: number }>();
  for (const person of employed) {
    if (!person.eligible) continue;
    const c = counts.get(person.employer) ?? { eligible: 0, covered: 0 };
    c.eligible += 1;
    if (covered.has(person.idNumber)) c.covered += 1;
    counts.set(person.employer, c);
  }
  return counts;
}
