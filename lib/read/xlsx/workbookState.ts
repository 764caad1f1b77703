import type { Row } from '../types.ts';
import type { WorkbookContext } from './cellValue.ts';
import {
  USUAL_SHARED_STRINGS_PART,
  USUAL_STYLES_PART,
  WORKBOOK_PART,
  WORKBOOK_RELATIONSHIPS_PART,
} from './partPaths.ts';
import type { Relationship } from './relationships.ts';
import type { SheetTab } from './sheetChoice.ts';
import type { DateStyles } from './styles.ts';
import type { WorkbookInfo } from './workbookPart.ts';

/**
 * What is known about a workbook across readings of it. Zip entries come in whatever order the writer
 * chose (Excel puts the shared strings after the sheets), so a sheet read before the parts it depends
 * on is looked at again in a later reading.
 */
export class WorkbookState {
  workbook: WorkbookInfo | undefined;
  relationships: Relationship[] | undefined;
  sharedStrings: string[] | undefined;
  dateStyles: DateStyles | undefined;
  /** A whole reading has been done: a part still missing is absent from the file. */
  complete = false;
  /** Sheet index → whether its header row was found. */
  readonly headerFound = new Map<number, boolean>();
  /** Sheet index → its first non-empty rows, to explain a missing header. */
  readonly candidates = new Map<number, Row[]>();
  private tabsByPart: Map<string, SheetTab> | undefined;

  /** The worksheets in tab order (chart and macro sheets are not tables). */
  tabs(): SheetTab[] {
    return [...this.sheetParts().values()].sort((a, b) => a.index - b.index);
  }

  roleOf(
    part: string,
  ):
    | { role: 'workbook' | 'relationships' | 'sharedStrings' | 'styles' | 'other' }
    | { role: 'sheet'; tab: SheetTab } {
    if (part === WORKBOOK_PART) return { role: 'workbook' };
    if (part === WORKBOOK_RELATIONSHIPS_PART) return { role: 'relationships' };
    if (part === this.partOfType('sharedStrings', USUAL_SHARED_STRINGS_PART))
      return { role: 'sharedStrings' };
    if (part === this.partOfType('styles', USUAL_STYLES_PART)) return { role: 'styles' };
    const tab = this.sheetParts().get(part);
    return tab ? { role: 'sheet', tab } : { role: 'other' };
  }

  /** Everything a sheet's cells depend on, once known. */
  context(): WorkbookContext | undefined {
    if (!this.workbook || !this.relationships) return undefined;
    const waiting =
      (this.sharedStrings === undefined && this.hasType('sharedStrings')) ||
      (this.dateStyles === undefined && this.hasType('styles'));
    if (waiting && !this.complete) return undefined;
    return {
      sharedStrings: this.sharedStrings ?? [],
      dateStyles: this.dateStyles ?? [],
      date1904: this.workbook.date1904,
    };
  }

  private sheetParts(): Map<string, SheetTab> {
    if (this.tabsByPart) return this.tabsByPart;
    const byPart = new Map<string, SheetTab>();
    if (!this.workbook || !this.relationships) return byPart;
    const worksheets = new Map(
      this.relationships.filter((r) => r.type === 'worksheet').map((r) => [r.id, r.part]),
    );
    this.workbook.sheets.forEach((sheet, index) => {
      const part = worksheets.get(sheet.relationshipId);
      if (part !== undefined && !byPart.has(part))
        byPart.set(part, { index, name: sheet.name, hidden: sheet.hidden, part });
    });
    this.tabsByPart = byPart;
    return byPart;
  }

  private hasType(type: string): boolean {
    return this.relationships?.some((r) => r.type === type) ?? false;
  }

  private partOfType(type: string, usual: string): string | undefined {
    if (!this.relationships) return usual;
    return this.relationships.find((r) => r.type === type)?.part;
  }
}
