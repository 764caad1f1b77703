/** The public shapes of row parsing (DATA-CONTRACT §3, §4); re-exported by `index.ts`. */
import type { FileRejection, RowIssue } from '../ingest/reasons.ts';
import type { Kind } from '../model/kinds.ts';
import type { HeaderTest, Row } from '../read/types.ts';

/** The newest cadres snapshot, for checking contact records (§3.9). */
export interface CadreRoster {
  ids: Set<string>;
  idsByName: Map<string, string[]>;
}

export interface ParseContext {
  /** The key's period, `YYYY-MM`. */
  period: string;
  /** The key's unit (township or department code), or null. */
  unit: string | null;
  /** `YYYY-MM-DD`: resident IDs may not be born later, event dates may not lie later. */
  today: string;
  date1904: boolean;
  cadres?: CadreRoster;
}

export interface RowParser<R> {
  /** `value` is undefined when an error issue exists (the row is rejected); warnings keep the row. */
  parse(row: Row): { value?: R; issues: RowIssue[] };
  /** The kind's key (§4.6); undefined for kinds whose rows are all counted. */
  duplicateKey(value: R): string | undefined;
}

export interface KindParser<R> {
  kind: Kind;
  /** True when the cells hold every required header (alias-aware). */
  isHeader: HeaderTest;
  /** Why no header row was found: MISSING_COLUMNS (naming what is missing and what was found), or NO_HEADER. */
  explainMissingHeader(candidates: Row[][]): FileRejection;
  /** Starts a table; may throw FileRejection (activity: UNIT_MISMATCH; contacts: NO_CADRE_ROSTER). */
  begin(table: { header: Row; preamble: Row[]; date1904: boolean }, ctx: ParseContext): RowParser<R>;
}
