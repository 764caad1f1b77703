import type { CadreRow } from '../model/rows.ts';
import { normalizeHeader } from '../normalize/text.ts';
import type { CadreRoster } from './api.ts';

/**
 * The roster contacts are checked against (DATA-CONTRACT §3.9), from the rows of the newest cadres
 * snapshot: a cadre with several assignments has several rows but one id.
 */
export function buildCadreRoster(rows: Iterable<Pick<CadreRow, 'cadreId' | 'name'>>): CadreRoster {
  const ids = new Set<string>();
  const idsByName = new Map<string, string[]>();
  for (const { cadreId, name } of rows) {
    ids.add(cadreId);
    const list = idsByName.get(name) ?? [];
    if (!list.includes(cadreId)) list.push(cadreId);
    idsByName.set(name, list);
  }
  return { ids, idsByName };
}

/** Looks names up ignoring whitespace and width (`徐  杰` is `徐杰`). */
export function nameLookup(roster: CadreRoster): (name: string) => string[] {
  const byKey = new Map<string, string[]>();
  for (const [name, ids] of roster.idsByName) {
    const key = normalizeHeader(name);
    const list = byKey.get(key) ?? [];
    for (const id of ids) if (!list.includes(id)) list.push(id);
    byKey.set(key, list);
  }
  return (name) => byKey.get(normalizeHeader(name)) ?? [];
}
