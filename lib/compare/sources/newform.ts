import type { NewformRow } from '../../model/rows.ts';
import type { NameBook } from '../names.ts';

/** Enterprises in newform (新业态企业信息) as of P, with their workers when given. */
export async function readNewform(
  rows: AsyncIterable<NewformRow>,
  names: NameBook,
): Promise<Map<string, { workers: number | null }>> {
  const newform = new Map<string, { workers: number | null }>();
  for await (const row of rows) {
    names.offer('newform', row.creditCode, row.name);
    newform.set(row.creditCode, { workers: row.workers ?? null });
  }
  return newform;
}
