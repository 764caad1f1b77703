import { escapeHtml } from './escape.ts';

/** One table cell; the content is escaped here, so callers pass plain text. */
export function td(text: string | number | null | undefined, cls?: string, extra = ''): string {
  return `<td${cls ? ` class="${cls}"` : ''}${extra}>${escapeHtml(text)}</td>`;
}

export function th(text: string, extra = ''): string {
  return `<th${extra}>${escapeHtml(text)}</th>`;
}

export function table(cls: string, head: string, body: readonly string[]): string {
  return `<table class="${cls}"><thead>${head}</thead><tbody>${body.join('')}</tbody></table>`;
}
