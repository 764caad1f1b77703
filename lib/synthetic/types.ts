/** What `generateCounty` returns: the files written, what ingestion should make of each, the planted facts. */
import type { FileReason } from '../ingest/reasons.ts';
import type { Kind } from '../model/kinds.ts';
import type { Planted } from './expected/types.ts';
import type { ScaleOption } from './scale.ts';

export interface GenerateOptions {
  scale: ScaleOption;
  /** The upload root: `<outDir>/<kind>/<YYYY-MM>/[<unit>/]<file>`. */
  outDir: string;
  /** Same seed → byte-identical files and identical modification times. */
  seed?: number;
  /** Replace an earlier generated tree in outDir (only its kind folders are removed). */
  overwrite?: boolean;
  /** Called after each file is written (for a progress bar). */
  onFile?: (file: GeneratedFile, done: number, total: number) => void;
}

export interface ExpectedOutcome {
  status: 'accepted' | 'rejected' | 'duplicate';
  /** Rows accepted / rejected when the file is accepted; null otherwise. */
  accepted: number | null;
  rejected: number | null;
  /** Reason code of a whole-file rejection. */
  reason?: FileReason;
}

export interface GeneratedFile {
  /** Path relative to outDir with `/`: the upload key. */
  key: string;
  kind: Kind;
  period: string;
  unit: string | null;
  /** When the department sent it (the file's modification time), ISO with +08:00. */
  receivedAt: string;
  format: 'csv' | 'xlsx' | 'xls';
  encoding?: 'gbk' | 'utf8bom' | 'utf8';
  bytes: number;
  /** Data rows below the header row. */
  rows: number;
  /** Rows written to be rejected for their content (bad code, damaged ID, negative amount, unknown cadre). */
  invalidRows: number;
  /** Rows repeating an earlier row's key in the same file (rejected as DUPLICATE). */
  duplicateRows: number;
  expected: ExpectedOutcome;
  /** A corrected re-upload: the key of the earlier version of the same snapshot. */
  replaces?: string;
  /** Identical bytes of another file (sent twice). */
  copyOf?: string;
  notes: string[];
}

export interface GeneratedCounty {
  seed: number;
  scale: string;
  outDir: string;
  counts: { enterprises: number; people: number; files: number; rows: number; bytes: number };
  /** In order of receipt (then key): the order `kuomian ingest` processes them. */
  files: GeneratedFile[];
  planted: Planted;
}
