import { ACTIVITY_TYPES, type ActivityType } from '../model/rows.ts';
import { normalizeHeader } from '../normalize/text.ts';

/**
 * Row labels of the activity form (DATA-CONTRACT §3.8): matched after normalization, without quotes
 * and without a trailing 宣传 — the plan prints `“进市场”宣传`, clerks type `进市场`; `其他` and
 * `其他宣传服务活动` are the last row.
 */
const QUOTES = /["'“”‘’「」『』〝〞]/g;

const OTHER_LABELS = ['其他', '其他宣传服务活动', '其他宣传服务', '其他活动'];

const LABELS = new Map<string, ActivityType>([
  ...ACTIVITY_TYPES.filter((t) => t !== '其他').map((t) => [t, t] as [string, ActivityType]),
  ...OTHER_LABELS.map((label) => [label, '其他'] as [string, ActivityType]),
]);

/** The form's printed labels, named to a clerk whose label is not recognised. */
export const PRINTED_LABELS = [
  '“进市场”宣传',
  '“进园区”宣传',
  '“进企业”宣传',
  '“进车间”宣传',
  '“进宿舍”宣传',
  '“进乡村”宣传',
  '其他宣传服务活动',
];

export function activityOfLabel(label: string): ActivityType | undefined {
  const key = normalizeHeader(label).replace(QUOTES, '').replace(/宣传$/, '');
  return LABELS.get(key);
}
