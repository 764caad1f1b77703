import type { RegistryRow } from '../../model/rows.ts';
import type { NameBook } from '../names.ts';

/** What the registry (在册企业清单) says of one enterprise as of P. */
export interface RegistryEntry {
  status: RegistryRow['status'];
  township?: string;
  address?: string;
  aboveScale: boolean;
  stateOwned: boolean;
}

export async function readRegistry(
  rows: AsyncIterable<RegistryRow>,
  names: NameBook,
): Promise<Map<string, RegistryEntry>> {
  const registry = new Map<string, RegistryEntry>();
  for await (const row of rows) {
    names.offer('registry', row.creditCode, row.name);
    registry.set(row.creditCode, {
      status: row.status,
      township: row.township,
      address: row.address,
      aboveScale: row.aboveScale === true,
      stateOwned: row.stateOwned === true,
    });
  }
  return registry;
}
