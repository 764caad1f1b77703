/**
 * Making an SMS fit (RULES 4.2: ≤ 70 Chinese characters, one SMS segment). Names (townships,
 * enterprises) may be shortened with an ellipsis; numbers never are: they live outside the names, and
 * a name is never cut inside a run of digits. Length is counted in UTF-16 units, which is what an SMS
 * segment counts and is never less than the number of characters.
 */
export const SMS_MAX_CHARS = 70;

const ELLIPSIS = '…';
/** The shortest a name is squeezed to (ellipsis included) before a plainer wording is tried. */
const MIN_NAME_CHARS = 4;

export function smsLength(text: string): number {
  return text.length;
}

/** `name` cut to at most `max` characters, ending in an ellipsis when cut; never inside a number. */
export function shortenName(name: string, max: number): string {
  const chars = [...name];
  if (chars.length <= max) return name;
  let cut = Math.max(0, max - 1);
  while (cut > 0 && isDigit(chars[cut - 1]) && isDigit(chars[cut])) cut--;
  return chars.slice(0, cut).join('') + ELLIPSIS;
}

function isDigit(c: string | undefined): boolean {
  return c !== undefined && /\p{Nd}/u.test(c);
}

/** A wording of a message; `name` marks each name in it that may be shortened. */
export type Wording = (name: (text: string) => string) => string;

/**
 * The first wording, richest first, that fits `limit` once its names are shortened as little as
 * needed. The last wording must fit without any name (a plain fallback); otherwise this throws, as a
 * bug in the messages.
 */
export function fitSms(wordings: readonly Wording[], limit: number = SMS_MAX_CHARS): string {
  for (const wording of wordings) {
    const full = wording((text) => text);
    if (smsLength(full) <= limit) return full;
    let longest = 0;
    wording((text) => {
      longest = Math.max(longest, [...text].length);
      return text;
    });
    for (let max = longest - 1; max >= MIN_NAME_CHARS; max--) {
      const text = wording((name) => shortenName(name, max));
      if (smsLength(text) <= limit) return text;
    }
  }
  throw new RangeError(`no wording of this SMS fits ${limit} characters`);
}

/** Items joined with `、`; when they are many, the first few and `等N个`-style tail (`more(n)`). */
export function listWordings(
  items: readonly string[],
  more: (count: number) => string,
): ((name: (t: string) => string) => string)[] {
  const out: ((name: (t: string) => string) => string)[] = [];
  for (let shown = items.length; shown >= 1; shown--) {
    out.push(
      (name) => items.slice(0, shown).map(name).join('、') + (shown < items.length ? more(items.length) : ''),
    );
  }
  return out;
}
