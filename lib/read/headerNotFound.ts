import { FILE_REASONS } from '../ingest/reasons.ts';
import type { Row } from './types.ts';

/**
 * No row within the first 10 non-empty rows of any table passed the header test (§4.1). The caller
 * turns it into NO_HEADER / MISSING_COLUMNS, naming the columns it found in `candidates`.
 */
export class HeaderNotFound extends Error {
  constructor(
    /** Per table examined (a CSV file, or each worksheet in tab order): its first ≤10 non-empty rows. */
    readonly candidates: Row[][],
    /** Worksheet names, parallel to `candidates` (empty for CSV). */
    readonly tableNames: string[] = [],
  ) {
    super(FILE_REASONS.NO_HEADER);
    this.name = 'HeaderNotFound';
  }
}
