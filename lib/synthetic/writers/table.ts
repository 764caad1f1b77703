/** One upload file's content, in the shape both writers take. */

/** A cell as written: text, a number (a numeric cell in XLSX), a date (a date cell in XLSX), or empty. */
export type OutCell = string | number | Date | null;

/** Rows that ingestion must reject (invalid) or drop as a repeat (duplicate of an earlier row). */
export type RowMark = 'invalid' | 'duplicate';

export interface TableRow {
  cells: OutCell[];
  mark?: RowMark;
}

export interface TableSpec {
  sheetName: string;
  /** Rows above the header (titles, `责任单位：…`); in XLSX each is merged across the header's width. */
  titles: string[];
  header: string[];
  rows: Iterable<TableRow>;
}

export interface RowCounts {
  rows: number;
  invalid: number;
  duplicate: number;
}

export function countRow(counts: RowCounts, row: TableRow): void {
  counts.rows++;
  if (row.mark === 'invalid') counts.invalid++;
  else if (row.mark === 'duplicate') counts.duplicate++;
}

/** `YYYY-MM-DD` of a date cell (UTC calendar day). */
export function dateText(date: Date): string {
  return date.toISOString().slice(0, 10);
}
