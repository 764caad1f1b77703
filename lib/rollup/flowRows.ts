import type { Kind } from '../model/kinds.ts';
import type { RowOf } from '../model/rows.ts';
import type { Dataset } from '../snapshots/dataset.ts';
import type { CountingSpan } from './span.ts';

/** RULES 0 flow kinds: every row of the current snapshots whose period lies in Y-01 .. P. */
export async function* flowRowsInSpan<K extends Kind>(
  dataset: Dataset,
  kind: K,
  span: CountingSpan,
): AsyncIterable<RowOf[K]> {
  for (const snapshot of dataset.flow(kind, span.fromPeriod, span.toPeriod)) yield* snapshot.rows();
}
