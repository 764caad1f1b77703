import { ROW_REASONS, type RowIssue, type RowReason } from '../ingest/reasons.ts';

/** A row issue with the clerk's message: the reason's text, then the detail in brackets (allowed values, …). */
export function rowIssue(
  row: number,
  column: string,
  value: string,
  code: RowReason,
  severity: RowIssue['severity'],
  detail?: string,
): RowIssue {
  const message = detail ? `${ROW_REASONS[code]}（${detail}）` : ROW_REASONS[code];
  return { row, column, value, code, severity, message };
}
