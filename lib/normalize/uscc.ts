import { normalizeCode } from './text.ts';

/**
 * 统一社会信用代码 (GB 32100-2015), DATA-CONTRACT §4.2. Only the overall check character is
 * verified: the embedded organization code has its own check, which early issued codes fail.
 */
const CHARSET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];
const SHAPE = /^[0-9ABCDEFGHJKLMNPQRTUWXY]{18}$/;

/** The check character for the first 17 characters (which must come from the code's character set). */
export function usccCheckChar(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += CHARSET.indexOf(first17[i]) * WEIGHTS[i];
  return CHARSET[(31 - (sum % 31)) % 31];
}

/** True for an already-normalized code of 18 valid characters with the right check character. */
export function isValidUscc(code: string): boolean {
  return SHAPE.test(code) && usccCheckChar(code.slice(0, 17)) === code[17];
}

/** Normalizes (§4.4: NFKC, no whitespace, upper-case) and validates; undefined when not a valid code. */
export function parseUscc(raw: string): string | undefined {
  const code = normalizeCode(raw);
  return isValidUscc(code) ? code : undefined;
}
