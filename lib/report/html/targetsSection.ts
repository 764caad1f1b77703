import {
  NONE_TEXT,
  NO_TARGETS,
  SECTIONS,
  TARGET_HEADERS,
  problemText,
  targetListHeading,
} from '../labels.ts';
import type { SupervisionReportModel } from '../model.ts';
import { escapeHtml } from './escape.ts';
import { count, money, percent } from './format.ts';
import { table, td, th } from './table.ts';

/** 重点企业名单: per township, the flagged enterprises with the plan's words (RULES 1.7). */
export function targetsSection(model: SupervisionReportModel): string {
  const headers = TARGET_HEADERS.slice(1); // the township is the sub-heading
  const head = `<tr>${headers.map((h) => th(h)).join('')}</tr>`;
  const lists = model.targetLists.map((list) => {
    const rows = list.enterprises.map(
      (e) =>
        '<tr>' +
        td(e.creditCode) +
        td(e.name ?? NONE_TEXT, 'name') +
        td(count(e.eligibleEmployees), 'num') +
        td(count(e.coveredEmployees), 'num') +
        td(count(e.uninsured), 'num') +
        td(percent(e.rate), 'num') +
        td(money(e.subsidies12m), 'num') +
        td(problemText(e), 'text') +
        '</tr>',
    );
    return `<h3>${escapeHtml(targetListHeading(list.name, list.enterprises.length))}</h3>${table('targets', head, rows)}`;
  });
  const body = lists.length ? lists.join('') : `<p>${escapeHtml(NO_TARGETS)}</p>`;
  return `<section class="targets"><h2>${SECTIONS.targets}</h2>${body}</section>`;
}
