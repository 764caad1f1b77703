import { Readable, pipeline } from 'node:stream';
import { CsvError, type Options, parse } from 'csv-parse';
import { FileRejection } from '../../ingest/reasons.ts';
import { isBlankRow, withoutControlChars } from '../cellHygiene.ts';
import { MAX_CSV_RECORD_CHARS } from '../limits.ts';
import { READ_MESSAGES } from '../messages.ts';
import type { Row } from '../types.ts';
import type { CsvDelimiter } from './delimiter.ts';
import { lineBreaksWithin } from './lineBreaks.ts';

/**
 * The records of a CSV text as rows (DATA-CONTRACT §5.2): cells are the strings as written with
 * control characters removed, never converted; fully empty records are skipped; a row's number is
 * the line its record starts on. A syntax error rejects the file, naming that line.
 */
export async function* csvRows(
  /** Decoded text whose line ends are all `\n` (see decodedLines). */
  text: AsyncIterable<string>,
  delimiter: CsvDelimiter,
): AsyncGenerator<Row, void, undefined> {
  // Line numbers are kept inside the parser, record by record as it parses, so that an error names
  // the right line even when records before it have not been consumed yet.
  let nextLine = 1;
  const options: Options<Row | null, string[]> = {
    delimiter,
    record_delimiter: '\n',
    relax_column_count: true,
    // `12"34` and `"a"b` are kept as written, the way Excel reads them, instead of failing the file.
    relax_quotes: true,
    max_record_size: MAX_CSV_RECORD_CHARS,
    skip_empty_lines: false,
    on_record: (record: string[]) => {
      const rowNumber = nextLine;
      nextLine += 1 + lineBreaksWithin(record);
      const cells = record.map(withoutControlChars);
      return isBlankRow(cells) ? null : { rowNumber, cells };
    },
  };
  // csv-parse's overloads type `on_record` as returning the record type; ours turns records into rows.
  const parser = parse(options as unknown as Options);
  pipeline(Readable.from(text), parser, () => {
    // Errors reach the loop below through the parser.
  });
  try {
    for await (const row of parser as AsyncIterable<Row>) yield row;
  } catch (error) {
    throw asSyntaxRejection(error, nextLine);
  } finally {
    parser.destroy();
  }
}

/** A parser error names the line where the record being parsed starts. */
function asSyntaxRejection(error: unknown, line: number): unknown {
  if (!(error instanceof CsvError)) return error;
  if (error.code === 'CSV_QUOTE_NOT_CLOSED')
    return new FileRejection('CSV_SYNTAX', READ_MESSAGES.csvQuoteNotClosed(line));
  if (error.code === 'CSV_MAX_RECORD_SIZE')
    return new FileRejection('CSV_SYNTAX', READ_MESSAGES.csvRecordTooLong(line));
  return new FileRejection('CSV_SYNTAX', READ_MESSAGES.csvMalformed(line));
}
