import { FileRejection } from '../../ingest/reasons.ts';
import { openByteFeed } from '../byteFeed.ts';
import { readHead } from '../headBytes.ts';
import { HeaderNotFound } from '../headerNotFound.ts';
import { findHeaderRow } from '../headerRow.ts';
import { SNIFF_BYTES } from '../limits.ts';
import { READ_MESSAGES } from '../messages.ts';
import { isOleCompoundFile, isZip, looksBinary } from '../sniff.ts';
import { dataRows } from '../tableRows.ts';
import type { FileSource, HeaderTest } from '../types.ts';
import type { ClosableTable } from '../openedTable.ts';
import { csvRows } from './csvRows.ts';
import { chooseDelimiter } from './delimiter.ts';
import { type CsvEncoding, detectCsvEncoding, isUtf16 } from './encoding.ts';
import { csvText, decodeAll } from './textDecoding.ts';

/**
 * Opens a CSV file (DATA-CONTRACT §4.1, §5.2): checks that its bytes are text, detects the encoding
 * and the delimiter from its first 64 KiB, then streams its records; the header row is found before
 * this returns, the data rows are read as the caller iterates.
 */
export async function openCsv(
  source: FileSource,
  isHeader: HeaderTest,
  maxBytes: number,
): Promise<ClosableTable> {
  const feed = await openByteFeed(source, maxBytes);
  let handedOver = false;
  try {
    const head = await readHead(feed.chunks, SNIFF_BYTES);
    if (head.bytes.length === 0) throw new FileRejection('EMPTY_FILE');
    const encoding = detectCsvEncoding(head.bytes, head.complete);
    rejectIfNotText(head.bytes, encoding);
    const delimiter = chooseDelimiter(decodeAll(head.bytes, encoding), head.complete, isHeader);
    const rows = csvRows(csvText(head.all, encoding), delimiter);
    const search = await findHeaderRow(rows, isHeader);
    if (!search.found) {
      await rows.return(undefined);
      throw new HeaderNotFound([search.candidates]);
    }
    const data = dataRows(rows, search.header.cells.length, '', async () => feed.close());
    handedOver = true;
    const table: ClosableTable = {
      format: 'csv',
      date1904: false,
      encoding,
      preamble: search.preamble,
      header: search.header,
      rows: data.rows,
      bytesRead: feed.bytesRead,
      close: data.close,
    };
    return table;
  } finally {
    if (!handedOver) feed.close();
  }
}

/** §5.2: a workbook or other binary file named `.csv` is rejected with its own reason. */
function rejectIfNotText(head: Buffer, encoding: CsvEncoding): void {
  if (isZip(head)) throw new FileRejection('NOT_CSV', READ_MESSAGES.csvIsWorkbook);
  if (isOleCompoundFile(head)) throw new FileRejection('NOT_CSV', READ_MESSAGES.csvIsOffice);
  if (!isUtf16(encoding) && looksBinary(head)) throw new FileRejection('NOT_CSV', READ_MESSAGES.csvIsBinary);
}
