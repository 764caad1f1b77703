import type { Kind } from '../model/kinds.ts';
import type { RowOf } from '../model/rows.ts';

/**
 * The key of a row within its kind (DATA-CONTRACT §4.6): duplicates within a file are judged by it,
 * and when snapshots of several units are united the later receipt's row wins per key (§1).
 * Kinds without a key (flow records such as subsidies, contacts) return undefined: every row counts.
 */
export const ROW_KEYS: { [K in Kind]: ((row: RowOf[K]) => string) | undefined } = {
  registry: (r) => r.creditCode,
  'tax-payroll': (r) => `${r.employerCode}|${r.idNumber}|${r.incomeType}`,
  'tax-employers': (r) => r.creditCode,
  insured: (r) => `${r.idNumber}|${r.scheme}`,
  newform: (r) => r.creditCode,
  survey: (r) => r.creditCode,
  cadres: (r) => `${r.cadreId}|${r.assignmentType}|${r.target}`,
  activity: (r) => r.activity,
  subsidies: undefined,
  contacts: undefined,
  enforcement: undefined,
};

export function rowKey<K extends Kind>(kind: K, row: RowOf[K]): string | undefined {
  const keyOf = ROW_KEYS[kind] as ((row: RowOf[K]) => string) | undefined;
  return keyOf?.(row);
}
