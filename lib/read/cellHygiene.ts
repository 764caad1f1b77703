import type { Cell } from './types.ts';

/** DATA-CONTRACT §5.2: control characters (NUL and the other C0 characters except tab) are removed. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point
const C0_EXCEPT_TAB = /[\u0000-\u0008\u000A-\u001F]/g;
// biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point
const HAS_C0_EXCEPT_TAB = /[\u0000-\u0008\u000A-\u001F]/;
const BLANK = /^\s*$/;

export function withoutControlChars(text: string): string {
  return HAS_C0_EXCEPT_TAB.test(text) ? text.replace(C0_EXCEPT_TAB, '') : text;
}

/** A cell a person sees as empty. */
export function isBlankCell(cell: Cell | undefined): boolean {
  return cell === null || cell === undefined || (typeof cell === 'string' && BLANK.test(cell));
}

/** §4.1: fully empty rows are skipped and not counted. */
export function isBlankRow(cells: readonly Cell[]): boolean {
  return cells.every(isBlankCell);
}
