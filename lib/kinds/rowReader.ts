import type { RowIssue, RowReason } from '../ingest/reasons.ts';
import { cellText, isBlankCell } from '../normalize/cell.ts';
import { maskId } from '../normalize/residentId.ts';
import type { Cell, Row } from '../read/types.ts';
import type { Columns, FoundColumn, FoundColumns } from './columns.ts';
import { rowIssue } from './issues.ts';

/**
 * One data row seen through the table's columns: reads a field's cell and records the row's issues
 * against the column as found in the file, the value as received (ID numbers masked, §4.6).
 */
export class RowReader<F extends string> {
  readonly issues: RowIssue[] = [];

  constructor(
    readonly row: Row,
    private readonly found: FoundColumns<F>,
    private readonly columns: Columns<F>,
    private readonly masked: ReadonlySet<F>,
  ) {}

  /** The table has this field's column. */
  has(field: F): boolean {
    return this.found[field] !== undefined;
  }

  column(field: F): FoundColumn | undefined {
    return this.found[field];
  }

  cell(field: F): Cell {
    const column = this.found[field];
    return column ? (this.row.cells[column.index] ?? null) : null;
  }

  blank(field: F): boolean {
    return isBlankCell(this.cell(field));
  }

  required(field: F): boolean {
    return this.columns[field].required === true;
  }

  /** The header as found in the file, else the field's first header name. */
  header(field: F): string {
    return this.found[field]?.header ?? this.columns[field].headers[0];
  }

  /** The value as received, in string form; ID numbers masked. */
  received(field: F): string {
    const text = cellText(this.cell(field)).trim();
    return this.masked.has(field) ? maskId(text) : text;
  }

  error(field: F, code: RowReason, detail?: string): void {
    this.issues.push(
      rowIssue(this.row.rowNumber, this.header(field), this.received(field), code, 'error', detail),
    );
  }

  warn(field: F, code: RowReason, detail?: string): void {
    this.issues.push(
      rowIssue(this.row.rowNumber, this.header(field), this.received(field), code, 'warning', detail),
    );
  }

  /** An invalid value: rejects the row in a required column, is dropped with a warning otherwise (§4.7). */
  invalid(field: F, code: RowReason, required: boolean, detail?: string): undefined {
    if (required) this.error(field, code, detail);
    else this.warn(field, code, detail);
    return undefined;
  }

  missing(field: F): undefined {
    this.error(field, 'REQUIRED_MISSING');
    return undefined;
  }

  hasErrors(): boolean {
    return this.issues.some((issue) => issue.severity === 'error');
  }

  /** Formula cells without a stored value read as empty, with a warning (§5.3), in the columns used. */
  noteFormulasWithoutValue(): void {
    const indexes = this.row.formulasWithoutValue ?? [];
    if (indexes.length === 0) return;
    for (const field of Object.keys(this.found) as F[]) {
      if (indexes.includes(this.found[field]?.index ?? -1)) this.warn(field, 'FORMULA_NO_VALUE');
    }
  }
}
