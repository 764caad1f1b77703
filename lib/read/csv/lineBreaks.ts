/**
 * Every line end Excel accepts, in any mix within one file (§5.2: LF, CRLF and CR). `\r\n` comes first
 * so that it counts as one line end, not two.
 */
export const LINE_BREAKS = ['\r\n', '\n', '\r'];

const LINE_BREAK = /\r\n|\r|\n/g;

/** Line ends inside the cells of a record: a quoted cell may span lines. */
export function lineBreaksWithin(cells: readonly string[]): number {
  let count = 0;
  for (const cell of cells) {
    if (cell.indexOf('\n') === -1 && cell.indexOf('\r') === -1) continue;
    count += cell.match(LINE_BREAK)?.length ?? 0;
  }
  return count;
}
