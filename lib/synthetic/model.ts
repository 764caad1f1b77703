/**
 * The synthetic county as the generator holds it before writing any file: enterprises with their
 * planted sort, people with month-by-month timelines, and the townships. Month indexes: 0 = 2022-12
 * … 6 = 2023-06; NEVER (99) = not within the window.
 */
import type { Township } from '../seeds/townships.ts';
import type { MonthIndex } from './calendar.ts';
import type { PeopleTable } from './people.ts';

/** The sorts of enterprises RULES.md distinguishes, as the generator plants them. */
export const ARCHETYPES = [
  'clean',
  'partial',
  'dormant',
  'inactive',
  'inactiveWithPayroll',
  'closing',
  'newlyRegistered',
  'taxEmployersOnly',
  'publicInstitution',
  'newformClean',
  'operatingNoInsured',
  'oniWithSubsidy',
  'oniTaxEmployersOnly',
  'oniSurveyOnly',
  'oniFixed',
  'largeLowRate',
  'subsidizedLowRate',
  'subsidizedAtThreshold',
  'subsidyJustBelow',
  'aboveScaleLowRate',
  'stateOwnedGap',
  'newformNoInjuryRiders',
  'newformNoInjuryEmployees',
  'injuryGap',
] as const;

export type Archetype = (typeof ARCHETYPES)[number];

export type TownshipCellStyle = 'name' | 'alias' | 'code12' | 'code9' | 'empty';

export interface RegistryEntry {
  /** First registry snapshot that lists it. */
  fromMonth: MonthIndex;
  /** From this month on its status is inactive; NEVER when it stays active. */
  inactiveFrom: MonthIndex;
  inactiveStatus: '吊销' | '注销';
  activeStatus: '存续' | '在业' | '开业';
  established: string;
  entityType: string;
  address: string;
  townshipCell: TownshipCellStyle;
  aboveScale: boolean;
  stateOwned: boolean;
}

export interface NewformEntry {
  unit: 'transport' | 'postal';
  formType: string;
  workers: number;
}

export interface Enterprise {
  index: number;
  code: string;
  name: string;
  archetype: Archetype;
  /** Township code; null = unassigned (RULES 1.2). */
  township: string | null;
  /** Null: not in the market registry (public institutions, enterprises known only from surveys). */
  registry: RegistryEntry | null;
  /** Months with payroll rows: [from, until). Null: never in tax-payroll. */
  payroll: { from: MonthIndex; until: MonthIndex } | null;
  /** Headcount declared in tax-employers without payroll detail (汇总申报). */
  declaredHeadcount: number | null;
  newform: NewformEntry | null;
  /** Planned number of people on its books. */
  staff: number;
}

export interface County {
  seed: number;
  townships: Township[];
  enterprises: Enterprise[];
  people: PeopleTable;
  /** Person indexes per enterprise (main employer), in a stable order. */
  staffOf: number[][];
  /** Person indexes paid as a second employer, per enterprise. */
  secondJobsOf: number[][];
  /** Person indexes without an employer (flexible workers, residents). */
  withoutEmployer: number[];
}

export function isInRegistryAt(enterprise: Enterprise, month: MonthIndex): boolean {
  return enterprise.registry !== null && enterprise.registry.fromMonth <= month;
}

export function hasPayrollAt(enterprise: Enterprise, month: MonthIndex): boolean {
  return enterprise.payroll !== null && enterprise.payroll.from <= month && month < enterprise.payroll.until;
}
