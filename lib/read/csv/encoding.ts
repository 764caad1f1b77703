/**
 * DATA-CONTRACT §4.1, §5.2: a CSV's encoding is detected, never asked. A byte-order mark decides
 * (UTF-8, UTF-16 LE/BE); without one, text that is valid UTF-8 is UTF-8 and anything else is GB18030,
 * which covers GBK and GB2312 — what Excel writes on Chinese Windows.
 */
export type CsvEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'gb18030';

export function detectCsvEncoding(head: Buffer, complete: boolean): CsvEncoding {
  if (head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf) return 'utf-8';
  if (head[0] === 0xff && head[1] === 0xfe) return 'utf-16le';
  if (head[0] === 0xfe && head[1] === 0xff) return 'utf-16be';
  return isValidUtf8(head, complete) ? 'utf-8' : 'gb18030';
}

/** Whether the bytes are UTF-8; when the sample was cut (`complete` false) a split last character is fine. */
function isValidUtf8(bytes: Buffer, complete: boolean): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes, { stream: !complete });
    return true;
  } catch {
    return false;
  }
}

/** CSVs in UTF-16 are Excel's «Unicode text»; they cannot be told apart from binary by their bytes. */
export function isUtf16(encoding: CsvEncoding): boolean {
  return encoding === 'utf-16le' || encoding === 'utf-16be';
}
