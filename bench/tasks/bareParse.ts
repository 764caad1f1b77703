/**
 * The bare parser alone on the same file, the yardstick of ingestion's throughput: csv-parse (after
 * iconv-lite for GBK) or ExcelJS's streaming WorkbookReader, every record read and its values taken,
 * nothing normalized, validated or written.
 */
import { createReadStream } from 'node:fs';
import { parse } from 'csv-parse';
import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';
import { cpuSecondsSince } from './cpu.ts';

export interface BareParseArgs {
  path: string;
  format: 'csv-gbk' | 'csv-utf8' | 'xlsx';
}

export interface BareParseResult {
  /** Data rows (records after the header). */
  rows: number;
  seconds: number;
  cpuSeconds: number;
}

/** The same read size as our file source (lib/read/fileSource.ts). */
const READ_CHUNK = 256 * 1024;

export async function bareParse(args: BareParseArgs): Promise<BareParseResult> {
  const started = performance.now();
  const cpu = process.cpuUsage();
  const records =
    args.format === 'xlsx' ? await xlsxRows(args.path) : await csvRecords(args.path, args.format);
  return {
    rows: records - 1,
    seconds: (performance.now() - started) / 1000,
    cpuSeconds: cpuSecondsSince(cpu),
  };
}

async function csvRecords(path: string, format: 'csv-gbk' | 'csv-utf8'): Promise<number> {
  const bytes = createReadStream(path, { highWaterMark: READ_CHUNK });
  const text: NodeJS.ReadableStream = format === 'csv-gbk' ? bytes.pipe(iconv.decodeStream('gbk')) : bytes;
  const parser = text.pipe(parse({ bom: true, relax_column_count: true, relax_quotes: true }));
  let count = 0;
  for await (const record of parser as AsyncIterable<string[]>) {
    if (record.length > 0) count++;
  }
  return count;
}

async function xlsxRows(path: string): Promise<number> {
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(path, {
    worksheets: 'emit',
    sharedStrings: 'cache',
    styles: 'cache',
    hyperlinks: 'ignore',
    entries: 'ignore',
  });
  let count = 0;
  for await (const worksheet of reader) {
    for await (const row of worksheet) {
      if (Array.isArray(row.values) && row.values.length > 0) count++;
    }
  }
  return count;
}
