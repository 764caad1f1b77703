import type { Cell } from '../read/types.ts';
import { isBlankCell } from './cell.ts';
import { ABSENT, INVALID, ok, type Parsed } from './parsed.ts';
import { normalizeCode } from './text.ts';

/** Yes/no of DATA-CONTRACT §4.5: 是/否, Y/N (and YES/NO, any case), 1/0, √/×, and Excel TRUE/FALSE cells. */
const YES = new Set(['是', 'Y', 'YES', '1', '√']);
const NO = new Set(['否', 'N', 'NO', '0', '×']);

export function parseYesNo(cell: Cell): Parsed<boolean> {
  if (isBlankCell(cell)) return ABSENT;
  if (typeof cell === 'boolean') return ok(cell);
  if (typeof cell === 'number') return cell === 1 ? ok(true) : cell === 0 ? ok(false) : INVALID;
  if (typeof cell !== 'string') return INVALID;
  const value = normalizeCode(cell);
  if (YES.has(value)) return ok(true);
  if (NO.has(value)) return ok(false);
  return INVALID;
}
