import { FileRejection } from '../../ingest/reasons.ts';
import { MAX_SHARED_STRINGS_MEMORY } from '../limits.ts';
import { READ_MESSAGES } from '../messages.ts';
import { cellText } from './ooxmlText.ts';
import { parseXmlPart } from './xmlStream.ts';

/** Rough cost of one held string beyond its characters (header, array slot). */
const PER_STRING_OVERHEAD = 48;

/**
 * The workbook's shared strings (xl/sharedStrings.xml), the texts cells point to by index. Rich text
 * becomes plain text (its runs joined); phonetic guides (`<rPh>`) are not part of the text. Held in
 * memory while a sheet is read, so their estimated size is bounded (§5.4).
 */
export async function readSharedStrings(
  chunks: AsyncIterable<Buffer>,
  maxMemory: number = MAX_SHARED_STRINGS_MEMORY,
): Promise<string[]> {
  const strings: string[] = [];
  let memory = 0;
  let current: string | undefined;
  let phonetic = 0;
  let inText = false;
  await parseXmlPart(chunks, {
    open(name) {
      if (name === 'si') current = '';
      else if (name === 'rPh') phonetic++;
      else if (name === 't' && current !== undefined && phonetic === 0) inText = true;
    },
    text(text) {
      if (inText) current += text;
    },
    close(name) {
      if (name === 't') inText = false;
      else if (name === 'rPh') phonetic--;
      else if (name === 'si' && current !== undefined) {
        const text = cellText(current);
        memory += text.length * 2 + PER_STRING_OVERHEAD;
        if (memory > maxMemory) throw new FileRejection('FILE_TOO_LARGE', READ_MESSAGES.tooManyTexts);
        strings.push(text);
        current = undefined;
      }
    },
  });
  return strings;
}
