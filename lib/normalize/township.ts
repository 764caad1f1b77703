import type { Cell } from '../read/types.ts';
import { loadTownships, type Township } from '../seeds/townships.ts';
import { cellText } from './cell.ts';
import { normalizeCode, normalizeHeader } from './text.ts';

/**
 * Townships (统筹区) in files, DATA-CONTRACT §2: a township cell matches by code, 9-digit code prefix,
 * name or alias after normalization; an address names the township whose name or alias occurs in it.
 */

/** Code (or 9-digit prefix) and every name and alias, normalized, → township code. */
interface TownshipIndex {
  byCode: Map<string, string>;
  byPrefix: Map<string, string>;
  byName: Map<string, string>;
  /** Names and aliases of 2+ characters, longest first, for address matching. */
  addressNames: { name: string; code: string }[];
}

let cached: { townships: Township[]; index: TownshipIndex } | undefined;

function index(): TownshipIndex {
  const townships = loadTownships();
  if (cached?.townships === townships) return cached.index;
  const built: TownshipIndex = {
    byCode: new Map(),
    byPrefix: new Map(),
    byName: new Map(),
    addressNames: [],
  };
  for (const t of townships) {
    built.byCode.set(normalizeCode(t.code), t.code);
    if (/^\d{12}$/.test(t.code)) built.byPrefix.set(t.code.slice(0, 9), t.code);
    for (const name of [t.name, ...t.aliases]) {
      const key = normalizeHeader(name);
      built.byName.set(key, t.code);
      if (key.length >= 2) built.addressNames.push({ name: key, code: t.code });
    }
  }
  built.addressNames.sort((a, b) => b.name.length - a.name.length);
  cached = { townships, index: built };
  return built;
}

/**
 * The township code a cell names: its code (`330723102000`, `330723-KFQ`), the 9-digit prefix of the
 * code (`330723102`, also a 12-digit village code starting with it), its name or an alias.
 */
export function matchTownship(cell: Cell | string): string | undefined {
  const text = cellText(cell);
  const { byCode, byPrefix, byName } = index();
  const code = normalizeCode(text);
  const exact = byCode.get(code);
  if (exact) return exact;
  if (/^\d{9}(?:\d{3})?$/.test(code)) {
    const prefixed = byPrefix.get(code.slice(0, 9));
    if (prefixed) return prefixed;
  }
  return byName.get(normalizeHeader(text));
}

/**
 * The township an address lies in: the longest name or alias (2+ characters) occurring in it; of
 * equally long ones, the one mentioned first. `开发区`/`经济开发区` are aliases of 330723-KFQ.
 */
export function townshipFromAddress(address: string): string | undefined {
  const text = normalizeHeader(address);
  let best: { length: number; position: number; code: string } | undefined;
  for (const { name, code } of index().addressNames) {
    if (best && name.length < best.length) break;
    const position = text.indexOf(name);
    if (position < 0) continue;
    if (!best || position < best.position) best = { length: name.length, position, code };
  }
  return best?.code;
}

export function isTownshipCode(code: string): boolean {
  return index().byCode.get(code) === code;
}
