import { FileRejection } from '../../ingest/reasons.ts';
import { MAX_PART_ITEMS } from '../limits.ts';
import { READ_MESSAGES } from '../messages.ts';
import { isDateFormat } from './numberFormats.ts';
import { parseXmlPart } from './xmlStream.ts';

/** For each cell format (a cell's `s` attribute indexes `<cellXfs>`): whether it shows a date. */
export type DateStyles = readonly boolean[];

export async function readDateStyles(chunks: AsyncIterable<Buffer>): Promise<DateStyles> {
  const formatCodes = new Map<number, string>();
  const cellFormats: number[] = [];
  let inNumberFormats = false;
  let inCellFormats = false;
  await parseXmlPart(chunks, {
    open(name, attributes) {
      if (name === 'numFmts') inNumberFormats = true;
      else if (name === 'cellXfs') inCellFormats = true;
      else if (name === 'numFmt' && inNumberFormats) {
        formatCodes.set(Number(attributes.numFmtId), attributes.formatCode ?? '');
      } else if (name === 'xf' && inCellFormats) {
        if (cellFormats.length >= MAX_PART_ITEMS)
          throw new FileRejection('FILE_TOO_LARGE', READ_MESSAGES.tooManyParts);
        cellFormats.push(Number(attributes.numFmtId ?? 0));
      }
    },
    text() {},
    close(name) {
      if (name === 'numFmts') inNumberFormats = false;
      else if (name === 'cellXfs') inCellFormats = false;
    },
  });
  return cellFormats.map((id) => isDateFormat(id, formatCodes.get(id)));
}
