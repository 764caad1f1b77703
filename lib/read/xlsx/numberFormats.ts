/**
 * Which cell formats show a date (§4.5: date cells are dates). Excel stores a date as a number with a
 * date format; the format is either built in (by id, never written to the file) or a format code.
 */

/**
 * Built-in formats that show a calendar day: 14–17 and 22 everywhere; 27–31, 36, 50–54, 57–58 are the
 * Chinese (and other East Asian) locale dates such as `yyyy"年"m"月"d"日"` that Chinese Excel and WPS
 * write by id alone. Time-only formats (18–21, 32–35, 45–47, 55–56) show no day and stay numbers.
 */
const BUILT_IN_DATE_FORMATS = new Set([
  14, 15, 16, 17, 22, 27, 28, 29, 30, 31, 36, 50, 51, 52, 53, 54, 57, 58,
]);

export function isDateFormat(formatId: number, formatCode: string | undefined): boolean {
  if (formatCode !== undefined) return isDateFormatCode(formatCode);
  return BUILT_IN_DATE_FORMATS.has(formatId);
}

/**
 * A format code shows a date when, outside quoted text, escapes and `[...]` sections (colour, locale,
 * elapsed time), its first section holds a year or day token. `m` alone is ambiguous with minutes
 * and elapsed `[h]:mm` is a duration, so neither counts.
 */
export function isDateFormatCode(code: string): boolean {
  const bare = code
    .replace(/"[^"]*"/g, '')
    .replace(/\\./g, '')
    .replace(/\[[^\]]*\]/g, '')
    .replace(/[_*]./g, '');
  const firstSection = bare.split(';')[0] ?? '';
  return /[yd]/i.test(firstSection.replace(/general/gi, ''));
}
