import { KeyIndex } from './keyIndex.ts';
import type { z } from 'zod';
import type { RowIssue } from '../ingest/reasons.ts';
import type { Kind } from '../model/kinds.ts';
import type { Cell, Row } from '../read/types.ts';
import type { KindParser, ParseContext, RowParser } from './api.ts';
import { ColumnMatcher, type Columns } from './columns.ts';
import { explainMissingHeader } from './headerCheck.ts';
import { rowIssue } from './issues.ts';
import { DETAIL } from './messages.ts';
import { RowReader } from './rowReader.ts';

export interface TableStart {
  header: Row;
  preamble: Row[];
  date1904: boolean;
}

/** What builds a row: reads the fields through the reader; required fields may be undefined when an error was recorded. */
export type RowBuilder<R, F extends string> = (r: RowReader<F>) => { [K in keyof R]?: R[K] | undefined };

/** One kind of DATA-CONTRACT §3: its columns, how a row is built, its normalized row's schema, its key. */
export interface KindSpec<R, F extends string> {
  kind: Kind;
  columns: Columns<F>;
  /** Requirements met by any one of several columns (contacts: 干部编号 or 干部姓名). */
  oneOf?: F[][];
  /** Columns holding ID numbers, masked in reports (§4.6). */
  masked?: F[];
  schema: z.ZodType<R>;
  /** The key of §4.6 and the column that shows it in a DUPLICATE report. */
  key?: { of(value: R): string; field: F };
  /**
   * Checks the table as a whole (may throw FileRejection) and returns the row builder. `ctx.date1904`
   * is true when either the workbook or the caller says so.
   */
  begin(table: TableStart, ctx: ParseContext): RowBuilder<R, F>;
}

export function defineKind<R, F extends string>(spec: KindSpec<R, F>): KindParser<R> {
  const matcher = new ColumnMatcher(spec.columns, spec.oneOf);
  const masked = new Set(spec.masked ?? []);
  return {
    kind: spec.kind,
    isHeader: (cells: Cell[]) => matcher.unmet(matcher.find(cells)).length === 0,
    explainMissingHeader: (candidates) => explainMissingHeader(matcher, candidates),
    begin(table, ctx): RowParser<R> {
      const found = matcher.find(table.header.cells);
      const unmet = matcher.unmet(found);
      if (unmet.length > 0) throw explainMissingHeader(matcher, [[table.header]]);
      const build = spec.begin(table, { ...ctx, date1904: table.date1904 || ctx.date1904 });
      /** key → the row that first had it; the same row parsed again is not its own duplicate. */
      const firstRows = new KeyIndex();
      return {
        parse(row) {
          const r = new RowReader(row, found, spec.columns, masked);
          r.noteFormulasWithoutValue();
          const candidate = build(r);
          if (r.hasErrors()) return { issues: r.issues };
          const checked = spec.schema.safeParse(compact(candidate));
          if (!checked.success) {
            // A value the converters let through that the row's schema refuses: reject, never pass it on.
            const field = checked.error.issues[0]?.path[0];
            const column = typeof field === 'string' && field in spec.columns ? (field as F) : undefined;
            r.issues.push(
              rowIssue(
                row.rowNumber,
                column ? r.header(column) : '',
                column ? r.received(column) : '',
                'INVALID_VALUE',
                'error',
              ),
            );
            return { issues: r.issues };
          }
          const value = checked.data;
          const duplicate = spec.key ? duplicateIssue(spec.key, value, r, firstRows) : undefined;
          if (duplicate) return { issues: [...r.issues, duplicate] };
          return { value, issues: r.issues };
        },
        duplicateKey: (value) => spec.key?.of(value),
      };
    },
  };
}

/** §4.6: the first row with a key is kept, later ones are rejected as DUPLICATE. */
function duplicateIssue<R, F extends string>(
  key: { of(value: R): string; field: F },
  value: R,
  r: RowReader<F>,
  firstRows: KeyIndex,
): RowIssue | undefined {
  const first = firstRows.firstRowOf(key.of(value), r.row.rowNumber);
  if (first === r.row.rowNumber) return undefined;
  return rowIssue(
    r.row.rowNumber,
    r.header(key.field),
    r.received(key.field),
    'DUPLICATE',
    'error',
    DETAIL.duplicateOf(first),
  );
}

/** Absent fields are left out of the normalized row rather than set to undefined. */
function compact(candidate: Record<string, unknown>): object {
  // A plain loop: this runs for every row of every upload.
  const row: Record<string, unknown> = {};
  for (const field in candidate) if (candidate[field] !== undefined) row[field] = candidate[field];
  return row;
}
