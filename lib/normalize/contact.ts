import type { Cell } from '../read/types.ts';
import { cellText } from './cell.ts';
import { normalizeCode, normalizeText } from './text.ts';

/**
 * Cadre contact details, DATA-CONTRACT §3.11: an 11-digit mainland mobile (1[3-9]xxxxxxxxx) and an
 * e-mail address. Separators clerks type (`138-1234-5678`, `+86 138…`) are tolerated.
 */
const MOBILE = /^1[3-9]\d{9}$/;
const EMAIL =
  /^[A-Za-z0-9._%+-]+@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)+$/;

/** The 11-digit mobile number, or undefined when the value is not one. */
export function parseMobile(cell: Cell): string | undefined {
  let value = normalizeCode(cellText(cell)).replace(/-/g, '');
  if (value.startsWith('+86')) value = value.slice(3);
  else if (value.length === 13 && value.startsWith('86')) value = value.slice(2);
  return MOBILE.test(value) ? value : undefined;
}

/** The e-mail address (domain in lower case), or undefined when the value is not one. */
export function parseEmail(cell: Cell): string | undefined {
  const value = normalizeText(cellText(cell)).replace(/\s/g, '');
  if (!EMAIL.test(value) || value.includes('..')) return undefined;
  const at = value.lastIndexOf('@');
  return value.slice(0, at) + value.slice(at).toLowerCase();
}

export function isMobile(value: string): boolean {
  return MOBILE.test(value);
}

export function isEmail(value: string): boolean {
  return EMAIL.test(value) && !value.includes('..');
}
