import { KINDS, type Kind } from '../model/kinds.ts';
import type { Item, Table } from '../storage/ports.ts';
import type { Manifest } from './manifest.ts';

/**
 * Table layout for uploads:
 * - `MANIFEST#<kind>` / `<period>#<unit or ->#<receivedAt>#<version>` — one manifest per received
 *   version, sorted by period so "as of P" reads one partition per kind;
 * - `UPLOAD#<key>` / `<version>` — the outcome of processing one object version, written last, so an
 *   event delivered again is recognised as a duplicate and a step that failed half-way is redone.
 */
export interface UploadRecord {
  key: string;
  version: string;
  receivedAt: string;
  status: 'accepted' | 'rejected';
  kind: Kind | null;
  period: string | null;
  unit: string | null;
  rows: number;
  accepted: number;
  rejected: number;
  report: string | null;
  reason?: string;
}

export class ManifestStore {
  constructor(private readonly table: Table) {}

  async putManifest(manifest: Manifest): Promise<void> {
    await this.table.put({ pk: `MANIFEST#${manifest.kind}`, sk: manifestSortKey(manifest), ...manifest });
  }

  async manifests(kinds: readonly Kind[] = KINDS): Promise<Manifest[]> {
    const all = await Promise.all(kinds.map((kind) => this.table.query(`MANIFEST#${kind}`)));
    return all.flat().map(stripKeys<Manifest>);
  }

  async findUpload(key: string, version: string): Promise<UploadRecord | undefined> {
    const item = await this.table.get(`UPLOAD#${key}`, version);
    return item && stripKeys<UploadRecord>(item);
  }

  /** Records the outcome; false when another delivery of the same version recorded it first. */
  async recordUpload(record: UploadRecord): Promise<boolean> {
    return this.table.put({ pk: `UPLOAD#${record.key}`, sk: record.version, ...record }, { ifNotExists: true });
  }

  /** Every processed version of one key. */
  async uploadsOf(key: string): Promise<UploadRecord[]> {
    return (await this.table.query(`UPLOAD#${key}`)).map(stripKeys<UploadRecord>);
  }
}

function manifestSortKey(m: Manifest): string {
  return `${m.period}#${m.unit ?? '-'}#${m.receivedAt}#${m.version}`;
}

function stripKeys<T>(item: Item): T {
  const { pk: _pk, sk: _sk, ...rest } = item;
  return rest as T;
}
