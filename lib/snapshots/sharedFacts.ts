import type { Dataset } from './dataset.ts';

/**
 * Keys of facts that several steps of one run derive from the same snapshots (Dataset.remember).
 *
 * Persons active in the pension scheme as of P (RULES 1.4, 2.1): the comparison of P reads them from
 * the insured roster, and the rollup's baseline B is exactly that set for P = (Y−1)-12.
 */
export function activeInPensionKey(dataset: Dataset, period: string): string {
  const snapshots = dataset.snapshotAsOf('insured', period);
  return `active-in-pension|${snapshots.map((s) => s.manifest.curatedKey).join(',')}`;
}
