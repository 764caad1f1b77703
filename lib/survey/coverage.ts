import { townshipFromAddress } from '../normalize/township.ts';
import type { RegistryRow } from '../model/rows.ts';
import type { Dataset } from '../snapshots/dataset.ts';

/**
 * RULES 1.2, its first two steps: the registry's township cell, else the township named in the
 * registry address; undefined when neither says.
 */
export function registryTownship(row: RegistryRow): string | undefined {
  return row.township ?? (row.address === undefined ? undefined : townshipFromAddress(row.address));
}

/** The registry as of a month, reduced to what coverage needs. */
export interface ActiveRegistry {
  /** Every USCC active in the registry. */
  active: Set<string>;
  /** Township code → how many active enterprises the registry places there. */
  activeByTownship: Map<string, number>;
}

export async function activeRegistry(dataset: Dataset, period: string): Promise<ActiveRegistry> {
  const active = new Set<string>();
  const activeByTownship = new Map<string, number>();
  for await (const row of dataset.unitedAsOf('registry', period)) {
    if (row.status !== 'active' || active.has(row.creditCode)) continue;
    active.add(row.creditCode);
    const township = registryTownship(row);
    if (township !== undefined) activeByTownship.set(township, (activeByTownship.get(township) ?? 0) + 1);
  }
  return { active, activeByTownship };
}

/**
 * RULES 3.3: distinct USCCs in the township's survey snapshots of Y that are active in the registry,
 * over the registry's active enterprises of the township. Null when the township has not submitted
 * or the registry places no active enterprise there. Not rounded (RULES 0).
 */
export async function surveyCoverage(
  dataset: Dataset,
  year: number,
  township: string,
  submitted: boolean,
  registry: ActiveRegistry,
): Promise<number | null> {
  const denominator = registry.activeByTownship.get(township) ?? 0;
  if (!submitted || denominator === 0) return null;
  const surveyed = new Set<string>();
  for (const snapshot of dataset.flow('survey', `${year}-01`, `${year}-12`)) {
    if (snapshot.manifest.unit !== township) continue;
    for await (const row of snapshot.rows())
      if (registry.active.has(row.creditCode)) surveyed.add(row.creditCode);
  }
  return surveyed.size / denominator;
}
