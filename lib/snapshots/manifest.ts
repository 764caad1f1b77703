import type { Kind } from '../model/kinds.ts';

/**
 * The record of one received upload (ARCHITECTURE: "manifest"): what it is, when it arrived, what
 * came of it. Kept for every upload whose key names a kind and period, accepted or not, so the
 * history survives replacement (DATA-CONTRACT §1).
 */
export interface Manifest {
  key: string;
  kind: Kind;
  /** The period (所属期) `YYYY-MM`. */
  period: string;
  /** Township or department code, or null for a county-wide upload. */
  unit: string | null;
  /** S3 object version id in the cloud; the content's sha256 locally. */
  version: string;
  /** Content hash: sha256 of the bytes locally, the ETag in S3 (equal bytes → equal hash). */
  contentHash: string;
  /** Receipt time as an ISO instant (S3 upload time; locally the file's modification time). */
  receivedAt: string;
  status: 'accepted' | 'rejected';
  rows: number;
  accepted: number;
  rejected: number;
  warnings: number;
  /** Where the normalized rows are (accepted uploads only). */
  curatedKey?: string;
  /** Rejection report object key, when one was written. */
  reportKey?: string;
  /** Whole-file rejection reason (Chinese), when rejected whole. */
  reason?: string;
}

/** A snapshot is identified by (kind, period, unit-or-none) — DATA-CONTRACT §1. */
export function snapshotId(m: Pick<Manifest, 'kind' | 'period' | 'unit'>): string {
  return `${m.kind}|${m.period}|${m.unit ?? ''}`;
}

/** Receipt order: receivedAt, then version, then key — total and deterministic. */
export function byReceipt(a: Manifest, b: Manifest): number {
  return cmp(a.receivedAt, b.receivedAt) || cmp(a.version, b.version) || cmp(a.key, b.key);
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
