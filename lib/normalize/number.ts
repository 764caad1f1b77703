import type { Cell } from '../read/types.ts';
import { isBlankCell } from './cell.ts';
import { normalizeText } from './text.ts';

/**
 * Numbers of DATA-CONTRACT §4.5: `1,234.5`, `1234元`, full-width digits, Excel numeric cells.
 * Empty is absent. Negative values are returned, flagged, so the caller can reject the row.
 */
export type NumberParse =
  | { status: 'absent' }
  | { status: 'invalid' }
  | { status: 'ok'; value: number; negative: boolean };

/** Units clerks type after a figure; the column's header says which one is meant. */
const UNIT_SUFFIX = /(?:元|人|名|份|个|家|次|户)$/;
const CURRENCY_PREFIX = /^[¥$]/;
const PLAIN = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:E[+-]?\d+)?$/i;
const GROUPED = /^[+-]?\d{1,3}(?:,\d{3})+(?:\.\d+)?$/;

export function parseNumber(cell: Cell): NumberParse {
  if (isBlankCell(cell)) return { status: 'absent' };
  if (typeof cell === 'number') return Number.isFinite(cell) ? found(cell) : { status: 'invalid' };
  if (typeof cell !== 'string') return { status: 'invalid' };
  // Fast path: most cells are a plain figure already (`5234.12`).
  if (PLAIN.test(cell)) return finite(Number(cell));
  let text = normalizeText(cell)
    // `1 234` groups thousands like `1,234`; `120 30` is two numbers and stays invalid.
    .replace(/(\d)\s+(?=\d)/g, '$1,')
    .replace(/[\s\u200B-\u200D\uFEFF]/g, '')
    .replace(/[\u2212\u2012-\u2014\uFE63]/g, '-');
  text = text.replace(UNIT_SUFFIX, '');
  const sign = text.startsWith('-') || text.startsWith('+') ? text[0] : '';
  text = sign + text.slice(sign.length).replace(CURRENCY_PREFIX, '');
  if (text.includes(',')) {
    if (!GROUPED.test(text)) return { status: 'invalid' };
    text = text.replace(/,/g, '');
  }
  if (!PLAIN.test(text)) return { status: 'invalid' };
  return finite(Number(text));
}

function finite(value: number): NumberParse {
  return Number.isFinite(value) ? found(value) : { status: 'invalid' };
}

function found(value: number): NumberParse {
  // -0 is zero, not a negative amount.
  const normalized = value === 0 ? 0 : value;
  return { status: 'ok', value: normalized, negative: normalized < 0 };
}

/**
 * Multiplies by a power of ten through the decimal text of the number, so `0.15` × 10⁴ is exactly
 * `1500` rather than `1500.0000000000002`.
 */
export function shiftDecimal(value: number, exponent: number): number {
  const [mantissa, exp = '0'] = String(value).toLowerCase().split('e');
  return Number(`${mantissa}e${Number(exp) + exponent}`);
}

/** Yuan from a figure in ten-thousands of yuan (a header saying 万元, §3), rounded to the cent. */
export function tenThousandYuanToYuan(value: number): number {
  return roundToCents(shiftDecimal(value, 4));
}

export function roundToCents(value: number): number {
  return shiftDecimal(Math.round(shiftDecimal(value, 2)), -2);
}
