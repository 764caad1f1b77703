/**
 * The normalized (curated) row of each upload kind, DATA-CONTRACT §3.
 * Dates are `YYYY-MM-DD` strings, money is yuan, codes and IDs are normalized (§4.4).
 * Optional fields are absent (undefined) when the cell was empty or invalid (§4.7).
 */
import type { Kind } from './kinds.ts';

export type TownshipCode = string;

export interface RegistryRow {
  creditCode: string;
  name: string;
  status: 'active' | 'inactive';
  township?: TownshipCode;
  address?: string;
  established?: string;
  entityType?: string;
  aboveScale?: boolean;
  stateOwned?: boolean;
}

export interface TaxPayrollRow {
  employerCode: string;
  employerName?: string;
  idType: string;
  idNumber: string;
  name?: string;
  incomeType: string;
  employmentType: string;
  income: number;
}

export interface TaxEmployersRow {
  creditCode: string;
  name?: string;
  wageTotal?: number;
  headcount?: number;
}

export type Scheme = 'pension' | 'injury' | 'unemployment' | 'public' | 'resident';
export type InsuredStatus = 'active' | 'suspended' | 'ended';

export interface InsuredRow {
  idNumber: string;
  name?: string;
  employerCode?: string;
  employerName?: string;
  scheme: Scheme;
  status: InsuredStatus;
  base?: number;
  startDate?: string;
  township?: TownshipCode;
}

export interface SubsidyRow {
  creditCode: string;
  name?: string;
  program?: string;
  amount: number;
  paidOn?: string;
  payer?: string;
}

export interface NewformRow {
  creditCode: string;
  name?: string;
  formType?: string;
  workers?: number;
  supervisor?: string;
}

export interface SurveyRow {
  creditCode: string;
  name?: string;
  surveyedOn: string;
  employees: number;
  insuredReported?: number;
  willingness?: '愿意' | '观望' | '不愿意';
  keyTarget?: boolean;
  surveyor?: string;
}

export const ACTIVITY_TYPES = ['进市场', '进园区', '进企业', '进车间', '进宿舍', '进乡村', '其他'] as const;
export type ActivityType = (typeof ACTIVITY_TYPES)[number];

export interface ActivityRow {
  activity: ActivityType;
  count: number;
  staff: number;
  served: number;
  consulted: number;
  materials: number;
  note?: string;
}

export type ContactMethod = '上门走访' | '电话' | '座谈' | '其他';

export interface ContactRow {
  cadreId: string;
  creditCode?: string;
  contactedOn: string;
  method: ContactMethod;
  summary?: string;
}

export type EnforcementMeasure = '提醒' | '约谈' | '整改通知' | '联合执法' | '行政处罚';

export interface EnforcementRow {
  creditCode: string;
  measure: EnforcementMeasure;
  actedOn: string;
  result?: string;
}

export interface CadreRow {
  cadreId: string;
  name: string;
  role?: string;
  mobile?: string;
  email?: string;
  assignmentType: '片区' | '企业';
  /** A township code (片区) or a USCC (企业). */
  target: string;
}

export interface RowOf {
  registry: RegistryRow;
  'tax-payroll': TaxPayrollRow;
  'tax-employers': TaxEmployersRow;
  insured: InsuredRow;
  subsidies: SubsidyRow;
  newform: NewformRow;
  survey: SurveyRow;
  activity: ActivityRow;
  contacts: ContactRow;
  enforcement: EnforcementRow;
  cadres: CadreRow;
}

export type AnyRow = RowOf[Kind];
