import { FileRejection } from '../../ingest/reasons.ts';
import { openByteFeed } from '../byteFeed.ts';
import { readHead } from '../headBytes.ts';
import { HeaderNotFound } from '../headerNotFound.ts';
import { MAX_EXPLAINED_SHEETS } from '../limits.ts';
import { READ_MESSAGES } from '../messages.ts';
import type { ClosableTable } from '../openedTable.ts';
import { isOleCompoundFile, isZip } from '../sniff.ts';
import type { FileSource, HeaderTest } from '../types.ts';
import { oleRejection } from './oleFile.ts';
import { chooseSheet, preferenceOrder } from './sheetChoice.ts';
import { readWorkbookPass } from './workbookPass.ts';
import { WorkbookState } from './workbookState.ts';

/**
 * At most: one reading to learn the parts, one to look at every sheet, one to stream the chosen one
 * — and one more in case the file changed under us.
 */
const MAX_READINGS = 4;

/**
 * Opens an .xlsx workbook (DATA-CONTRACT §4.1, §5.2–5.4) and returns the first visible sheet whose
 * header row is found (hidden sheets only when no visible one has it), streaming its rows. The file
 * is read again from the start when the zip's order requires it — never buffered, never spooled.
 */
export async function openXlsx(
  source: FileSource,
  isHeader: HeaderTest,
  maxBytes: number,
): Promise<ClosableTable> {
  const state = new WorkbookState();
  for (let reading = 1; reading <= MAX_READINGS; reading++) {
    const feed = await openByteFeed(source, maxBytes);
    let bytes = feed.chunks;
    if (reading === 1) {
      try {
        bytes = await zipBytes(feed.chunks);
      } catch (error) {
        feed.close();
        throw error;
      }
    }
    const everythingKnown = state.complete;
    const table = await readWorkbookPass(feed, bytes, state, isHeader, maxBytes);
    if (table) return table;
    if (!state.workbook || !state.relationships)
      throw new FileRejection('NOT_XLSX', READ_MESSAGES.xlsxNoWorkbook);
    const tabs = state.tabs();
    if (everythingKnown) {
      // Every sheet the file holds has been looked at; one listed but missing has no header.
      for (const tab of tabs) if (!state.headerFound.has(tab.index)) state.headerFound.set(tab.index, false);
    }
    if (chooseSheet(preferenceOrder(tabs), state.headerFound) === 'none') {
      const explained = tabs.filter((tab) => tab.index < MAX_EXPLAINED_SHEETS);
      throw new HeaderNotFound(
        explained.map((tab) => state.candidates.get(tab.index) ?? []),
        explained.map((tab) => tab.name),
      );
    }
  }
  throw new FileRejection('UNREADABLE', READ_MESSAGES.changedWhileReading);
}

/** §5.2: the file must be a zip; an empty file, a protected workbook or an old .xls each get their reason. */
async function zipBytes(
  chunks: AsyncGenerator<Buffer, void, undefined>,
): Promise<AsyncGenerator<Buffer, void, undefined>> {
  const head = await readHead(chunks, 8);
  if (head.bytes.length === 0) {
    await head.all.return(undefined);
    throw new FileRejection('EMPTY_FILE');
  }
  if (isOleCompoundFile(head.bytes)) throw await oleRejection(head.all);
  if (!isZip(head.bytes)) {
    await head.all.return(undefined);
    throw new FileRejection('NOT_XLSX', READ_MESSAGES.xlsxNotZip);
  }
  return head.all;
}
