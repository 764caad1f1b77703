import { FileRejection } from '../../ingest/reasons.ts';
import { MAX_PART_ITEMS } from '../limits.ts';
import { READ_MESSAGES } from '../messages.ts';
import { attribute, parseXmlPart } from './xmlStream.ts';

/** A sheet as listed in xl/workbook.xml, in tab order. */
export interface SheetListing {
  name: string;
  relationshipId: string;
  /** `state="hidden"` or `"veryHidden"`: §5.3 looks at such sheets only when no visible one has the header. */
  hidden: boolean;
}

export interface WorkbookInfo {
  sheets: SheetListing[];
  /** `<workbookPr date1904="1">` (or `"true"`): date serials count from 1904-01-01 (§5.3). */
  date1904: boolean;
}

export async function readWorkbookPart(chunks: AsyncIterable<Buffer>): Promise<WorkbookInfo> {
  const info: WorkbookInfo = { sheets: [], date1904: false };
  let inSheets = false;
  await parseXmlPart(chunks, {
    open(name, attributes) {
      if (name === 'workbookPr') info.date1904 = isTrue(attributes.date1904);
      else if (name === 'sheets') inSheets = true;
      else if (name === 'sheet' && inSheets) {
        if (info.sheets.length >= MAX_PART_ITEMS)
          throw new FileRejection('FILE_TOO_LARGE', READ_MESSAGES.tooManyParts);
        const state = attributes.state;
        info.sheets.push({
          name: attributes.name ?? '',
          relationshipId: attribute(attributes, 'id') ?? '',
          hidden: state === 'hidden' || state === 'veryHidden',
        });
      }
    },
    text() {},
    close(name) {
      if (name === 'sheets') inSheets = false;
    },
  });
  return info;
}

function isTrue(value: string | undefined): boolean {
  return value === '1' || value === 'true';
}
