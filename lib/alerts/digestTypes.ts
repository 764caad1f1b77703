import type { EnterpriseResult, Flag } from '../model/comparison.ts';
import type { Metric, MetricValues } from '../seeds/quotas.ts';
import type { Assignment } from './contactDuty.ts';

/**
 * What the digest reads from the rollup and the comparison: structurally the `rollup` and
 * `compare` JSON of RULES 5 (only the fields used), so any producer of those shapes fits.
 */
export type TownshipStatus = 'ahead' | 'behind' | 'lagging';

export interface DigestRollupTownship {
  code: string;
  name: string;
  quota: MetricValues;
  actual: MetricValues;
  completion: MetricValues<number | null>;
  score: number | null;
  status: TownshipStatus | null;
  rank: number | null;
}

export interface DigestRollup {
  period: string;
  timeProgress: number;
  townships: readonly DigestRollupTownship[];
}

export type DigestEnterprise = Pick<EnterpriseResult, 'creditCode' | 'name' | 'rate' | 'flags' | 'uninsured'>;

export interface DigestComparison {
  period: string;
  enterprises: readonly DigestEnterprise[];
}

/** The survey status of one township (RULES 3), as the digest shows it in March and April. */
export interface DigestSurveyLine {
  code: string;
  name: string;
  submitted: boolean;
  submittedOn: string | null;
  late: boolean;
  coverage: number | null;
}

/** A metric whose completion is behind time progress (RULES 4.2). */
export interface BehindMetric {
  metric: Metric;
  quota: number;
  actual: number;
  completion: number;
}

/** One 片区 of a cadre (RULES 4.2). */
export interface TownshipDigestLine {
  code: string;
  name: string;
  score: number | null;
  rank: number | null;
  status: TownshipStatus | null;
  behind: BehindMetric[];
}

/** One 企业 of a cadre (RULES 4.2). */
export interface EnterpriseDigestLine {
  creditCode: string;
  /** null when the comparison has no name (or does not know the enterprise). */
  name: string | null;
  /** false when the comparison of P does not list the enterprise at all. */
  compared: boolean;
  rate: number | null;
  flags: Flag[];
  uninsured: number | null;
  /** The cadre's latest contact with the enterprise up to the end of P, or null. */
  lastContact: string | null;
}

export interface MissingContactLine extends Assignment {
  /** Township or enterprise name, when known. */
  name: string | null;
}

/** The monthly digest of one cadre (RULES 4.2). */
export interface CadreDigest {
  cadreId: string;
  period: string;
  timeProgress: number;
  /** The total of ranked townships (for "rank 3 of 19"). */
  rankedTownships: number;
  townships: TownshipDigestLine[];
  enterprises: EnterpriseDigestLine[];
  missing: MissingContactLine[];
  /** In March and April: the survey status of the cadre's townships (date of the check); else null. */
  survey: { date: string; deadline: string; townships: DigestSurveyLine[] } | null;
}

/** The leading group office's digest: contact duty summed (RULES 4.1), survey status in March/April. */
export interface OfficeDigest {
  officeId: string;
  period: string;
  cadres: number;
  assignments: number;
  missing: number;
  /** Cadres with at least one missing contact, by cadre id. */
  byCadre: { cadreId: string; assignments: number; missing: number }[];
  survey: {
    date: string;
    deadline: string;
    notSubmitted: DigestSurveyLine[];
    late: DigestSurveyLine[];
  } | null;
}

export interface MonthlyDigests {
  period: string;
  cadres: CadreDigest[];
  office: OfficeDigest;
}
