import { MAX_COLUMNS } from '../limits.ts';

/** The column number (1-based) of a reference like `AB12`; undefined when it is not one. */
export function columnOf(reference: string): number | undefined {
  let column = 0;
  let i = 0;
  for (; i < reference.length; i++) {
    const code = reference.charCodeAt(i) & ~0x20; // upper-case
    if (code < 65 || code > 90) break;
    column = column * 26 + (code - 64);
  }
  if (i === 0 || column > MAX_COLUMNS) return undefined;
  return column;
}
