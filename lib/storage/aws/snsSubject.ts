/**
 * SNS's rule for an e-mail Subject: UTF-8 text with no line breaks or control characters, less than
 * 100 characters, starting with a letter, number or punctuation mark. Chinese is fine; a subject
 * that breaks the rule makes Publish fail, so it is made to fit instead.
 */
const MAX_SUBJECT_CHARS = 99;

/** Controls, line/paragraph separators and invisible direction marks: they become spaces. */
function isBreakOrControl(cp: number): boolean {
  return (
    cp < 0x20 ||
    (cp >= 0x7f && cp <= 0x9f) ||
    cp === 0x2028 ||
    cp === 0x2029 ||
    cp === 0x200e ||
    cp === 0x200f ||
    (cp >= 0x202a && cp <= 0x202e) ||
    (cp >= 0x2066 && cp <= 0x2069) ||
    cp === 0xfeff
  );
}

export function snsSubject(subject: string): string {
  const oneLine = Array.from(subject, (ch) => (isBreakOrControl(ch.codePointAt(0) as number) ? ' ' : ch))
    .join('')
    .replace(/\s+/g, ' ')
    .trim();
  const chars = Array.from(oneLine);
  let cut = chars.slice(0, MAX_SUBJECT_CHARS).join('');
  // "Characters" may be counted in UTF-16 units: characters beyond U+FFFF count twice.
  while (cut.length > MAX_SUBJECT_CHARS) cut = Array.from(cut).slice(0, -1).join('');
  return cut.trimEnd();
}
