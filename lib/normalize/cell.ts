import type { Cell } from '../read/types.ts';
import { normalizeText } from './text.ts';

/**
 * The string form of a cell as received — what a rejection report shows (DATA-CONTRACT §4.6).
 * Date cells (UTC midnight of the day shown) print as `YYYY-MM-DD`.
 */
export function cellText(cell: Cell | undefined): string {
  if (cell === null || cell === undefined) return '';
  if (typeof cell === 'string') return cell;
  if (typeof cell === 'number') return String(cell);
  if (typeof cell === 'boolean') return cell ? 'TRUE' : 'FALSE';
  return Number.isNaN(cell.getTime()) ? '' : cell.toISOString().slice(0, 10);
}

/** Empty, or nothing but whitespace and control characters: the value is absent (§4.5, §4.7). */
export function isBlankCell(cell: Cell | undefined): boolean {
  if (cell === null || cell === undefined) return true;
  if (typeof cell === 'string') {
    // Fast path: a visible ASCII character first is never removed by normalization.
    const first = cell.charCodeAt(0);
    if (first > 0x20 && first < 0x7f) return false;
    return normalizeText(cell) === '';
  }
  return false;
}
