import type { Worksheet } from 'exceljs';

/** What a report cell may hold: text, a number, or nothing. Never a formula (DATA-CONTRACT 5.6). */
export type CellValue = string | number | null;

export const FMT = {
  percent1: '0.0%',
  percent2: '0.00%',
  score: '0.0',
  integer: '0',
  decimal1: '0.0',
  money: '#,##0.00',
  text: '@',
} as const;

/** RULES/DATA-CONTRACT 5.6: text that a spreadsheet would take for a formula, also after trim and NFKC. */
export function looksLikeFormula(value: string): boolean {
  return /^[=+\-@]/.test(value.trim()) || /^[=+\-@]/.test(value.normalize('NFKC').trim());
}

const THIN = { style: 'thin' as const };
const BORDER = { top: THIN, left: THIN, bottom: THIN, right: THIN };

/**
 * Writes one cell. Text goes in as a plain string — a string cell, never `{ formula }` — and
 * formula-like text also gets the Text number format so that editing the cell in Excel keeps it text.
 */
export function put(ws: Worksheet, row: number, col: number, value: CellValue, numFmt?: string): void {
  const cell = ws.getCell(row, col);
  if (value === null) {
    cell.value = null;
  } else if (typeof value === 'number') {
    cell.value = Number.isFinite(value) ? value : null;
    if (numFmt) cell.numFmt = numFmt;
  } else {
    cell.value = String(value);
    if (looksLikeFormula(value)) cell.numFmt = FMT.text;
  }
  cell.border = BORDER;
  cell.alignment = { vertical: 'middle', wrapText: typeof value === 'string' };
}

export function putHeader(ws: Worksheet, row: number, col: number, text: string): void {
  put(ws, row, col, text);
  const cell = ws.getCell(row, col);
  cell.font = { bold: true };
  cell.alignment = { vertical: 'middle', horizontal: 'center', wrapText: true };
  cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFDDEBF7' } };
}

/** A title line merged over `width` columns. */
export function putTitle(ws: Worksheet, row: number, width: number, text: string, size = 14): void {
  const cell = ws.getCell(row, 1);
  cell.value = text;
  cell.font = { bold: true, size };
  cell.alignment = { vertical: 'middle', horizontal: 'left' };
  if (width > 1) ws.mergeCells(row, 1, row, width);
}

/** A table: headers at `row`, then the rows; returns the next free row. */
export function putTable(
  ws: Worksheet,
  row: number,
  headers: readonly string[],
  rows: readonly (readonly CellValue[])[],
  formats: readonly (string | undefined)[] = [],
): number {
  for (const [i, h] of headers.entries()) putHeader(ws, row, i + 1, h);
  for (const [r, values] of rows.entries()) {
    for (const [c, v] of values.entries()) put(ws, row + 1 + r, c + 1, v, formats[c]);
  }
  return row + 1 + rows.length;
}

export function widths(ws: Worksheet, values: readonly number[]): void {
  values.forEach((w, i) => {
    ws.getColumn(i + 1).width = w;
  });
}
