/**
 * The ways real exports differ from clean data while staying valid: full-width digits, spaces in IDs,
 * money as `12,345.00` or `5000元`, dates in every format clerks type, yes/no as 是/否, Y/N, 1/0, √/×,
 * townships by name, alias or code. And repeated rows, spread through a file.
 */
import type { Township } from '../seeds/townships.ts';
import type { Random } from './random.ts';
import type { TownshipCellStyle } from './model.ts';
import type { OutCell, TableRow } from './writers/table.ts';

/** ASCII digits and letters to their full-width forms (NFKC turns them back). */
export function fullWidth(text: string): string {
  return text.replace(/[0-9A-Za-z]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));
}

/** An 18-character ID typed with spaces between its parts. */
export function spaced(id: string): string {
  return `${id.slice(0, 6)} ${id.slice(6, 14)} ${id.slice(14)}`;
}

export type MoneyStyle = 'number' | 'plain' | 'thousands' | 'yuan';

export function money(amount: number, style: MoneyStyle): OutCell {
  switch (style) {
    case 'number':
      return amount;
    case 'thousands':
      return thousands(amount);
    case 'yuan':
      return `${amount}元`;
    default:
      return String(amount);
  }
}

/** `12,345.00` (toLocaleString is far too slow for a million cells). */
function thousands(amount: number): string {
  const cents = Math.round(Math.abs(amount) * 100);
  const whole = String(Math.floor(cents / 100)).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `${amount < 0 ? '-' : ''}${whole}.${String(cents % 100).padStart(2, '0')}`;
}

const isoByDay = new Map<number, string>();

/** `YYYY-MM-DD` of a day number (days since 1970-01-01), remembered: the same days recur a lot. */
export function isoOfDay(day: number): string {
  let iso = isoByDay.get(day);
  if (iso === undefined) {
    iso = new Date(day * 86_400_000).toISOString().slice(0, 10);
    isoByDay.set(day, iso);
  }
  return iso;
}

export type DateStyle = 'cell' | 'iso' | 'slash' | 'dot' | 'chinese' | 'compact' | 'serial';

/** A `YYYY-MM-DD` date as a clerk's file holds it. */
export function dateCell(iso: string, style: DateStyle): OutCell {
  const [y, m, d] = iso.split('-');
  switch (style) {
    case 'cell':
      return new Date(Date.UTC(Number(y), Number(m) - 1, Number(d)));
    case 'serial':
      // Excel 1900 system: 1970-01-01 is serial 25569.
      return Date.UTC(Number(y), Number(m) - 1, Number(d)) / 86_400_000 + 25_569;
    case 'slash':
      return `${Number(y)}/${Number(m)}/${Number(d)}`;
    case 'dot':
      return `${y}.${m}.${d}`;
    case 'chinese':
      return `${Number(y)}年${Number(m)}月${Number(d)}日`;
    case 'compact':
      return `${y}${m}${d}`;
    default:
      return iso;
  }
}

export type YesNoStyle = 'chinese' | 'letter' | 'digit' | 'tick';

export function yesNo(value: boolean, style: YesNoStyle): string {
  switch (style) {
    case 'letter':
      return value ? 'Y' : 'N';
    case 'digit':
      return value ? '1' : '0';
    case 'tick':
      return value ? '√' : '×';
    default:
      return value ? '是' : '否';
  }
}

/** A township as a registry or insured file names it. */
export function townshipCell(t: Township, style: TownshipCellStyle): string {
  const isZone = t.code.endsWith('-KFQ');
  switch (style) {
    case 'alias':
      return t.aliases[0] ?? t.name;
    case 'code12':
      return isZone ? t.name : t.code;
    case 'code9':
      return isZone ? t.aliases[0] : t.code.slice(0, 9);
    case 'empty':
      return '';
    default:
      return t.name;
  }
}

export interface MessPlan {
  /** Exact copies of earlier valid rows (rejected as DUPLICATE). */
  duplicates: number;
  /** Rows that must be rejected, made on demand. */
  invalid: (() => TableRow)[];
  /** About how many rows the file has, to spread the additions through it. */
  estimate: number;
}

/**
 * Passes the rows through, inserting duplicates of valid rows and invalid rows at evenly spread
 * places; whatever does not fit before the end is appended, so the counts are always exact.
 */
export function* withMess(rows: Iterable<TableRow>, plan: MessPlan, random: Random): Generator<TableRow> {
  const additions: ('duplicate' | number)[] = random.shuffled([
    ...Array.from({ length: plan.duplicates }, () => 'duplicate' as const),
    ...plan.invalid.map((_, k) => k),
  ]);
  const spacing = Math.max(1, Math.floor(plan.estimate / (additions.length + 1)));
  let seen = 0;
  let last: TableRow | undefined;
  const emit = function* (addition: 'duplicate' | number): Generator<TableRow> {
    if (addition === 'duplicate') {
      if (last) yield { cells: last.cells.slice(), mark: 'duplicate' };
    } else {
      yield plan.invalid[addition]();
    }
  };
  for (const row of rows) {
    yield row;
    if (!row.mark) last = row;
    seen++;
    const next = seen % spacing === 0 ? additions.shift() : undefined;
    if (next !== undefined) yield* emit(next);
  }
  for (const addition of additions) yield* emit(addition);
}
