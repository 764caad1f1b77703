/** What the first bytes of a file say it really is (DATA-CONTRACT §5.2: content, not extension). */

const ZIP_LOCAL_FILE = Buffer.from([0x50, 0x4b, 0x03, 0x04]);
const ZIP_EMPTY_ARCHIVE = Buffer.from([0x50, 0x4b, 0x05, 0x06]);
/** Some writers put a spanning marker `PK00` before the first entry. */
const ZIP_SPANNING_MARKER = Buffer.from([0x50, 0x4b, 0x30, 0x30]);
/** OLE compound file: old .xls/.doc, and how Office stores a password-protected .xlsx. */
const OLE_COMPOUND_FILE = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);

export function isZip(head: Buffer): boolean {
  return (
    startsWith(head, ZIP_LOCAL_FILE) ||
    startsWith(head, ZIP_EMPTY_ARCHIVE) ||
    startsWith(head, ZIP_SPANNING_MARKER)
  );
}

export function isOleCompoundFile(head: Buffer): boolean {
  return startsWith(head, OLE_COMPOUND_FILE);
}

/**
 * Clearly not text: more than 2% of the bytes are control characters that no text file holds
 * (C0 except tab, line feed, form feed and carriage return). A CSV with a stray NUL here and there is
 * still text (§5.2 removes such characters from values); random bytes have ~10%, UTF-16 without a
 * BOM ~50%.
 */
export function looksBinary(sample: Buffer): boolean {
  let control = 0;
  for (const byte of sample) {
    if (byte < 0x20 && byte !== 0x09 && byte !== 0x0a && byte !== 0x0c && byte !== 0x0d) control++;
  }
  return control > 8 && control > sample.length * 0.02;
}

function startsWith(bytes: Buffer, prefix: Buffer): boolean {
  return bytes.length >= prefix.length && bytes.subarray(0, prefix.length).equals(prefix);
}
