/**
 * Writes a table as CSV the way Excel and department systems export it: GBK (Excel on Chinese
 * Windows), UTF-8 with a BOM, or plain UTF-8; CRLF or LF. Streams in chunks, so memory stays
 * bounded whatever the row count.
 */
import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import { encodeGbk } from './gbk.ts';
import { type OutCell, type RowCounts, type TableSpec, countRow, dateText } from './table.ts';

export type CsvEncoding = 'gbk' | 'utf8bom' | 'utf8';

export interface CsvOptions {
  encoding: CsvEncoding;
  lineEnd: '\r\n' | '\n';
}

const CHUNK = 256 * 1024;

function cellText(cell: OutCell): string {
  if (cell === null) return '';
  if (cell instanceof Date) return dateText(cell);
  const text = typeof cell === 'number' ? String(cell) : cell;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export async function writeCsv(path: string, table: TableSpec, options: CsvOptions): Promise<RowCounts> {
  const out = createWriteStream(path);
  const counts: RowCounts = { rows: 0, invalid: 0, duplicate: 0 };
  const width = table.header.length;
  let buffer = '';
  const flush = async (): Promise<void> => {
    if (!buffer) return;
    const bytes = options.encoding === 'gbk' ? encodeGbk(buffer) : Buffer.from(buffer, 'utf8');
    buffer = '';
    if (!out.write(bytes)) await once(out, 'drain');
  };
  if (options.encoding === 'utf8bom') buffer += '\uFEFF';
  for (const title of table.titles) buffer += cellText(title) + ','.repeat(width - 1) + options.lineEnd;
  buffer += table.header.map(cellText).join(',') + options.lineEnd;
  for (const row of table.rows) {
    countRow(counts, row);
    buffer += row.cells.map(cellText).join(',') + options.lineEnd;
    if (buffer.length >= CHUNK) await flush();
  }
  await flush();
  out.end();
  await once(out, 'finish');
  return counts;
}
