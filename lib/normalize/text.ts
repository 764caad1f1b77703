/**
 * Text normalization of DATA-CONTRACT §4.4 (and §5.2: control characters are removed from values).
 */

/** C0 control characters except tab (U+0009): NUL, line breaks, escape, … */
// biome-ignore lint/suspicious/noControlCharactersInRegex: removing them is the point (DATA-CONTRACT §5.2)
const C0_EXCEPT_TAB = /[\u0000-\u0008\u000A-\u001F]/g;
/** Every kind of whitespace, plus the invisible characters that copying from web pages leaves behind. */
const ALL_WHITESPACE = /[\s\u200B-\u200D\u2060\uFEFF]/g;

/** A free-text value: NFKC (full-width → half-width), C0 controls except tab removed, trimmed. */
export function normalizeText(s: string): string {
  // Fast path (this runs for every cell of every upload): text is its own NFKC form when it holds only
  // printable ASCII and the CJK ideographs of names (U+3400–U+4DBF, U+4E00–U+9FFF).
  if (isNfkcStable(s)) return s.trim();
  return s.replace(C0_EXCEPT_TAB, '').normalize('NFKC').trim();
}

/** A code or ID number: NFKC, no whitespace at all, upper-case. */
export function normalizeCode(s: string): string {
  if (isNfkcStable(s) && !s.includes(' ')) return s.toUpperCase();
  return s.normalize('NFKC').replace(ALL_WHITESPACE, '').replace(C0_EXCEPT_TAB, '').toUpperCase();
}

/** No control characters, and its own NFKC form: printable ASCII and CJK ideographs only. */
function isNfkcStable(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if ((c < 0x20 || c > 0x7e) && (c < 0x3400 || c > 0x9fff || (c > 0x4dbf && c < 0x4e00))) return false;
  }
  return true;
}

/** A column header, for matching against the contract's names: NFKC, no whitespace at all. */
export function normalizeHeader(s: string): string {
  // Stable text holds no whitespace but the plain space.
  if (isNfkcStable(s) && !s.includes(' ')) return s;
  return s.normalize('NFKC').replace(ALL_WHITESPACE, '').replace(C0_EXCEPT_TAB, '');
}

/** An enterprise name for matching: NFKC, no whitespace, full-width brackets as ASCII ones. */
export function enterpriseNameKey(s: string): string {
  return normalizeHeader(s).replace(/（/g, '(').replace(/）/g, ')');
}
