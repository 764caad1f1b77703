import { ACTIVITY_TYPES } from '../../model/rows.ts';
import {
  ACTIVITY_HEADERS,
  ACTIVITY_LABELS,
  COUNTY_LABEL,
  SECTIONS,
  TOTAL_LABEL,
  cumulativeText,
} from '../labels.ts';
import type { SupervisionReportModel } from '../model.ts';
import { escapeHtml } from './escape.ts';
import { count } from './format.ts';
import { table, td, th } from './table.ts';

const TOTALS = ['count', 'staff', 'served', 'consulted', 'materials'] as const;

/**
 * 政策宣传活动开展情况: per township the 家（次、个）数 of each activity of the plan's 统计表, and the
 * totals of every column of the form.
 */
export function activitySection(model: SupervisionReportModel): string {
  const head =
    `<tr>${th(ACTIVITY_HEADERS.unit, ' rowspan="2"')}${th(ACTIVITY_HEADERS.count, ` colspan="${ACTIVITY_TYPES.length}"`)}` +
    `${th(TOTAL_LABEL, ` colspan="${TOTALS.length}"`)}</tr>` +
    `<tr>${ACTIVITY_TYPES.map((a) => th(ACTIVITY_LABELS[a])).join('')}${TOTALS.map((k) => th(ACTIVITY_HEADERS[k])).join('')}</tr>`;
  const county = {
    byActivity: Object.fromEntries(ACTIVITY_TYPES.map((a) => [a, 0])) as Record<string, number>,
    total: { count: 0, staff: 0, served: 0, consulted: 0, materials: 0 },
  };
  const rows = model.activity.map((u) => {
    for (const a of ACTIVITY_TYPES) county.byActivity[a] += u.byActivity[a].count;
    for (const k of TOTALS) county.total[k] += u.total[k];
    return `<tr>${td(u.name, 'name')}${ACTIVITY_TYPES.map((a) => td(count(u.byActivity[a].count), 'num')).join('')}${TOTALS.map((k) => td(count(u.total[k]), 'num')).join('')}</tr>`;
  });
  rows.push(
    `<tr class="county">${td(COUNTY_LABEL, 'name')}${ACTIVITY_TYPES.map((a) => td(count(county.byActivity[a]), 'num')).join('')}${TOTALS.map((k) => td(count(county.total[k]), 'num')).join('')}</tr>`,
  );
  return `<section class="activity"><h2>${SECTIONS.activity}</h2><p class="note">${escapeHtml(cumulativeText(model.period))}</p>${table('activity', head, rows)}</section>`;
}
