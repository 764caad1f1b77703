/**
 * One CSV cell that spreadsheet programs will show as text, never run (DATA-CONTRACT §5.6): values
 * that start with =, +, - or @ (also after trimming and NFKC, so a full-width ＝ counts) get a
 * leading apostrophe; cells are quoted when they hold separators, quotes or line breaks.
 */
export function csvCell(value: string | number | null | undefined): string {
  if (value === null || value === undefined) return '';
  let text = String(value);
  if (typeof value === 'string' && looksLikeFormula(text)) text = `'${text}`;
  return /[",\r\n\t]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function looksLikeFormula(text: string): boolean {
  return /^[=+\-@]/.test(text.normalize('NFKC').trim());
}

export function csvLine(cells: (string | number | null | undefined)[]): string {
  return `${cells.map(csvCell).join(',')}\r\n`;
}

/** UTF-8 with BOM so that Excel on Chinese Windows opens the file with the right encoding. */
export const UTF8_BOM = '\uFEFF';
