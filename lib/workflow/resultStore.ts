import { createHash } from 'node:crypto';
import { promisify } from 'node:util';
import { gunzipSync, gzip } from 'node:zlib';
import { DATA_PREFIX } from '../config/names.ts';
import type { Dataset } from '../snapshots/dataset.ts';
import type { ObjectStore } from '../storage/ports.ts';

const gzipAsync = promisify(gzip);

/**
 * Computed results stored per period (`results/<name>/<P>.json.gz`) with a fingerprint of the uploads
 * of periods ≤ P they were computed from, so later steps reuse them and never recompute from raw files — unless an
 * upload arrived since, in which case the fingerprint no longer matches.
 */
export function inputsFingerprint(dataset: Dataset, upTo: string): string {
  const hash = createHash('sha256');
  // Every rule reads periods ≤ P only (RULES 0), so later uploads leave P's result valid: last
  // December's comparison is computed once, not again each month.
  for (const m of dataset.currentManifests()) {
    if (m.period <= upTo) hash.update(`${m.key}\u0000${m.version}\u0000`);
  }
  return hash.digest('hex');
}

/** A fingerprint that also changes when the policy a result was computed under changes. */
export function withPolicy(fingerprint: string, policy: unknown): string {
  return createHash('sha256').update(fingerprint).update('\u0000').update(JSON.stringify(policy)).digest('hex');
}

interface Stored<T> {
  fingerprint: string;
  computedAt: string;
  value: T;
}

export function resultKey(name: string, period: string): string {
  return `${DATA_PREFIX.results}${name}/${period}.json.gz`;
}

export async function loadResult<T>(objects: ObjectStore, name: string, period: string): Promise<Stored<T> | undefined> {
  const bytes = await objects.get(resultKey(name, period));
  return bytes && (JSON.parse(gunzipSync(bytes).toString('utf8')) as Stored<T>);
}

export async function saveResult<T>(
  objects: ObjectStore,
  name: string,
  period: string,
  fingerprint: string,
  computedAt: Date,
  value: T,
): Promise<void> {
  const stored: Stored<T> = { fingerprint, computedAt: computedAt.toISOString(), value };
  // Level 1 on the thread pool: a county's comparison is tens of megabytes of JSON, written once a run.
  const bytes = await gzipAsync(JSON.stringify(stored), { level: 1 });
  await objects.put(resultKey(name, period), bytes, { contentType: 'application/gzip' });
}

/** The stored result when it was computed from exactly these uploads; else computes and stores it. */
export async function reuseOrCompute<T>(
  objects: ObjectStore,
  name: string,
  period: string,
  fingerprint: string,
  now: Date,
  compute: () => Promise<T>,
): Promise<{ value: T; reused: boolean }> {
  const stored = await loadResult<T>(objects, name, period);
  if (stored?.fingerprint === fingerprint) return { value: stored.value, reused: true };
  const value = await compute();
  await saveResult(objects, name, period, fingerprint, now, value);
  return { value, reused: false };
}
