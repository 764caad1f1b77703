import { Readable, pipeline } from 'node:stream';
import { CsvError, parse } from 'csv-parse';
import { FileRejection } from '../../ingest/reasons.ts';
import { isBlankCell, withoutControlChars } from '../cellHygiene.ts';
import { MAX_CSV_RECORD_CHARS } from '../limits.ts';
import { READ_MESSAGES } from '../messages.ts';
import type { Row } from '../types.ts';
import type { CsvDelimiter } from './delimiter.ts';
import { LINE_BREAKS, lineBreaksIn } from './lineBreaks.ts';
import { type CsvText, hasControlChars, hasQuote } from './textDecoding.ts';

/**
 * The records of a CSV text as rows (DATA-CONTRACT §5.2): cells are the strings as written with
 * control characters removed, never converted; fully empty records are skipped; a row's number is
 * the line its record starts on (LF, CRLF and CR in any mix). A syntax error rejects the file,
 * naming that line.
 */
export async function* csvRows(text: CsvText, delimiter: CsvDelimiter): AsyncGenerator<Row, void, undefined> {
  // Set as soon as a chunk holding control characters other than line ends goes to the parser: until
  // then (in almost every file) a cell needs cleaning only when it holds a line break.
  let dirty = false;
  // Likewise, until a chunk holding a quote goes to the parser, no cell can hold a line break.
  let quoted = false;
  // A syntax error does not stop the parser (skip_records_with_error): it is noted with the number of
  // records before it, and thrown once those have been read, so the line named is the line where the
  // faulty record starts. (Counting lines inside the parser, with on_record, cost a fifth of the reading.)
  let failure: { error: unknown; recordsBefore: number } | undefined;
  const parser = parse({
    delimiter,
    record_delimiter: LINE_BREAKS,
    // UTF-8 reaches the parser as bytes; its byte-order mark is not part of the first cell.
    bom: true,
    relax_column_count: true,
    // `12"34` and `"a"b` are kept as written, the way Excel reads them, instead of failing the file.
    relax_quotes: true,
    max_record_size: MAX_CSV_RECORD_CHARS,
    skip_empty_lines: false,
    skip_records_with_error: true,
    on_skip: (error) => {
      failure ??= { error, recordsBefore: parser.info.records };
    },
  });
  const watched = (async function* () {
    for await (const chunk of text) {
      if (!dirty && hasControlChars(chunk)) dirty = true;
      if (!quoted && hasQuote(chunk)) quoted = true;
      yield chunk;
    }
  })();
  pipeline(Readable.from(watched), parser, () => {
    // Errors reach the loop below through the parser.
  });
  let nextLine = 1;
  let records = 0;
  try {
    for await (const record of parser as AsyncIterable<string[]>) {
      if (failure && records >= failure.recordsBefore) break;
      records++;
      const rowNumber = nextLine;
      let blank = true;
      for (let i = 0; i < record.length; i++) {
        let cell = record[i] as string;
        if (dirty || (quoted && (cell.includes('\n') || cell.includes('\r')))) {
          nextLine += lineBreaksIn(cell);
          cell = withoutControlChars(cell);
          record[i] = cell;
        }
        if (blank && !isBlankCell(cell)) blank = false;
      }
      nextLine += 1;
      if (!blank) yield { rowNumber, cells: record };
    }
  } catch (error) {
    throw asSyntaxRejection(error, nextLine);
  } finally {
    parser.destroy();
  }
  if (failure) throw asSyntaxRejection(failure.error, nextLine);
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
