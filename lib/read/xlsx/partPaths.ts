/**
 * Part names inside a workbook. OPC part names are case-insensitive; some Windows tools store `\`
 * separators or a leading `/`. Every name is compared in this one form.
 */
export function partKey(path: string): string {
  return path.replace(/\\/g, '/').replace(/^\/+/, '').toLowerCase();
}

export const WORKBOOK_PART = 'xl/workbook.xml';
export const WORKBOOK_RELATIONSHIPS_PART = 'xl/_rels/workbook.xml.rels';
/** Where writers put these parts; used only until the workbook's relationships say otherwise. */
export const USUAL_SHARED_STRINGS_PART = 'xl/sharedstrings.xml';
export const USUAL_STYLES_PART = 'xl/styles.xml';

/** A relationship target resolved against the folder of its source part (`xl/`). */
export function resolveTarget(baseFolder: string, target: string): string {
  const segments = target.startsWith('/') ? [] : baseFolder.split('/').filter(Boolean);
  for (const segment of target.replace(/\\/g, '/').split('/')) {
    if (segment === '' || segment === '.') continue;
    if (segment === '..') segments.pop();
    else segments.push(segment);
  }
  return partKey(segments.join('/'));
}
