/**
 * GBK (code page 936) encoding as Excel on Chinese Windows writes it, byte for byte what iconv-lite
 * produces, but one table lookup per character: each character is encoded by iconv-lite once and
 * remembered, which makes county-scale CSV files several times faster to write.
 */
import iconv from 'iconv-lite';

/** Per UTF-16 code unit: 0 = not yet known, else (length << 16) | bytes. */
const table = new Uint32Array(65536);

function lookup(code: number): number {
  let entry = table[code];
  if (entry === 0) {
    const bytes = iconv.encode(String.fromCharCode(code), 'gbk');
    entry = bytes.length === 1 ? (1 << 16) | bytes[0] : (2 << 16) | (bytes[0] << 8) | bytes[1];
    table[code] = entry;
  }
  return entry;
}

const NON_ASCII = /[\u0080-\uffff]+/g;

export function encodeGbk(text: string): Buffer {
  const out = Buffer.allocUnsafe(text.length * 2);
  let n = 0;
  let from = 0;
  NON_ASCII.lastIndex = 0;
  for (let match = NON_ASCII.exec(text); match !== null; match = NON_ASCII.exec(text)) {
    // ASCII runs are copied natively; only the other characters go through the table.
    if (match.index > from) n += out.write(text.slice(from, match.index), n, 'latin1');
    const run = match[0];
    for (let i = 0; i < run.length; i++) {
      const code = run.charCodeAt(i);
      if (code >= 0xd800 && code <= 0xdfff) {
        // Outside the BMP: never in the generator's vocabulary; let iconv-lite decide (it writes '?').
        const bytes = iconv.encode(run.slice(i, i + 2), 'gbk');
        bytes.copy(out, n);
        n += bytes.length;
        i++;
        continue;
      }
      const entry = lookup(code);
      if (entry >> 16 === 1) out[n++] = entry & 0xff;
      else {
        out[n++] = (entry >> 8) & 0xff;
        out[n++] = entry & 0xff;
      }
    }
    from = match.index + run.length;
  }
  if (from < text.length) n += out.write(text.slice(from), n, 'latin1');
  return out.subarray(0, n);
}
