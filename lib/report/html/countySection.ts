import { METRICS } from '../../seeds/quotas.ts';
import {
  COUNTY_HEADERS,
  COUNTY_ROWS,
  METRIC_LABELS,
  METRIC_UNITS,
  NONE_TEXT,
  SECTIONS,
  countyVerdict,
  summaryText,
  targetText,
} from '../labels.ts';
import type { SupervisionReportModel } from '../model.ts';
import { escapeHtml } from './escape.ts';
import { count, percent } from './format.ts';
import { table, td, th } from './table.ts';

/** 总体情况: the summary sentence and the county figures against the plan's targets (RULES 2.4). */
export function countySection(model: SupervisionReportModel): string {
  const c = model.rollup.county;
  const t = model.targets;
  const statuses = model.rollup.townships.map((x) => x.status);
  const summary = summaryText({
    period: model.period,
    newInsured: c.actual.newInsured,
    newInsuredQuota: t.newInsured,
    completion: c.actual.newInsured / t.newInsured,
    timeProgress: model.rollup.timeProgress,
    ahead: statuses.filter((s) => s === 'ahead').length,
    behind: statuses.filter((s) => s === 'behind').length,
    lagging: statuses.filter((s) => s === 'lagging').length,
  });
  const rows = [
    [
      COUNTY_ROWS.newInsured,
      targetText('newInsured', t.newInsured),
      count(c.actual.newInsured),
      countyVerdict.completion(c.actual.newInsured / t.newInsured),
    ],
    ...METRICS.filter((m) => m !== 'newInsured').map((m) => [
      `${METRIC_LABELS[m]}（${METRIC_UNITS[m]}）`,
      count(c.quota[m]),
      count(c.actual[m]),
      countyVerdict.completion(c.completion[m]),
    ]),
    [COUNTY_ROWS.participationRate, NONE_TEXT, percent(c.participationRate, 2), NONE_TEXT],
    [COUNTY_ROWS.participationRateBaseline, NONE_TEXT, percent(c.participationRateBaseline, 2), NONE_TEXT],
    [
      COUNTY_ROWS.participationGain,
      targetText('gainPp', t.participationGainPp),
      c.participationRateGainPp === null ? NONE_TEXT : c.participationRateGainPp.toFixed(2),
      countyVerdict.against(c.participationRateGainPp, t.participationGainPp),
    ],
    [
      COUNTY_ROWS.baseConsolidation,
      targetText('base', t.baseConsolidation, t.baseConsolidationFrom),
      percent(c.baseConsolidation, 2),
      countyVerdict.against(c.baseConsolidation, t.baseConsolidation),
    ],
  ].map(
    ([label, target, actual, verdict]) =>
      `<tr>${td(label, 'name')}${td(target)}${td(actual, 'num')}${td(verdict)}</tr>`,
  );
  const head = `<tr>${COUNTY_HEADERS.map((h) => th(h)).join('')}</tr>`;
  return `<section class="county"><h2>${SECTIONS.summary}</h2><p>${escapeHtml(summary)}</p>${table('county', head, rows)}</section>`;
}
