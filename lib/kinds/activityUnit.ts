import { FileRejection } from '../ingest/reasons.ts';
import { cellText } from '../normalize/cell.ts';
import { normalizeHeader, normalizeText } from '../normalize/text.ts';
import { matchTownship, townshipFromAddress } from '../normalize/township.ts';
import type { Row } from '../read/types.ts';
import { loadDepartments } from '../seeds/departments.ts';
import { loadTownships } from '../seeds/townships.ts';
import { UNIT_DETAIL } from './messages.ts';

/**
 * The 责任单位 of the activity form (DATA-CONTRACT §3.8). The unit is the key's; a 责任单位 naming a
 * different township rejects the file, one naming a county department, or this township by name,
 * alias or a longer form (`大田乡人民政府`), is fine.
 */
const LABEL = /责任单位\s*[:：]?\s*(.*)$/;

/** The name after `责任单位：` in the rows above the header — in the same cell or the next one. */
export function namedUnit(preamble: readonly Row[]): string | undefined {
  for (const row of preamble) {
    const texts = row.cells.map((cell) => normalizeText(cellText(cell)));
    for (let i = 0; i < texts.length; i++) {
      const match = LABEL.exec(texts[i]);
      if (!match) continue;
      const inCell = untilNextLabel(match[1]);
      if (inCell) return inCell;
      const next = texts.slice(i + 1).find((text) => text !== '');
      if (next && !next.includes(':')) return untilNextLabel(next);
    }
  }
  return undefined;
}

/** `大田乡  填报日期：2023-03-31` → `大田乡`. */
function untilNextLabel(text: string): string {
  const words: string[] = [];
  for (const word of text.split(/\s+/)) {
    if (word.includes(':')) break;
    words.push(word);
  }
  return words.join('');
}

/** Throws UNIT_MISMATCH when the named 责任单位 is another township than the key's unit. */
export function checkNamedUnit(named: string, unit: string | null): void {
  if (unit === null) return;
  const township = matchTownship(named) ?? townshipFromAddress(named);
  if (township === undefined || township === unit) return;
  if (namesDepartment(named)) return; // e.g. 县人力社保局驻桐琴镇工作组: a department's team
  throw new FileRejection('UNIT_MISMATCH', UNIT_DETAIL.mismatch(named, unitName(unit)));
}

function namesDepartment(named: string): boolean {
  const key = normalizeHeader(named);
  return loadDepartments().some(({ name }) => {
    const full = normalizeHeader(name);
    const short = full.replace(/^县/, '');
    return key.includes(full) || (short.length >= 3 && key.includes(short));
  });
}

function unitName(unit: string): string {
  return (
    loadTownships().find((t) => t.code === unit)?.name ??
    loadDepartments().find((d) => d.code === unit)?.name ??
    unit
  );
}
