import { cellText } from '../normalize/cell.ts';
import { parseDate } from '../normalize/date.ts';
import { parseNumber, tenThousandYuanToYuan } from '../normalize/number.ts';
import { parseResidentId } from '../normalize/residentId.ts';
import { normalizeCode, normalizeHeader, normalizeText } from '../normalize/text.ts';
import { matchTownship } from '../normalize/township.ts';
import { parseUscc } from '../normalize/uscc.ts';
import { parseYesNo } from '../normalize/yesNo.ts';
import { DETAIL } from './messages.ts';
import type { RowReader } from './rowReader.ts';

/**
 * Field converters (DATA-CONTRACT §4): each reads one field of a row, returns the normalized value,
 * or records why not. Empty in a required column and an invalid value in a required column reject
 * the row; an invalid value in an optional column is dropped with a warning (§4.7); negative counts
 * and amounts always reject the row (§4.5).
 */
export interface Need {
  /** Overrides the column's own requiredness (e.g. one of two columns is required). */
  required?: boolean;
}

function isRequired<F extends string>(r: RowReader<F>, field: F, need?: Need): boolean {
  return need?.required ?? r.required(field);
}

/** Free text (§4.4); a required one must not be empty. */
export function text<F extends string>(r: RowReader<F>, field: F, need?: Need): string | undefined {
  const value = normalizeText(cellText(r.cell(field)));
  if (value) return value;
  return isRequired(r, field, need) ? r.missing(field) : undefined;
}

/** A code (cadre number, a non-resident ID number): no whitespace, upper-case. */
export function code<F extends string>(r: RowReader<F>, field: F, need?: Need): string | undefined {
  const value = normalizeCode(cellText(r.cell(field)));
  if (value) return value;
  return isRequired(r, field, need) ? r.missing(field) : undefined;
}

export function uscc<F extends string>(r: RowReader<F>, field: F, need?: Need): string | undefined {
  const required = isRequired(r, field, need);
  if (r.blank(field)) return required ? r.missing(field) : undefined;
  const cell = r.cell(field);
  const value = parseUscc(cellText(cell));
  if (value) return value;
  return r.invalid(field, 'INVALID_USCC', required, typeof cell === 'number' ? DETAIL.numberCell : undefined);
}

/** A resident ID (§4.3): normalized, 15-digit ones upgraded; Excel's damage reported as such. */
export function residentId<F extends string>(
  r: RowReader<F>,
  field: F,
  today: string,
  need?: Need,
): string | undefined {
  const required = isRequired(r, field, need);
  if (r.blank(field)) return required ? r.missing(field) : undefined;
  const result = parseResidentId(r.cell(field), today);
  return result.ok ? result.id : r.invalid(field, result.code, required);
}

/** Yuan, ≥ 0; a column whose header says 万元 is converted (§3). */
export function money<F extends string>(r: RowReader<F>, field: F, need?: Need): number | undefined {
  const value = number(r, field, need);
  if (value === undefined) return undefined;
  return r.column(field)?.tenThousand ? tenThousandYuanToYuan(value) : value;
}

/** A count: an integer ≥ 0. */
export function count<F extends string>(r: RowReader<F>, field: F, need?: Need): number | undefined {
  const value = number(r, field, need);
  if (value === undefined || Number.isInteger(value)) return value;
  return r.invalid(field, 'NOT_INTEGER', isRequired(r, field, need), DETAIL.notIntegerIn(value));
}

function number<F extends string>(r: RowReader<F>, field: F, need?: Need): number | undefined {
  const required = isRequired(r, field, need);
  const parsed = parseNumber(r.cell(field));
  if (parsed.status === 'absent') return required ? r.missing(field) : undefined;
  if (parsed.status === 'invalid') return r.invalid(field, 'INVALID_NUMBER', required);
  if (parsed.negative) {
    r.error(field, 'NEGATIVE'); // §4.5: negative counts or amounts reject the row
    return undefined;
  }
  return parsed.value;
}

export interface DateRule extends Need {
  date1904: boolean;
  /** Records of events (contacts, inspections) cannot lie after today. */
  notAfter?: string;
}

export function date<F extends string>(r: RowReader<F>, field: F, rule: DateRule): string | undefined {
  const required = isRequired(r, field, rule);
  const parsed = parseDate(r.cell(field), rule.date1904);
  if (parsed.status === 'absent') return required ? r.missing(field) : undefined;
  if (parsed.status === 'invalid') return r.invalid(field, 'INVALID_DATE', required);
  if (rule.notAfter !== undefined && parsed.value > rule.notAfter) {
    return r.invalid(field, 'FUTURE_DATE', required, DETAIL.dateAfter(rule.notAfter));
  }
  return parsed.value;
}

export function yesNo<F extends string>(r: RowReader<F>, field: F, need?: Need): boolean | undefined {
  const required = isRequired(r, field, need);
  const parsed = parseYesNo(r.cell(field));
  if (parsed.status === 'absent') return required ? r.missing(field) : undefined;
  if (parsed.status === 'invalid') return r.invalid(field, 'INVALID_YES_NO', required);
  return parsed.value;
}

/** A township cell (§2) → its code. */
export function township<F extends string>(r: RowReader<F>, field: F, need?: Need): string | undefined {
  const required = isRequired(r, field, need);
  if (r.blank(field)) return required ? r.missing(field) : undefined;
  return matchTownship(r.cell(field)) ?? r.invalid(field, 'INVALID_TOWNSHIP', required);
}

/** A value from a closed list: the words a file may hold → the normalized value. */
export interface Choices<T> {
  values: ReadonlyMap<string, T>;
  /** The words named to the clerk when the value is not one of them. */
  allowed: readonly string[];
  /** Also accept a value that starts with one of the words (official texts like `存续（在营、开业、在册）`). */
  byPrefix?: boolean;
}

export function choices<T>(
  table: Record<string, T>,
  allowed: readonly string[],
  byPrefix = false,
): Choices<T> {
  const values = new Map<string, T>();
  for (const [word, value] of Object.entries(table)) values.set(normalizeHeader(word), value);
  return { values, allowed, byPrefix };
}

export function choice<F extends string, T>(
  r: RowReader<F>,
  field: F,
  list: Choices<T>,
  need?: Need,
): T | undefined {
  const required = isRequired(r, field, need);
  if (r.blank(field)) return required ? r.missing(field) : undefined;
  const word = normalizeHeader(cellText(r.cell(field)));
  const exact = list.values.get(word);
  if (exact !== undefined) return exact;
  if (list.byPrefix) {
    let best: { length: number; value: T } | undefined;
    for (const [known, value] of list.values) {
      if (word.startsWith(known) && (!best || known.length > best.length))
        best = { length: known.length, value };
    }
    if (best) return best.value;
  }
  return r.invalid(field, 'INVALID_VALUE', required, DETAIL.allowed(list.allowed));
}
