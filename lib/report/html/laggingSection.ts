import { LAGGING_HEADERS, METRIC_LABELS, NONE_TEXT, NO_LAGGING, SECTIONS, STATUS_LABELS } from '../labels.ts';
import type { SupervisionReportModel } from '../model.ts';
import { escapeHtml } from './escape.ts';
import { count, percent, score } from './format.ts';
import { table, td, th } from './table.ts';

/** 滞后乡镇: townships behind time progress with each metric behind and its shortfall. */
export function laggingSection(model: SupervisionReportModel): string {
  if (model.lagging.length === 0) {
    return `<section class="lagging"><h2>${SECTIONS.lagging}</h2><p>${escapeHtml(NO_LAGGING)}</p></section>`;
  }
  const rows: string[] = [];
  for (const t of model.lagging) {
    const span = Math.max(1, t.behind.length);
    const head =
      td(t.rank ?? NONE_TEXT, undefined, ` rowspan="${span}"`) +
      td(t.name, 'name', ` rowspan="${span}"`) +
      td(STATUS_LABELS[t.status], `status-${t.status}`, ` rowspan="${span}"`) +
      td(score(t.score), 'num', ` rowspan="${span}"`);
    if (t.behind.length === 0)
      rows.push(
        `<tr class="lagging-township">${head}${td(NONE_TEXT)}${td('')}${td('')}${td('')}${td('')}${td('')}</tr>`,
      );
    t.behind.forEach((b, i) => {
      rows.push(
        `<tr${i === 0 ? ' class="lagging-township"' : ''}>${i === 0 ? head : ''}` +
          td(METRIC_LABELS[b.metric], 'name') +
          td(count(b.quota), 'num') +
          td(count(b.actual), 'num') +
          td(percent(b.completion), 'num') +
          td(count(b.dueByTimeProgress), 'num') +
          td(count(b.shortfall), 'num') +
          '</tr>',
      );
    });
  }
  const head = `<tr>${LAGGING_HEADERS.map((h) => th(h)).join('')}</tr>`;
  return `<section class="lagging"><h2>${SECTIONS.lagging}</h2>${table('lagging', head, rows)}</section>`;
}
