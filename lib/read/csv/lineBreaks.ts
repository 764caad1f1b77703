/**
 * Every line end Excel accepts, in any mix within one file (§5.2: LF, CRLF and CR). `\r\n` comes first
 * so that it counts as one line end, not two.
 */
export const LINE_BREAKS = ['\r\n', '\n', '\r'];

const LINE_BREAK = /\r\n|\r|\n/g;

/** Line ends inside one cell. */
export function lineBreaksIn(cell: string): number {
  return cell.match(LINE_BREAK)?.length ?? 0;
}
