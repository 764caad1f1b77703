import { FileRejection } from '../../ingest/reasons.ts';
import { READ_MESSAGES } from '../messages.ts';
import { XmlFormatError } from './xmlStream.ts';
import { ZipFormatError } from './zipFormatError.ts';

/** A failure while reading a workbook, as the whole-file rejection a clerk reads (NOT_XLSX for damage). */
export function asXlsxRejection(error: unknown): unknown {
  if (error instanceof FileRejection) return error;
  if (error instanceof ZipFormatError) {
    return new FileRejection(
      'NOT_XLSX',
      error.unsupported ? READ_MESSAGES.xlsxUnsupportedCompression : READ_MESSAGES.xlsxCorrupt,
    );
  }
  if (error instanceof XmlFormatError) return new FileRejection('NOT_XLSX', READ_MESSAGES.xlsxBadXml);
  const code = (error as { code?: unknown } | null)?.code;
  if (typeof code === 'string' && (code.startsWith('Z_') || code.startsWith('ERR_ZLIB'))) {
    return new FileRejection('NOT_XLSX', READ_MESSAGES.xlsxCorrupt);
  }
  return error;
}
