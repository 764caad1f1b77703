import { METRICS } from '../../seeds/quotas.ts';
import type { MetricValues } from '../../rollup/types.ts';
import {
  COUNTY_LABEL,
  METRIC_LABELS,
  NONE_TEXT,
  NO_STATUS,
  RANKING_HEADERS,
  SECTIONS,
  STATUS_LABELS,
  UNASSIGNED_LABEL,
  rankingNote,
} from '../labels.ts';
import type { SupervisionReportModel } from '../model.ts';
import { escapeHtml } from './escape.ts';
import { count, percent, score } from './format.ts';
import { table, td, th } from './table.ts';

function metricCells(
  quota: MetricValues | null,
  actual: MetricValues,
  completion: MetricValues<number | null> | null,
): string {
  return METRICS.map(
    (m) =>
      td(quota ? count(quota[m]) : NONE_TEXT, 'num') +
      td(count(actual[m]), 'num') +
      td(completion ? percent(completion[m]) : NONE_TEXT, 'num'),
  ).join('');
}

/** 排名: one row per township in rank order, then 未落地 and 全县 (RULES 2.3, 2.4). */
export function rankingSection(model: SupervisionReportModel): string {
  const { rollup } = model;
  const head =
    `<tr>${th(RANKING_HEADERS.rank, ' rowspan="2"')}${th(RANKING_HEADERS.township, ' rowspan="2"')}` +
    METRICS.map((m) => th(METRIC_LABELS[m], ' colspan="3"')).join('') +
    `${th(RANKING_HEADERS.score, ' rowspan="2"')}${th(RANKING_HEADERS.status, ' rowspan="2"')}</tr>` +
    `<tr>${METRICS.map(() => th(RANKING_HEADERS.quota) + th(RANKING_HEADERS.actual) + th(RANKING_HEADERS.completion)).join('')}</tr>`;
  const rows = rollup.townships.map(
    (t) =>
      `<tr class="township" data-code="${escapeHtml(t.code)}">` +
      td(t.rank ?? NONE_TEXT) +
      td(t.name, 'name') +
      metricCells(t.quota, t.actual, t.completion) +
      td(score(t.score), 'num') +
      td(t.status ? STATUS_LABELS[t.status] : NO_STATUS, t.status ? `status-${t.status}` : undefined) +
      '</tr>',
  );
  rows.push(
    `<tr class="unassigned">${td(NONE_TEXT)}${td(UNASSIGNED_LABEL, 'name')}${metricCells(null, rollup.unassigned, null)}${td(NONE_TEXT)}${td(NONE_TEXT)}</tr>`,
    `<tr class="county">${td(NONE_TEXT)}${td(COUNTY_LABEL, 'name')}${metricCells(rollup.county.quota, rollup.county.actual, rollup.county.completion)}${td(NONE_TEXT)}${td(NONE_TEXT)}</tr>`,
  );
  const note = rankingNote(percent(rollup.timeProgress), rollup.baseline);
  return `<section class="ranking"><h2>${SECTIONS.ranking}</h2>${table('ranking', head, rows)}<p class="note">${escapeHtml(note)}</p></section>`;
}
