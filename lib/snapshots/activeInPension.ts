import type { InsuredRow } from '../model/rows.ts';
import type { Dataset } from './dataset.ts';

/** RULES 1.4 / 2.2: «active in pension» — the enterprise pension scheme, status active. */
export function isActiveInPension(row: InsuredRow): boolean {
  return row.scheme === 'pension' && row.status === 'active';
}

/** Who is active in pension as of a period: any collection of ID numbers that answers `has`. */
export type PersonIds = Pick<ReadonlySet<string>, 'has'>;

/**
 * The persons active in pension as of `period`, found once per dataset: the comparison of P reads them
 * from the insured roster (1.4), and the rollup's baseline B (2.1) is exactly that set for
 * P = (Y−1)-12 — so the monthly run reads December's roster once for both.
 */
export function activeInPensionAsOf(
  dataset: Dataset,
  period: string,
  find: () => Promise<PersonIds>,
): Promise<PersonIds> {
  const snapshots = dataset.snapshotAsOf('insured', period);
  return dataset.remember(`active-in-pension|${snapshots.map((s) => s.manifest.curatedKey).join(',')}`, find);
}
