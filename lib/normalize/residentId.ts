import type { Cell } from '../read/types.ts';
import { formatDate, isRealDate } from './calendar.ts';
import { normalizeCode } from './text.ts';

/**
 * 公民身份号码 (GB 11643-1999), DATA-CONTRACT §4.3: 17 digits and a check character, a real birth date
 * not after today, 15-digit numbers upgraded, and Excel's damage (18 digits kept as a number, which
 * keeps only 15 significant digits) recognised so the clerk is told how to fix the export.
 */
export type ResidentIdResult =
  | { ok: true; id: string; birthDate: string; sex: 'male' | 'female' }
  | { ok: false; code: 'INVALID_ID' | 'ID_EXCEL_DAMAGED' };

const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const CHECK_CHARS = '10X98765432';
const EIGHTEEN = /^\d{17}[\dX]$/;
const FIFTEEN = /^\d{15}$/;
/** `3.30723E+17`: what Excel shows, and what a CSV saved from it holds, for an 18-digit number. */
const SCIENTIFIC = /^\d+(?:\.\d+)?E\+?\d+$/;

export function residentIdCheckChar(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += (first17.charCodeAt(i) - 0x30) * (WEIGHTS[i] as number);
  return CHECK_CHARS[sum % 11];
}

const INVALID = { ok: false, code: 'INVALID_ID' } as const;
const DAMAGED = { ok: false, code: 'ID_EXCEL_DAMAGED' } as const;

/** Validates and normalizes a resident ID cell; `today` is `YYYY-MM-DD` (birth dates may not be later). */
export function parseResidentId(raw: Cell, today: string): ResidentIdResult {
  if (typeof raw === 'number') return fromNumberCell(raw, today);
  if (typeof raw !== 'string') return INVALID;
  const value = normalizeCode(raw);
  if (SCIENTIFIC.test(value)) return DAMAGED;
  if (FIFTEEN.test(value)) return fromEighteen(upgradeFifteen(value), today);
  if (!EIGHTEEN.test(value)) return INVALID;
  const result = fromEighteen(value, today);
  // Excel keeps 15 significant digits: the last three of an 18-digit number come back as 000.
  if (!result.ok && value.endsWith('000') && residentIdCheckChar(value) !== value[17]) return DAMAGED;
  return result;
}

/**
 * A number cell: an 18-digit ID cannot survive as a number (JavaScript, like Excel, keeps about
 * 15 significant digits). A 15-digit (old) number is exact and is upgraded.
 */
function fromNumberCell(value: number, today: string): ResidentIdResult {
  if (Number.isSafeInteger(value) && value >= 1e14 && value < 1e15) {
    return fromEighteen(upgradeFifteen(String(value)), today);
  }
  return Math.abs(value) >= 1e15 ? DAMAGED : INVALID;
}

/** 15-digit IDs (before 1999) omit the century and the check: insert `19` after position 6. */
export function upgradeFifteen(id15: string): string {
  const first17 = `${id15.slice(0, 6)}19${id15.slice(6)}`;
  return first17 + residentIdCheckChar(first17);
}

function fromEighteen(id: string, today: string): ResidentIdResult {
  if (residentIdCheckChar(id) !== id[17]) return INVALID;
  const year = Number(id.slice(6, 10));
  const month = Number(id.slice(10, 12));
  const day = Number(id.slice(12, 14));
  if (!isRealDate(year, month, day)) return INVALID;
  const birthDate = formatDate(year, month, day);
  if (birthDate > today) return INVALID;
  return { ok: true, id, birthDate, sex: sexOf(id) };
}

/** Birth date `YYYY-MM-DD` from positions 7–14 of a valid 18-character ID (15-digit ones are upgraded). */
export function birthDateOf(id: string): string {
  const full = id.length === 15 ? upgradeFifteen(id) : id;
  return `${full.slice(6, 10)}-${full.slice(10, 12)}-${full.slice(12, 14)}`;
}

/** Sex from the 17th digit (the 15th of an old 15-digit ID): odd = male. */
export function sexOf(id: string): 'male' | 'female' {
  const full = id.length === 15 ? upgradeFifteen(id) : id;
  return Number(full[16]) % 2 === 1 ? 'male' : 'female';
}

/** Age in completed years on `date` (`YYYY-MM-DD`); someone born on 29 February turns a year older on 1 March. */
export function ageAt(id: string, date: string): number {
  const birth = birthDateOf(id);
  const years = Number(date.slice(0, 4)) - Number(birth.slice(0, 4));
  return date.slice(5) < birth.slice(5) ? years - 1 : years;
}

/**
 * Masks an ID number (or anything that looks like one) for reports, §4.6: the first 6 and the last
 * 4 characters stay, every character between becomes `*` — `330723********123X`. Values of 10
 * characters or fewer identify no one and are returned as given; so is Excel's `3.30723E+17`,
 * which shows only the region code.
 */
export function maskId(value: string): string {
  const compact = value.normalize('NFKC').replace(/\s/g, '');
  if (compact.length <= 10 || SCIENTIFIC.test(compact.toUpperCase())) return compact;
  return `${compact.slice(0, 6)}${'*'.repeat(compact.length - 10)}${compact.slice(-4)}`;
}
