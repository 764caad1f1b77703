import { withoutControlChars } from '../cellHygiene.ts';

/**
 * OOXML writes characters XML cannot hold as `_xHHHH_` (Excel stores a cell's carriage return as
 * `_x000D_`); a literal `_xHHHH_` is written `_x005F_xHHHH_`. Decoded, then control characters are
 * removed as for CSV (§5.2).
 */
export function cellText(raw: string): string {
  const decoded = raw.includes('_x')
    ? raw.replace(ESCAPE, (_, hex: string) => String.fromCharCode(Number.parseInt(hex, 16)))
    : raw;
  return withoutControlChars(decoded);
}

const ESCAPE = /_x([0-9A-Fa-f]{4})_/g;
