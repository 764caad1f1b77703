/**
 * What the generator planted and what a correct engine must therefore find (RULES.md), written to
 * the expectations file beside the upload tree. Credit codes are sorted; periods are `YYYY-MM`.
 */
import type { MetricValues } from '../../seeds/quotas.ts';
import type { Archetype } from '../model.ts';

export const PLANTED_FLAGS = [
  'OPERATING_NO_INSURED',
  'LARGE_LOW_RATE',
  'SUBSIDIZED_LOW_RATE',
  'ABOVE_SCALE_LOW_RATE',
  'STATE_OWNED_GAP',
  'NEWFORM_NO_INJURY',
  'INJURY_GAP',
] as const;

export type PlantedFlag = (typeof PLANTED_FLAGS)[number];

export interface MissingContact {
  cadreId: string;
  assignmentType: '片区' | '企业';
  /** Township code (片区) or USCC (企业). */
  target: string;
}

export interface SurveyStatus {
  submitted: boolean;
  /** Date (Asia/Shanghai) of the earliest receipt of an accepted version; null when not submitted. */
  submittedOn: string | null;
  late: boolean;
}

export interface Planted {
  /** Every period the tree covers. */
  periods: string[];
  /**
   * Per period, per flag: the enterprises planted with it. The generator plants no flag anywhere
   * else: every enterprise not listed for a flag in a period is meant not to carry it.
   */
  flags: Record<string, Record<PlantedFlag, string[]>>;
  /** Enterprises meant to carry no flag in any period (every enterprise not planted with one). */
  noFlags: string[];
  /** RULES 1.7 key enterprises (重点企业) per period. */
  keyEnterprises: Record<string, string[]>;
  /** RULES 1.7 subsidy precondition (财政补助前置条件) per period. */
  subsidyPrecondition: Record<string, string[]>;
  /** RULES 1.7 joint enforcement candidates (多次提醒拒不整改) per period. */
  jointEnforcement: Record<string, string[]>;
  /** Enterprises whose township is `unassigned` (no township cell, an address naming none). */
  unassigned: string[];
  /** Enterprises known only from a survey: their township is the survey's unit, from that period on. */
  surveyOnly: { creditCode: string; township: string; fromPeriod: string }[];
  /** The sort each planted (not background) enterprise was made as. */
  archetypes: Record<string, Archetype>;
  survey: {
    year: number;
    deadline: string;
    lateTownship: string;
    neverTownship: string;
    correctedTownship: string;
    /** Received 07:30 on the deadline day Shanghai time (the previous day in UTC). */
    deadlineMorningTownship: string;
    /** As the check sees it on any date after the last receipt (2023-04-03). */
    townships: Record<string, SurveyStatus>;
  };
  contacts: {
    /** RULES 4.1 assignments without a contact in the period. */
    missing: Record<string, MissingContact[]>;
    removedCadreId: string;
    replacedTownship: string;
  };
  /** RULES 2.2 actuals per township (and `unassigned`), for the periods of 2023. */
  rollup: Record<string, { townships: Record<string, MetricValues>; unassigned: MetricValues }>;
  notes: string[];
}
