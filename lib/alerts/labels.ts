import type { Flag } from '../model/comparison.ts';
import type { Metric } from '../seeds/quotas.ts';
import type { TownshipStatus } from './digestTypes.ts';

/**
 * Chinese labels the alerts use (RULES 2 metrics and status). Flags are named shorter here than in
 * the reports (`lib/model/comparison.ts` FLAG_LABELS) because an SMS holds 70 characters.
 */
export const FLAG_LABELS: Record<Flag, string> = {
  OPERATING_NO_INSURED: '正常经营无人参保',
  LARGE_LOW_RATE: '用工规模大参保率低',
  SUBSIDIZED_LOW_RATE: '享受财政奖补多但参保率低',
  ABOVE_SCALE_LOW_RATE: '规上企业参保率低于全县',
  STATE_OWNED_GAP: '国企员工未全员参保',
  NEWFORM_NO_INJURY: '新业态企业未参加工伤保险',
  INJURY_GAP: '工伤保险未全覆盖',
};

export const METRIC_LABELS: Record<Metric, string> = {
  newInsured: '新增企业职工养老参保',
  coveredEnterprises: '覆盖企业',
  keyEnterprises: '进重点企业',
  ruralOutreach: '进农村',
};

export const STATUS_LABELS: Record<TownshipStatus, string> = {
  ahead: '超序时',
  behind: '略滞后',
  lagging: '滞后',
};

export const ASSIGNMENT_LABELS = { 片区: '片区', 企业: '企业' } as const;

/** `2023年3月` */
export function periodLabel(period: string): string {
  return `${Number(period.slice(0, 4))}年${Number(period.slice(5, 7))}月`;
}

/** `3月31日` */
export function monthDayLabel(date: string): string {
  return `${Number(date.slice(5, 7))}月${Number(date.slice(8, 10))}日`;
}

/** `2023年3月31日` */
export function dateLabel(date: string): string {
  return `${Number(date.slice(0, 4))}年${monthDayLabel(date)}`;
}

/** A fraction as a percentage for reading, one decimal (`0.8125` → `81.3%`); `—` when null. */
export function percentLabel(value: number | null): string {
  if (value === null) return '—';
  return `${(Math.round(value * 1000 + 1e-9) / 10).toFixed(1)}%`;
}

/** A score as the rollup gives it (already rounded to one decimal: `85.2`, `90.0`); `—` when null. */
export function scoreLabel(score: number | null): string {
  if (score === null) return '—';
  return Number.isInteger(score) ? score.toFixed(1) : String(score);
}
