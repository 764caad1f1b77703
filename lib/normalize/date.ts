import type { Cell } from '../read/types.ts';
import { addDaysUtc, formatDate, isRealDate } from './calendar.ts';
import { isBlankCell } from './cell.ts';
import { ABSENT, INVALID, ok, type Parsed } from './parsed.ts';
import { normalizeText } from './text.ts';

/**
 * Dates of DATA-CONTRACT §4.5 → `YYYY-MM-DD`: Excel serial numbers (1900 system, or 1904 when the
 * workbook says so, §5.3), date cells, `2023-03-01`, `2023/3/1`, `2023.03.01`, `2023年3月1日`,
 * `20230301`. Days that do not exist in the calendar are invalid.
 */

/** Plausible years for the campaign's records; a typo like `0203-03-01` is not a date. */
const MIN_YEAR = 1900;
const MAX_YEAR = 2100;
/** The last serial Excel can show (9999-12-31). */
const MAX_SERIAL = 2_958_465;

const SEPARATED =
  /^(\d{4})([-/.])(\d{1,2})\2(\d{1,2})(?:(?:T|\s+)\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/;
const CHINESE = /^(\d{4})年(\d{1,2})月(\d{1,2})[日号]?$/;
const COMPACT = /^(\d{4})(\d{2})(\d{2})$/;
/** A serial number that arrived as text (a CSV saved from a column formatted as a number). */
const SERIAL_TEXT = /^\d{5}(?:\.\d+)?$/;

export function parseDate(cell: Cell, date1904 = false): Parsed<string> {
  if (isBlankCell(cell)) return ABSENT;
  if (cell instanceof Date) return fromDateCell(cell);
  if (typeof cell === 'number') return fromNumber(cell, date1904);
  if (typeof cell !== 'string') return INVALID;
  const text = normalizeText(cell);
  const match = SEPARATED.exec(text);
  if (match) return fromParts(match[1], match[3], match[4]);
  const chinese = CHINESE.exec(text) ?? COMPACT.exec(text);
  if (chinese) return fromParts(chinese[1], chinese[2], chinese[3]);
  if (SERIAL_TEXT.test(text)) return fromSerial(Number(text), date1904);
  return INVALID;
}

/** Readers hand date cells over as UTC midnight of the day shown. */
function fromDateCell(date: Date): Parsed<string> {
  if (Number.isNaN(date.getTime())) return INVALID;
  return fromYmd(date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate());
}

function fromNumber(value: number, date1904: boolean): Parsed<string> {
  if (!Number.isFinite(value)) return INVALID;
  // A number typed as 20230301 is stored as a number; it is far beyond the last serial.
  if (Number.isInteger(value) && value >= 10_000_101 && value <= 99_991_231) {
    return fromParts(String(value).slice(0, 4), String(value).slice(4, 6), String(value).slice(6, 8));
  }
  return fromSerial(value, date1904);
}

/**
 * Excel serials count days; the time of day (the fraction) is dropped. The 1900 system counts
 * 1900-01-01 as 1 and keeps Lotus's non-existent 1900-02-29 as 60; the 1904 system counts
 * 1904-01-01 as 0.
 */
export function excelSerialToDate(serial: number, date1904 = false): string | undefined {
  if (!Number.isFinite(serial) || serial < 0 || serial > MAX_SERIAL) return undefined;
  const days = Math.floor(serial);
  if (date1904) return addDaysUtc(1904, 1, 1, days);
  if (days < 1 || days === 60) return undefined;
  return days < 60 ? addDaysUtc(1899, 12, 31, days) : addDaysUtc(1899, 12, 30, days);
}

function fromSerial(serial: number, date1904: boolean): Parsed<string> {
  const date = excelSerialToDate(serial, date1904);
  if (date === undefined) return INVALID;
  return fromYmd(Number(date.slice(0, 4)), Number(date.slice(5, 7)), Number(date.slice(8, 10)));
}

function fromParts(year: string, month: string, day: string): Parsed<string> {
  return fromYmd(Number(year), Number(month), Number(day));
}

function fromYmd(year: number, month: number, day: number): Parsed<string> {
  if (year < MIN_YEAR || year > MAX_YEAR || !isRealDate(year, month, day)) return INVALID;
  return ok(formatDate(year, month, day));
}
