import { FEED_HEADERS, FEED_STATE_LABELS, NONE_TEXT, SECTIONS, kindLabel } from '../labels.ts';
import type { SupervisionReportModel } from '../model.ts';
import { table, td, th } from './table.ts';

/** 部门数据报送情况: the period in use, receipt date and age of every feed. */
export function feedsSection(model: SupervisionReportModel): string {
  const head = `<tr>${FEED_HEADERS.map((h) => th(h)).join('')}</tr>`;
  const rows = model.feeds.map(
    (f) =>
      `<tr class="feed-${f.state}">` +
      td(kindLabel(f.kind), 'name') +
      td(f.source, 'name') +
      td(f.period ?? NONE_TEXT) +
      td(f.receivedOn ?? NONE_TEXT) +
      td(f.monthsOld ?? NONE_TEXT, 'num') +
      td(FEED_STATE_LABELS[f.state], f.state === 'current' ? undefined : 'status-lagging') +
      '</tr>',
  );
  return `<section class="feeds"><h2>${SECTIONS.feeds}</h2>${table('feeds', head, rows)}</section>`;
}
