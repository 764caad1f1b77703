import type { Kind } from '../model/kinds.ts';
import type { RowOf } from '../model/rows.ts';
import { Dataset } from './dataset.ts';
import type { Manifest } from './manifest.ts';

/** One upload given in memory: the manifest fields that matter plus its normalized rows. */
export type MemoryUpload<K extends Kind = Kind> = {
  kind: K;
  period: string;
  unit?: string | null;
  /** ISO instant; defaults to the 5th of the following month, 10:00 +08:00 — increasing with period. */
  receivedAt?: string;
  status?: 'accepted' | 'rejected';
  rows: RowOf[K][];
};

/**
 * A Dataset over uploads held in memory: the same selection rules as the stored one, for rule tests
 * and for computing on data that was just generated.
 */
export function memoryDataset(uploads: readonly MemoryUpload[]): Dataset {
  const rowsByKey = new Map<string, unknown[]>();
  const manifests: Manifest[] = uploads.map((u, index) => {
    const key = `${u.kind}/${u.period}/${u.unit ? `${u.unit}/` : ''}upload-${index}`;
    const version = `v${String(index).padStart(6, '0')}`;
    rowsByKey.set(key, u.rows);
    const status = u.status ?? 'accepted';
    return {
      key,
      kind: u.kind,
      period: u.period,
      unit: u.unit ?? null,
      version,
      contentHash: version,
      receivedAt: u.receivedAt ?? defaultReceipt(u.period),
      status,
      rows: u.rows.length,
      accepted: status === 'accepted' ? u.rows.length : 0,
      rejected: status === 'accepted' ? 0 : u.rows.length,
      warnings: 0,
      curatedKey: status === 'accepted' ? key : undefined,
    };
  });
  return new Dataset(manifests, async function* (m) {
    yield* rowsByKey.get(m.key) ?? [];
  });
}

function defaultReceipt(period: string): string {
  const [y, mo] = period.split('-').map(Number);
  const next = new Date(Date.UTC(y, mo, 5, 2, 0, 0)); // 10:00 Asia/Shanghai on the 5th of P+1
  return next.toISOString();
}
