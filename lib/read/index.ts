/**
 * File readers (DATA-CONTRACT §4.1, §5.2–5.4): a department's CSV or XLSX upload as rows of cells,
 * streamed, starting after the detected header row.
 *
 * Usage:
 *
 *     const table = await openTable(source, 'xlsx', parser.isHeader);   // may throw, see below
 *     try {
 *       for await (const row of table.rows) { ... row.rowNumber, row.cells ... }
 *     } finally {
 *       await table.close();   // only needed when stopping before the last row; harmless otherwise
 *     }
 *
 * Thrown, by `openTable` or while iterating `rows`:
 * - `FileRejection` (lib/ingest/reasons.ts) — the file is rejected whole: EMPTY_FILE, FILE_TOO_LARGE,
 *   NOT_XLSX (not a zip, truncated, damaged — CRC checked —, no workbook inside), ENCRYPTED_WORKBOOK,
 *   XLS_FORMAT (an old .xls renamed .xlsx), NOT_CSV, CSV_SYNTAX (detail names the line), UNREADABLE
 *   (the source failed), SYMLINK (fileSourceFromPath). What is found late — a quote left open on line
 *   90,000, a damaged entry, parts after the sheet inflating beyond the limit — is thrown from the
 *   rows iterator (at the latest by its final `next()`); a small file may reject already in openTable.
 * - `HeaderNotFound` — no row within the first 10 non-empty rows passed `isHeader`; `candidates`
 *   holds those rows for each table examined (the CSV; or each worksheet in tab order, the first 20,
 *   named in `tableNames`).
 *
 * What the rows hold (types.ts):
 * - Fully empty rows (every cell empty or blank text) are skipped and never counted (§4.1); in a
 *   workbook, a row whose only content is formulas without stored values counts as empty too.
 * - Data rows are padded to the header's width ('' for CSV, null for XLSX); extra cells are kept.
 * - CSV: strings as written, never converted; C0 control characters except tab removed (§5.2) — the
 *   line breaks inside a quoted multi-line cell included; rowNumber is the line the record starts on.
 *   Encoding: byte-order mark (UTF-8, UTF-16 LE/BE), else valid UTF-8, else GB18030 — decided from the
 *   first 64 KiB. Delimiter: tab when the header row has tabs and no commas, else comma.
 * - XLSX: rowNumber is Excel's row number. Text (shared, inline, rich text joined, phonetic guides
 *   left out, `_x000D_` escapes decoded) with the same control characters removed, empty text as
 *   null; numbers as numbers (an ID typed as a number stays a number); cells with a date format
 *   (including Chinese built-in formats such as id 31, 57, 58) as a Date at UTC midnight of the day
 *   shown, in the workbook's date system — `date1904` is reported for plain numbers the caller reads
 *   as serials; time-only formats stay numbers; booleans; error cells as their text (`#N/A`); a
 *   formula by its stored result, or null with its column index (0-based) in `formulasWithoutValue`;
 *   a merged range's value in its top-left cell only. Sheet: the first visible sheet in tab order whose
 *   header row is found, hidden ones only when no visible one has it (§5.3).
 * - `bytesRead()` counts the source bytes of the current reading. A workbook whose parts come in an
 *   awkward order (Excel writes shared strings after the sheets; exceljs writes workbook.xml last) is
 *   read two or three times from the start; the count restarts with the reading that streams the rows.
 *
 * Bounds (limits.ts): a file over `maxBytes` (1 GiB), or a workbook whose parts inflate beyond it, is
 * FILE_TOO_LARGE, decided while streaming (declared sizes before inflating, actual bytes as they
 * inflate). Memory stays bounded — a row at a time plus a workbook's shared strings (capped at
 * ~160 MB estimated) — and nothing is written to disk.
 *
 * The .xlsx is read by a streaming zip reader of our own (xlsx/zipReader.ts) and saxes, not by
 * exceljs's WorkbookReader: that one garbles Chinese characters split between chunks, spools sheets
 * to temp files, and splits data-descriptor entries at the first chance signature match.
 */
import { checkFileSize } from './sizeGuard.ts';
import { openCsv } from './csv/openCsv.ts';
import { DEFAULT_MAX_BYTES } from './limits.ts';
import type { ClosableTable } from './openedTable.ts';
import type { FileFormat, FileSource, HeaderTest } from './types.ts';
import { openXlsx } from './xlsx/openXlsx.ts';

export { fileSourceFromBuffer, fileSourceFromPath } from './fileSource.ts';
export { HeaderNotFound } from './headerNotFound.ts';
export type { ClosableTable } from './openedTable.ts';

export interface OpenTableOptions {
  /** Largest file, and largest inflated workbook, accepted (default 1 GiB, DATA-CONTRACT §5.4). */
  maxBytes?: number;
}

/**
 * Opens an upload as a table: detects its real format problems, finds the header row, and returns
 * with the data rows ready to stream. `format` comes from the extension (§5.2); the content must match.
 */
export async function openTable(
  source: FileSource,
  format: FileFormat,
  isHeader: HeaderTest,
  options: OpenTableOptions = {},
): Promise<ClosableTable> {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  checkFileSize(source, maxBytes);
  return format === 'csv' ? openCsv(source, isHeader, maxBytes) : openXlsx(source, isHeader, maxBytes);
}
