/**
 * Writes a table as an .xlsx workbook with ExcelJS's streaming writer: title rows merged across the
 * table's width, the header, then the rows, committed one by one so memory stays bounded. Workbook
 * properties and ZIP entry times are fixed to the file's authoring time, so the bytes depend on the
 * content only.
 */
import ExcelJS from 'exceljs';
import type { ShanghaiTime } from '../calendar.ts';
import { type RowCounts, type TableSpec, countRow, dateText } from './table.ts';
import { dosDateTime, fixZipTimestamps } from './zipTimestamps.ts';

export interface XlsxOptions {
  /** Who the workbook says created it (a department). */
  author: string;
  /** When the clerk saved it: workbook properties and ZIP entry times. */
  savedAt: ShanghaiTime;
  /**
   * About how many rows the file has. Excel writes shared strings and styled date cells; ExcelJS
   * writes those slowly, so a large file goes without styles (dates as text) and a very large one
   * also without shared strings (inline strings): still a valid workbook, many times faster.
   */
  estimatedRows: number;
}

const STYLED_ROWS_LIMIT = 5_000;
const SHARED_STRINGS_LIMIT = 20_000;

/** Whether a file of this many rows gets real date cells (otherwise its dates are written as text). */
export function hasDateCells(estimatedRows: number): boolean {
  return estimatedRows < STYLED_ROWS_LIMIT;
}

export async function writeXlsx(path: string, table: TableSpec, options: XlsxOptions): Promise<RowCounts> {
  const styled = hasDateCells(options.estimatedRows);
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({
    filename: path,
    useStyles: styled,
    useSharedStrings: options.estimatedRows < SHARED_STRINGS_LIMIT,
  });
  workbook.creator = options.author;
  workbook.lastModifiedBy = options.author;
  workbook.created = options.savedAt.instant;
  workbook.modified = options.savedAt.instant;
  const sheet = workbook.addWorksheet(table.sheetName);
  const width = table.header.length;
  sheet.columns = table.header.map((h) => ({ width: Math.max(10, Math.min(40, h.length * 2 + 4)) }));
  let rowNumber = 0;
  for (const title of table.titles) {
    rowNumber++;
    sheet.addRow([title]);
    if (width > 1) sheet.mergeCells(rowNumber, 1, rowNumber, width);
    sheet.getRow(rowNumber).commit();
  }
  sheet.addRow(table.header).commit();
  const counts: RowCounts = { rows: 0, invalid: 0, duplicate: 0 };
  for (const row of table.rows) {
    countRow(counts, row);
    sheet
      .addRow(
        row.cells.map((cell) =>
          cell === null ? undefined : cell instanceof Date && !styled ? dateText(cell) : cell,
        ),
      )
      .commit();
  }
  sheet.commit();
  await workbook.commit();
  const [time, date] = dosDateTime(wallClock(options.savedAt));
  await fixZipTimestamps(path, time, date);
  return counts;
}

function wallClock(at: ShanghaiTime): {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
} {
  const [date, time] = at.iso.split('T');
  const [year, month, day] = date.split('-').map(Number);
  const [hour, minute] = time.split(':').map(Number);
  return { year, month, day, hour, minute };
}
