import { FileRejection } from '../../ingest/reasons.ts';
import { READ_MESSAGES } from '../messages.ts';

/** Stream names in an OLE compound file's directory are UTF-16LE. */
const ENCRYPTED_PACKAGE = Buffer.from('EncryptedPackage', 'utf16le');
const ENCRYPTION_INFO = Buffer.from('EncryptionInfo', 'utf16le');
const XLS_WORKBOOK = Buffer.from('Workbook', 'utf16le');
const XLS_BOOK = Buffer.from('Book\u0000', 'utf16le');
const OVERLAP = ENCRYPTED_PACKAGE.length - 1;

/**
 * Why an OLE compound file sent as .xlsx cannot be read (DATA-CONTRACT §5.2). A password-protected
 * .xlsx is such a file holding `EncryptionInfo` and `EncryptedPackage` streams; an old .xls holds a
 * `Workbook` (or Excel 95 `Book`) stream. The directory can sit anywhere, so the whole file is scanned.
 */
export async function oleRejection(bytes: AsyncIterable<Buffer>): Promise<FileRejection> {
  let tail = Buffer.alloc(0);
  let xls = false;
  for await (const chunk of bytes) {
    const window = Buffer.concat([tail, chunk]);
    if (window.includes(ENCRYPTED_PACKAGE) || window.includes(ENCRYPTION_INFO))
      return new FileRejection('ENCRYPTED_WORKBOOK');
    xls ||= window.includes(XLS_WORKBOOK) || window.includes(XLS_BOOK);
    tail = window.subarray(Math.max(0, window.length - OVERLAP));
  }
  return xls
    ? new FileRejection('XLS_FORMAT')
    : new FileRejection('NOT_XLSX', READ_MESSAGES.xlsxOtherOfficeFile);
}
