import type { RowIssue } from '../../lib/ingest/reasons.ts';
import { FileRejection } from '../../lib/ingest/reasons.ts';
import { kindParser, type ParseContext, type RowParser } from '../../lib/kinds/index.ts';
import type { Kind } from '../../lib/model/kinds.ts';
import type { RowOf } from '../../lib/model/rows.ts';
import type { Cell, Row } from '../../lib/read/types.ts';

/** Valid identifiers (check characters worked out for these tests). */
export const USCC = {
  a: '914403001922038216',
  b: '9144030071526726XG',
  c: '91350200MA2YJ1XR9G',
  d: '91330723MA2E000019',
  e: '91330723MA2E00002C',
} as const;
export const BAD_USCC = '914403001922038217';

export const ID = {
  man1990: '330723199001011239',
  woman1985: '330723198506150029',
  manX: '33072319900101101X',
} as const;

export const CONTEXT: ParseContext = { period: '2023-03', unit: null, today: '2023-04-10', date1904: false };

export function row(rowNumber: number, cells: Cell[], formulasWithoutValue?: number[]): Row {
  return formulasWithoutValue ? { rowNumber, cells, formulasWithoutValue } : { rowNumber, cells };
}

/** A table whose header is on row 1 and whose data rows are numbered from 2, as Excel shows them. */
export function start<K extends Kind>(
  kind: K,
  header: Cell[],
  context: Partial<ParseContext> = {},
  preamble: Row[] = [],
): RowParser<RowOf[K]> {
  const headerRow = row(preamble.length + 1, header);
  return kindParser(kind).begin(
    { header: headerRow, preamble, date1904: context.date1904 ?? false },
    { ...CONTEXT, ...context },
  );
}

export interface Parsed<R> {
  value?: R;
  issues: RowIssue[];
}

/** Parses data rows numbered from `firstRow`. */
export function parseRows<R>(parser: RowParser<R>, rows: Cell[][], firstRow = 2): Parsed<R>[] {
  return rows.map((cells, i) => parser.parse(row(firstRow + i, cells)));
}

export function codes(result: Parsed<unknown>): string[] {
  return result.issues.map((issue) => `${issue.severity}:${issue.code}`);
}

/** The FileRejection a call throws, or undefined when it throws none. */
export function rejectionOf(call: () => unknown): FileRejection | undefined {
  try {
    call();
  } catch (error) {
    if (error instanceof FileRejection) return error;
    throw error;
  }
  return undefined;
}

/** The accepted row of a result (fails the test when the row was rejected). */
export function accepted<R>(result: Parsed<R>): R {
  if (result.value === undefined) throw new Error(`row rejected: ${JSON.stringify(result.issues)}`);
  return result.value;
}
