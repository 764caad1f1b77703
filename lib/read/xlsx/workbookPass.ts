import type { ByteFeed } from '../byteFeed.ts';
import { findHeaderRow } from '../headerRow.ts';
import { MAX_EXPLAINED_SHEETS } from '../limits.ts';
import type { ClosableTable } from '../openedTable.ts';
import { InflateBudget } from '../sizeGuard.ts';
import { dataRows } from '../tableRows.ts';
import type { HeaderTest, Row } from '../types.ts';
import { partKey, WORKBOOK_PART } from './partPaths.ts';
import { readRelationships } from './relationships.ts';
import { readSharedStrings } from './sharedStrings.ts';
import { chooseSheet, preferenceOrder } from './sheetChoice.ts';
import { sheetRows } from './sheetRows.ts';
import { readDateStyles } from './styles.ts';
import { readWorkbookPart } from './workbookPart.ts';
import type { WorkbookState } from './workbookState.ts';
import { asXlsxRejection } from './xlsxRejection.ts';
import { ZipReader } from './zipReader.ts';

/**
 * One reading of the workbook's zip, front to back. Learns the parts it can, looks for the header
 * row in every sheet it is able to read, and as soon as the sheet to use is decided (§5.3) hands it
 * over as the table, its rows still streaming. Returns undefined when another reading is needed.
 */
export async function readWorkbookPass(
  feed: ByteFeed,
  bytes: AsyncGenerator<Buffer, void, undefined>,
  state: WorkbookState,
  isHeader: HeaderTest,
  maxBytes: number,
): Promise<ClosableTable | undefined> {
  const reader = new ZipReader(bytes, new InflateBudget(maxBytes));
  const entries = reader.entries();
  const release = async (): Promise<void> => {
    reader.abort();
    feed.close();
    await entries.return(undefined).catch(() => undefined);
  };
  let handedOver = false;
  try {
    for (;;) {
      const next = await entries.next();
      if (next.done) break;
      const part = partKey(next.value.path);
      const role = state.roleOf(part);
      const chunks = () => next.value.chunks();
      if (role.role === 'workbook' && !state.workbook) state.workbook = await readWorkbookPart(chunks());
      else if (role.role === 'relationships' && !state.relationships) {
        state.relationships = await readRelationships(
          chunks(),
          WORKBOOK_PART.slice(0, WORKBOOK_PART.lastIndexOf('/')),
        );
      } else if (role.role === 'sharedStrings' && !state.sharedStrings)
        state.sharedStrings = await readSharedStrings(chunks());
      else if (role.role === 'styles' && !state.dateStyles) state.dateStyles = await readDateStyles(chunks());
      else if (role.role === 'sheet') {
        const context = state.context();
        // A sheet known to lack the header is not read again.
        if (!context || state.headerFound.get(role.tab.index) === false) continue;
        const rows = sheetRows(chunks(), context);
        const search = await findHeaderRow(rows, isHeader);
        state.headerFound.set(role.tab.index, search.found);
        if (!search.found) {
          if (role.tab.index < MAX_EXPLAINED_SHEETS) state.candidates.set(role.tab.index, search.candidates);
        } else if (chooseSheet(preferenceOrder(state.tabs()), state.headerFound) === role.tab) {
          const data = dataRows(rejectionsOf(rows), search.header.cells.length, null, async (allRowsRead) => {
            try {
              // After the last row the rest of the archive is still read: a truncated file, or parts
              // inflating beyond the limit, reject the file even when its sheet came first (§5.4).
              if (allRowsRead) await readToEnd(entries);
            } catch (error) {
              throw asXlsxRejection(error);
            } finally {
              await release();
              await rows.return(undefined);
            }
          });
          handedOver = true;
          return {
            format: 'xlsx',
            sheetName: role.tab.name,
            date1904: context.date1904,
            preamble: search.preamble,
            header: search.header,
            rows: data.rows,
            bytesRead: feed.bytesRead,
            close: data.close,
          };
        }
        await rows.return(undefined);
      }
      // Entries not read here are drained (and counted) by the reader before the next one.
    }
    state.complete = true;
    return undefined;
  } catch (error) {
    throw asXlsxRejection(error);
  } finally {
    if (!handedOver) await release();
  }
}

/** The remaining entries, each drained and counted by the reader, up to the end of the archive. */
async function readToEnd(entries: AsyncGenerator<unknown, void, undefined>): Promise<void> {
  while (!(await entries.next()).done) {
    // drained by the reader
  }
}

/** Failures met while the caller iterates the rows are whole-file rejections too. */
async function* rejectionsOf(
  rows: AsyncGenerator<Row, void, undefined>,
): AsyncGenerator<Row, void, undefined> {
  try {
    yield* rows;
  } catch (error) {
    throw asXlsxRejection(error);
  }
}
