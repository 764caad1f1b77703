/**
 * What a reader hands to ingestion: one table (a CSV file or one worksheet) as rows of cells,
 * starting after its detected header row. Readers never interpret values beyond their format.
 */
import type { Readable } from 'node:stream';

/**
 * A cell as the file holds it. Text stays text (a CSV cell is always a string); an XLSX number is a
 * number; an XLSX date cell is a Date at UTC midnight of the calendar day the cell shows.
 */
export type Cell = string | number | boolean | Date | null;

export interface Row {
  /** The row number a person sees in Excel (CSV: the 1-based record line where the record starts). */
  rowNumber: number;
  cells: Cell[];
  /** Column indexes holding a formula without a stored value (read as empty; reported as a warning). */
  formulasWithoutValue?: number[];
}

/** Something that can be read (more than once, for a second pass): a local file or an S3 object. */
export interface FileSource {
  /** The key (or path) for messages. */
  name: string;
  size: number;
  open(): Promise<Readable>;
}

export type FileFormat = 'csv' | 'xlsx';

export interface OpenedTable {
  format: FileFormat;
  /** Worksheet name (XLSX) — for reports. */
  sheetName?: string;
  /** The workbook uses the 1904 date system: numeric date serials count from 1904-01-01. */
  date1904: boolean;
  /** CSV only: the detected encoding (`utf-8`, `utf-16le`, `gb18030`, …). */
  encoding?: string;
  /** Rows above the header row (titles, `责任单位：…`), fully empty ones skipped. */
  preamble: Row[];
  header: Row;
  /** Rows below the header; fully empty rows are skipped and never counted. */
  rows: AsyncIterable<Row>;
  /** Bytes of the source consumed so far (for a progress bar). */
  bytesRead(): number;
}

/** Decides whether a row is the header row (holds every required header of the kind). */
export type HeaderTest = (cells: Cell[]) => boolean;
