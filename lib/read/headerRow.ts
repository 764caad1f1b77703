import { HEADER_SEARCH_ROWS } from './limits.ts';
import type { HeaderTest, Row } from './types.ts';

export type HeaderSearch =
  | { found: true; header: Row; preamble: Row[] }
  | { found: false; candidates: Row[] };

/**
 * DATA-CONTRACT §4.1: the header row is the first row, within the first 10 non-empty ones, that passes
 * the kind's test; the rows above it (titles, `责任单位：…`) are the preamble. Pulls only as many rows as
 * it needs and leaves the iterator open: the rows after the header are the table's data.
 */
export async function findHeaderRow(rows: AsyncIterator<Row>, isHeader: HeaderTest): Promise<HeaderSearch> {
  const seen: Row[] = [];
  while (seen.length < HEADER_SEARCH_ROWS) {
    const next = await rows.next();
    if (next.done) break;
    if (isHeader(next.value.cells)) return { found: true, header: next.value, preamble: seen };
    seen.push(next.value);
  }
  return { found: false, candidates: seen };
}
