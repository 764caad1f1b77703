/**
 * Check characters of the identifiers the departments' files carry, computed the way the issuing
 * standards define them (DATA-CONTRACT 4.2, 4.3). The generator needs them to make valid codes and
 * to break a few on purpose.
 */

/** GB 32100-2015 character set of the unified social credit code (no I, O, S, V, Z). */
export const USCC_CHARSET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const USCC_WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

/** The 18th character of a USCC whose first 17 characters are given. */
export function usccCheckCharacter(first17: string): string {
  if (first17.length !== 17) throw new Error(`USCC body must have 17 characters: ${first17}`);
  let sum = 0;
  for (let i = 0; i < 17; i++) {
    const index = USCC_CHARSET.indexOf(first17[i]);
    if (index < 0) throw new Error(`not a USCC character: ${first17[i]}`);
    sum += index * USCC_WEIGHTS[i];
  }
  return USCC_CHARSET[(31 - (sum % 31)) % 31];
}

export function isValidUscc(code: string): boolean {
  if (!/^[0-9A-HJ-NPQRTUWXY]{18}$/.test(code)) return false;
  return usccCheckCharacter(code.slice(0, 17)) === code[17];
}

/** GB 11714 organization code: 8 characters and a check character (digit or X). */
const ORG_WEIGHTS = [3, 7, 9, 10, 5, 8, 4, 2];

export function organizationCheckCharacter(first8: string): string {
  let sum = 0;
  for (let i = 0; i < 8; i++) {
    const c = first8[i];
    const value = c >= '0' && c <= '9' ? c.charCodeAt(0) - 48 : c.charCodeAt(0) - 55;
    sum += value * ORG_WEIGHTS[i];
  }
  const check = 11 - (sum % 11);
  return check === 10 ? 'X' : check === 11 ? '0' : String(check);
}

/** GB 11643-1999 resident identity number. */
const ID_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const ID_CHECKS = '10X98765432';

export function residentIdCheckCharacter(first17: string): string {
  if (!/^\d{17}$/.test(first17)) throw new Error(`ID body must be 17 digits: ${first17}`);
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += (first17.charCodeAt(i) - 48) * ID_WEIGHTS[i];
  return ID_CHECKS[sum % 11];
}

/** Valid 18-character ID: check character and a real calendar date (not checked against today). */
export function isValidResidentId(id: string): boolean {
  if (!/^\d{17}[\dX]$/.test(id)) return false;
  if (residentIdCheckCharacter(id.slice(0, 17)) !== id[17]) return false;
  const year = Number(id.slice(6, 10));
  const month = Number(id.slice(10, 12));
  const day = Number(id.slice(12, 14));
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** The 18-character form of a 15-character (pre-1999) ID: `19` inserted after the area code. */
export function upgradeFifteenDigitId(id15: string): string {
  const body = `${id15.slice(0, 6)}19${id15.slice(6)}`;
  return body + residentIdCheckCharacter(body);
}
