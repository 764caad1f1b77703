import type { Kind } from '../model/kinds.ts';
import type { RowOf } from '../model/rows.ts';
import type { SnapshotData } from './dataset.ts';
import { rowKey } from './rowKeys.ts';

/**
 * The rows of several units' snapshots of one kind, united (snapshot kinds, and a month of a monthly kind)
 * (DATA-CONTRACT 1): where two units list the same row key, the later receipt wins — so a person's
 * wage line sent twice is not counted twice. `snapshots` come in receipt order. A single snapshot
 * (the usual case) is streamed as it is, without another layer of iteration.
 */
export function unitedRows<K extends Kind>(
  kind: K,
  snapshots: readonly SnapshotData<RowOf[K]>[],
): AsyncIterable<RowOf[K]> {
  return snapshots.length === 1 ? snapshots[0].rows() : unitedSnapshots(kind, snapshots);
}

/** Two passes that hold only keys, never rows, so a month of payroll (~200k rows) streams. */
async function* unitedSnapshots<K extends Kind>(
  kind: K,
  snapshots: readonly SnapshotData<RowOf[K]>[],
): AsyncIterable<RowOf[K]> {
  const winner = new Map<string, number>();
  for (const [index, snapshot] of snapshots.entries()) {
    for await (const row of snapshot.rows()) {
      const key = rowKey(kind, row);
      if (key !== undefined) winner.set(key, index);
    }
  }
  for (const [index, snapshot] of snapshots.entries()) {
    for await (const row of snapshot.rows()) {
      const key = rowKey(kind, row);
      if (key === undefined || winner.get(key) === index) yield row;
    }
  }
}
