import { FileRejection } from '../ingest/reasons.ts';
import type { Row } from '../read/types.ts';
import { type ColumnMatcher, headerAsFound } from './columns.ts';
import { HEADER_DETAIL } from './messages.ts';

/**
 * Why no header row was found (DATA-CONTRACT §3, §4.6): the candidate row that holds the most
 * required columns names what is missing and what it holds; with none at all, NO_HEADER.
 */
export function explainMissingHeader<F extends string>(
  matcher: ColumnMatcher<F>,
  candidates: Row[][],
): FileRejection {
  let best: { row: Row; met: number; unmet: F[][] } | undefined;
  for (const rows of candidates) {
    for (const row of rows) {
      const unmet = matcher.unmet(matcher.find(row.cells));
      const met = matcher.requirements.length - unmet.length;
      if (met > 0 && (!best || met > best.met)) best = { row, met, unmet };
    }
  }
  if (!best) {
    return new FileRejection(
      'NO_HEADER',
      HEADER_DETAIL.required(matcher.requirements.map((g) => matcher.requirementName(g))),
    );
  }
  const missing = best.unmet.map((group) => matcher.requirementName(group));
  const found = best.row.cells.map(headerAsFound).filter((text) => text !== '');
  return new FileRejection('MISSING_COLUMNS', HEADER_DETAIL.missing(missing, best.row.rowNumber, found));
}
