import { FileRejection } from '../../ingest/reasons.ts';
import { MAX_PART_ITEMS } from '../limits.ts';
import { READ_MESSAGES } from '../messages.ts';
import { resolveTarget } from './partPaths.ts';
import { parseXmlPart } from './xmlStream.ts';

export interface Relationship {
  id: string;
  /** The last segment of the relationship type: `worksheet`, `sharedStrings`, `styles`, … */
  type: string;
  /** The target part, resolved and in `partKey` form. */
  part: string;
}

/** The workbook's relationships (xl/_rels/workbook.xml.rels): which part is which sheet, strings, styles. */
export async function readRelationships(
  chunks: AsyncIterable<Buffer>,
  baseFolder: string,
): Promise<Relationship[]> {
  const relationships: Relationship[] = [];
  await parseXmlPart(chunks, {
    open(name, attributes) {
      if (name !== 'Relationship' || attributes.TargetMode === 'External') return;
      if (relationships.length >= MAX_PART_ITEMS)
        throw new FileRejection('FILE_TOO_LARGE', READ_MESSAGES.tooManyParts);
      const type = attributes.Type ?? '';
      relationships.push({
        id: attributes.Id ?? '',
        type: type.slice(type.lastIndexOf('/') + 1),
        part: resolveTarget(baseFolder, attributes.Target ?? ''),
      });
    },
    text() {},
    close() {},
  });
  return relationships;
}
