import { parse } from 'csv-parse/sync';
import { isBlankRow, withoutControlChars } from '../cellHygiene.ts';
import { HEADER_SEARCH_ROWS } from '../limits.ts';
import type { HeaderTest } from '../types.ts';
import { LINE_BREAKS } from './lineBreaks.ts';

export type CsvDelimiter = ',' | '\t';

/**
 * DATA-CONTRACT §5.2: comma, or tab when the header row has tabs and no commas (what Excel saves as
 * «Unicode text»). The header row is looked for in the first records of `sample` read as tab-separated.
 */
export function chooseDelimiter(sample: string, complete: boolean, isHeader: HeaderTest): CsvDelimiter {
  if (!sample.includes('\t')) return ',';
  let records: string[][];
  try {
    records = parse(complete ? sample : wholeLines(sample), {
      delimiter: '\t',
      record_delimiter: LINE_BREAKS,
      relax_column_count: true,
      relax_quotes: true,
    });
  } catch {
    return ',';
  }
  let seen = 0;
  for (const record of records) {
    const cells = record.map(withoutControlChars);
    if (isBlankRow(cells)) continue;
    if (++seen > HEADER_SEARCH_ROWS) break;
    if (cells.length > 1 && isHeader(cells)) return cells.some((cell) => cell.includes(',')) ? ',' : '\t';
  }
  return ',';
}

/** The sample up to its last line end, so that a record cut by the sampling is not parsed. */
function wholeLines(sample: string): string {
  const end = Math.max(sample.lastIndexOf('\n'), sample.lastIndexOf('\r'));
  return end === -1 ? sample : sample.slice(0, end + 1);
}
