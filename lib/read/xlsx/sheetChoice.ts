/** A worksheet of the workbook, in tab order. */
export interface SheetTab {
  /** Position among the workbook's sheets (tab order, 0-based). */
  index: number;
  name: string;
  hidden: boolean;
  /** Its part, in `partKey` form. */
  part: string;
}

/** DATA-CONTRACT §5.3: visible sheets first, in tab order; hidden sheets only after all of them. */
export function preferenceOrder(tabs: readonly SheetTab[]): SheetTab[] {
  return [...tabs.filter((tab) => !tab.hidden), ...tabs.filter((tab) => tab.hidden)];
}

/**
 * The sheet to read, given what is known so far (sheet index → whether its header row was found):
 * the first sheet in preference order that has one — decided only once every sheet before it is
 * known to have none.
 */
export function chooseSheet(
  order: readonly SheetTab[],
  headerFound: ReadonlyMap<number, boolean>,
): SheetTab | 'undecided' | 'none' {
  for (const tab of order) {
    const found = headerFound.get(tab.index);
    if (found === undefined) return 'undecided';
    if (found) return tab;
  }
  return 'none';
}
