import { isBlankCell } from '../cellHygiene.ts';
import type { Cell, Row } from '../types.ts';
import { type RawCell, type WorkbookContext, readCell } from './cellValue.ts';
import { columnOf } from './cellReference.ts';
import { type XmlHandler, XmlStream } from './xmlStream.ts';

/**
 * The rows of one worksheet part, streamed: each `<row>` becomes a Row as soon as its XML has been
 * read, numbered as Excel numbers it. Fully empty rows are skipped (§4.1). Merged cells need nothing
 * special: Excel stores a merged range's value in its top-left cell only.
 */
export async function* sheetRows(
  chunks: AsyncGenerator<Buffer, void, undefined>,
  context: WorkbookContext,
): AsyncGenerator<Row, void, undefined> {
  const rows = new SheetDataHandler(context);
  const xml = new XmlStream(rows);
  try {
    for await (const chunk of chunks) {
      xml.write(chunk);
      yield* rows.takeReady();
      if (rows.finished) return; // what follows </sheetData> (merges, print setup) is not needed
    }
    xml.end();
    yield* rows.takeReady();
  } finally {
    await chunks.return(undefined);
  }
}

/** Turns the elements of `<sheetData>` into rows. */
class SheetDataHandler implements XmlHandler {
  finished = false;
  private ready: Row[] = [];
  private inSheetData = false;
  private rowNumber = 0;
  private rowCells: Array<{ column: number; value: Cell; formulaWithoutValue: boolean }> = [];
  private inRow = false;
  private column = 0;
  private cell: RawCell | undefined;
  private cellColumn: number | undefined;
  /** Where the text being read goes. */
  private target: 'value' | 'inline' | undefined;
  private phonetic = 0;

  constructor(private readonly context: WorkbookContext) {}

  takeReady(): Row[] {
    const rows = this.ready;
    this.ready = [];
    return rows;
  }

  open(name: string, attributes: Record<string, string>): void {
    if (!this.inSheetData) {
      if (name === 'sheetData') this.inSheetData = true;
      return;
    }
    switch (name) {
      case 'row': {
        // `r` is optional: without it a row follows the previous one.
        const declared = Number(attributes.r);
        this.rowNumber = Number.isInteger(declared) && declared > 0 ? declared : this.rowNumber + 1;
        this.rowCells = [];
        this.column = 0;
        this.inRow = true;
        break;
      }
      case 'c': {
        if (!this.inRow) break;
        const reference = attributes.r;
        this.cellColumn = reference === undefined ? this.column + 1 : columnOf(reference);
        this.cell = {
          type: attributes.t ?? 'n',
          style: attributes.s === undefined ? 0 : Number(attributes.s),
          hasFormula: false,
          value: null,
          inline: null,
        };
        break;
      }
      case 'f':
        if (this.cell) this.cell.hasFormula = true;
        break;
      case 'v':
        if (this.cell) {
          this.cell.value = '';
          this.target = 'value';
        }
        break;
      case 'is':
        if (this.cell) this.cell.inline = '';
        break;
      case 'rPh':
        this.phonetic++;
        break;
      case 't':
        if (this.cell && this.cell.inline !== null && this.phonetic === 0) this.target = 'inline';
        break;
    }
  }

  text(text: string): void {
    if (this.target === 'value' && this.cell) this.cell.value += text;
    else if (this.target === 'inline' && this.cell) this.cell.inline += text;
  }

  close(name: string): void {
    if (!this.inSheetData) return;
    switch (name) {
      case 'v':
      case 't':
        this.target = undefined;
        break;
      case 'rPh':
        this.phonetic--;
        break;
      case 'c':
        this.closeCell();
        break;
      case 'row':
        this.closeRow();
        break;
      case 'sheetData':
        this.inSheetData = false;
        this.finished = true;
        break;
    }
  }

  private closeCell(): void {
    const raw = this.cell;
    const column = this.cellColumn;
    this.cell = undefined;
    this.target = undefined;
    if (!raw || column === undefined) return; // a reference beyond column XFD: not a cell Excel can show
    this.column = column;
    const { value, formulaWithoutValue } = readCell(raw, this.context);
    if (value !== null || formulaWithoutValue) this.rowCells.push({ column, value, formulaWithoutValue });
  }

  private closeRow(): void {
    this.inRow = false;
    let width = 0;
    for (const cell of this.rowCells) width = Math.max(width, cell.column);
    const cells: Cell[] = new Array(width).fill(null);
    const formulasWithoutValue: number[] = [];
    for (const cell of this.rowCells) {
      cells[cell.column - 1] = cell.value;
      if (cell.formulaWithoutValue) formulasWithoutValue.push(cell.column - 1);
    }
    this.rowCells = [];
    if (cells.every(isBlankCell)) return;
    const row: Row = { rowNumber: this.rowNumber, cells };
    if (formulasWithoutValue.length > 0) row.formulasWithoutValue = formulasWithoutValue;
    this.ready.push(row);
  }
}
