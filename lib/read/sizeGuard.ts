import { FileRejection } from '../ingest/reasons.ts';
import { READ_MESSAGES } from './messages.ts';
import type { FileSource } from './types.ts';

/** Before reading anything: an empty file, or one over the limit, is rejected whole (§5.2, §5.4). */
export function checkFileSize(source: FileSource, maxBytes: number): void {
  if (source.size === 0) throw new FileRejection('EMPTY_FILE');
  if (source.size > maxBytes) {
    throw new FileRejection('FILE_TOO_LARGE', READ_MESSAGES.fileTooLarge(source.size, maxBytes));
  }
}

/**
 * DATA-CONTRACT §5.4: a workbook whose parts inflate beyond the limit is rejected, decided as the
 * bytes come out of the inflater — never after inflating it all. One budget per reading of the file.
 */
export class InflateBudget {
  private used = 0;

  constructor(readonly limit: number) {}

  /** An entry whose declared size alone would overrun the budget is rejected before inflating it. */
  expect(declaredSize: number): void {
    if (this.used + declaredSize > this.limit) throw this.tooLarge();
  }

  add(inflatedBytes: number): void {
    this.used += inflatedBytes;
    if (this.used > this.limit) throw this.tooLarge();
  }

  private tooLarge(): FileRejection {
    return new FileRejection('FILE_TOO_LARGE', READ_MESSAGES.inflatedTooLarge(this.limit));
  }
}
