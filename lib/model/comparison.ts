/**
 * The comparison's result for one period (RULES 1, and the `compare` JSON of RULES 5). Produced by
 * `lib/compare/`, stored per period, reused by the rollup and the cadre alerts without recomputing.
 */

/** RULES 1.7, in the table's order — `flags` lists them in this order. */
export const FLAGS = [
  'OPERATING_NO_INSURED',
  'LARGE_LOW_RATE',
  'SUBSIDIZED_LOW_RATE',
  'ABOVE_SCALE_LOW_RATE',
  'STATE_OWNED_GAP',
  'NEWFORM_NO_INJURY',
  'INJURY_GAP',
] as const;
export type Flag = (typeof FLAGS)[number];

export type EmployeesSource = 'payroll' | 'tax-employers' | 'survey' | 'none';

/** One enterprise, exactly the `compare` JSON fields of RULES 5. */
export interface EnterpriseResult {
  creditCode: string;
  name: string | null;
  /** Township code or `unassigned` (RULES 1.2). */
  township: string;
  eligibleEmployees: number | null;
  employeesSource: EmployeesSource;
  insured: number;
  coveredEmployees: number | null;
  uninsured: number | null;
  rate: number | null;
  injuryGap: number;
  subsidies12m: number;
  operating: boolean;
  flags: Flag[];
  key: boolean;
  subsidyPrecondition: boolean;
  jointEnforcement: boolean;
}

/** The `compare` JSON of RULES 5. */
export interface CompareResult {
  period: string;
  countyRate: number | null;
  enterprises: EnterpriseResult[];
}

/** Each flag in the plan's words (RULES 1.7), as county users read it. */
export const FLAG_LABELS: Record<Flag, string> = {
  OPERATING_NO_INSURED: '正常经营无人参保',
  LARGE_LOW_RATE: '用工规模大但参保率低',
  SUBSIDIZED_LOW_RATE: '享受财政奖补多但参保率低',
  ABOVE_SCALE_LOW_RATE: '规上企业参保率低于全县（规上企业示范带头）',
  STATE_OWNED_GAP: '国企员工未全员参保',
  NEWFORM_NO_INJURY: '新业态企业未参加工伤保险',
  INJURY_GAP: '工伤保险法定人员未全覆盖',
};
