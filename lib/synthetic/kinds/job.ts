/**
 * A file to write: its upload key, when the department sends it, what ingestion should make of it,
 * and how to write it.
 */
import type { Kind } from '../../model/kinds.ts';
import type { FileReason } from '../../ingest/reasons.ts';
import type { ShanghaiTime } from '../calendar.ts';
import type { CsvOptions } from '../writers/csvWriter.ts';
import { writeCsv } from '../writers/csvWriter.ts';
import type { RowCounts, TableSpec } from '../writers/table.ts';
import { writeXlsx } from '../writers/xlsxWriter.ts';

export type ExpectedStatus = 'accepted' | 'rejected' | 'duplicate';

export interface FileJob {
  key: string;
  kind: Kind;
  period: string;
  unit: string | null;
  receivedAt: ShanghaiTime;
  format: 'csv' | 'xlsx' | 'xls';
  /** CSV only. */
  encoding?: CsvOptions['encoding'];
  expectedStatus: ExpectedStatus;
  /** For a file rejected whole. */
  reason?: FileReason;
  /** The mess this file carries, in plain words, for whoever reads the expectations. */
  notes: string[];
  /** The key this file replaces (a corrected re-upload of the same snapshot). */
  replaces?: string;
  /** The key whose bytes this file repeats (expected `duplicate`). */
  copyOf?: string;
  write(path: string): Promise<RowCounts>;
}

export interface JobBase {
  kind: Kind;
  period: string;
  unit: string | null;
  fileName: string;
  receivedAt: ShanghaiTime;
  notes?: string[];
}

export function keyOf(base: JobBase): string {
  return [base.kind, base.period, ...(base.unit ? [base.unit] : []), base.fileName].join('/');
}

/** A CSV upload. The table is built lazily, when the file is written. */
export function csvJob(base: JobBase, options: CsvOptions, table: () => TableSpec): FileJob {
  return {
    key: keyOf(base),
    kind: base.kind,
    period: base.period,
    unit: base.unit,
    receivedAt: base.receivedAt,
    format: 'csv',
    encoding: options.encoding,
    expectedStatus: 'accepted',
    notes: base.notes ?? [],
    write: (path) => writeCsv(path, table(), options),
  };
}

/** An XLSX upload authored by `author` and saved at the receipt time; `estimatedRows` picks the writer's mode. */
export function xlsxJob(base: JobBase, author: string, table: () => TableSpec, estimatedRows = 0): FileJob {
  return {
    key: keyOf(base),
    kind: base.kind,
    period: base.period,
    unit: base.unit,
    receivedAt: base.receivedAt,
    format: 'xlsx',
    expectedStatus: 'accepted',
    notes: base.notes ?? [],
    write: (path) => writeXlsx(path, table(), { author, savedAt: base.receivedAt, estimatedRows }),
  };
}

/** `2023年1月` for file names and titles. */
export function monthLabel(period: string): string {
  return `${Number(period.slice(0, 4))}年${Number(period.slice(5, 7))}月`;
}
