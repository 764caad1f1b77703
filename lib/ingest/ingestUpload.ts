import { type CadreRoster, kindParser } from '../kinds/index.ts';
import type { RowParser } from '../kinds/api.ts';
import { type Kind, isSnapshotKind } from '../model/kinds.ts';
import { HeaderNotFound, openTable } from '../read/index.ts';
import type { FileSource, OpenedTable } from '../read/types.ts';
import type { Manifest } from '../snapshots/manifest.ts';
import { ManifestStore, type UploadRecord } from '../snapshots/manifestStore.ts';
import { currentVersions } from '../snapshots/selection.ts';
import type { ObjectStore, Table } from '../storage/ports.ts';
import { CuratedWriter, curatedKey } from './curated.ts';
import { FileRejection } from './reasons.ts';
import { hasReport, putReport, RejectsReport, wholeFileReport } from './rejectsReport.ts';
import { KeyRejection, type KeyParts, parseUploadKey } from './uploadKey.ts';
import { rosterReceivedBefore } from './rosterReceivedBefore.ts';

/** One object to ingest: an S3 object version, or a local file. */
export interface Upload {
  key: string;
  /** S3 version id; locally the content's sha256. */
  version: string;
  /** sha256 locally, ETag in S3. */
  contentHash: string;
  /** ISO instant of receipt. */
  receivedAt: string;
  source: FileSource;
  /** Set when the upload must be rejected without reading it (a symbolic link, a name not in UTF-8, a file gone). */
  problem?: 'SYMLINK' | 'BAD_FILE_NAME' | 'UNREADABLE';
}

export interface IngestDeps {
  table: Table;
  objects: ObjectStore;
  /** Today's date (Asia/Shanghai) `YYYY-MM-DD`: ID birth dates may not lie after it. */
  today: string;
  /** Called as the file is read (bytes consumed, total bytes) — drives a progress bar. */
  onProgress?: (bytesRead: number, size: number) => void;
}

/** The outcome line of RULES 5 `ingest --json`. */
export interface IngestOutcome {
  key: string;
  kind: Kind | null;
  period: string | null;
  unit: string | null;
  status: 'accepted' | 'rejected' | 'duplicate';
  rows: number;
  accepted: number;
  rejected: number;
  report: string | null;
  reason?: string;
  warnings?: number;
}

/**
 * Ingests one upload (DATA-CONTRACT §4–5): every row read is accepted or rejected and reported; a
 * version delivered again changes nothing; a failure half-way leaves nothing that a retry cannot redo
 * (objects are keyed by version, the outcome record is written last).
 */
export async function ingestUpload(upload: Upload, deps: IngestDeps): Promise<IngestOutcome> {
  const store = new ManifestStore(deps.table);
  const earlier = await store.findUpload(upload.key, upload.version);
  if (earlier) return asDuplicate(earlier);

  let parts: KeyParts = { kind: null, period: null, unit: null };
  try {
    if (upload.problem) {
      // The outcome still says which kind and period the clerk meant (a symbolic link in registry/2023-03/).
      parts = keyPartsOf(upload.key);
      throw new FileRejection(upload.problem);
    }
    const key = parseUploadKey(upload.key);
    parts = key;
    const manifests = await store.manifests([key.kind, 'cadres']);
    const sameBytes = currentVersions(manifests).find(
      (m) => m.kind === key.kind && m.period === key.period && m.unit === key.unit && m.contentHash === upload.contentHash,
    );
    if (sameBytes) return duplicateOfCurrent(sameBytes, upload.key);
    const roster = key.kind === 'contacts' ? await rosterReceivedBefore(manifests, upload, deps.objects) : undefined;
    return await ingestRows(upload, { ...key, roster }, deps, store);
  } catch (error) {
    if (!(error instanceof FileRejection)) throw error;
    if (error instanceof KeyRejection) parts = { ...parts, ...error.parts } as KeyParts;
    return rejectWhole(upload, parts, error, deps, store);
  }
}

async function ingestRows(
  upload: Upload,
  key: { kind: Kind; period: string; unit: string | null; format: 'csv' | 'xlsx'; roster?: CadreRoster },
  deps: IngestDeps,
  store: ManifestStore,
): Promise<IngestOutcome> {
  const parser = kindParser(key.kind);
  let table: OpenedTable;
  try {
    table = await openTable(upload.source, key.format, parser.isHeader);
  } catch (error) {
    if (error instanceof HeaderNotFound) throw parser.explainMissingHeader(error.candidates);
    throw error;
  }
  const rows = parser.begin(table, {
    period: key.period,
    unit: key.unit,
    today: deps.today,
    date1904: table.date1904,
    cadres: key.roster,
  });
  const curated = await CuratedWriter.create();
  let counts: { rows: number; accepted: number; rejected: number };
  let report: RejectsReport;
  const dataKey = curatedKey(key.kind, key.period, key.unit, upload.version);
  try {
    ({ counts, report } = await readRows(table, rows, curated, upload.source.size, deps.onProgress));
    if (counts.accepted === 0 && isSnapshotKind(key.kind)) throw new EmptySnapshot(counts.rows, report);
    await deps.objects.putFile(dataKey, await curated.finish(), { contentType: 'application/x-ndjson' });
  } finally {
    await curated.dispose();
  }
  let reportKey: string | undefined;
  // A clean new version of a key that had a report overwrites it: a stale list of errors would
  // send the clerk to fix rows that are fine now.
  if (!report.isEmpty || (await hasReport(deps.objects, upload.key))) {
    reportKey = await putReport(deps.objects, upload.key, report.render({ key: upload.key, ...counts }));
  }
  const manifest: Manifest = {
    key: upload.key,
    kind: key.kind,
    period: key.period,
    unit: key.unit,
    version: upload.version,
    contentHash: upload.contentHash,
    receivedAt: upload.receivedAt,
    status: 'accepted',
    ...counts,
    warnings: report.warnings,
    curatedKey: dataKey,
    reportKey,
  };
  await store.putManifest(manifest);
  return record(store, {
    key: upload.key,
    version: upload.version,
    receivedAt: upload.receivedAt,
    status: 'accepted',
    kind: key.kind,
    period: key.period,
    unit: key.unit,
    ...counts,
    report: reportKey ? deps.objects.locate(reportKey) : null,
  }, report.warnings);
}

/** Every row read is accepted into the snapshot or rejected into the report (DATA-CONTRACT 4.7). */
async function readRows(
  table: OpenedTable,
  rows: RowParser<unknown>,
  curated: CuratedWriter,
  size: number,
  onProgress: IngestDeps['onProgress'],
): Promise<{ counts: { rows: number; accepted: number; rejected: number }; report: RejectsReport }> {
  const report = new RejectsReport();
  let read = 0;
  let rejected = 0;
  for await (const row of table.rows) {
    read++;
    // The parser also rejects later duplicates of a row's key within the file (DATA-CONTRACT 4.6).
    const { value, issues } = rows.parse(row);
    for (const issue of issues) report.add(issue);
    if (value !== undefined) {
      curated.add(value);
      if (curated.behind) await curated.drain();
    } else rejected++;
    if (onProgress && read % 5000 === 0) onProgress(table.bytesRead(), size);
  }
  onProgress?.(size, size);
  return { counts: { rows: read, accepted: curated.count, rejected }, report };
}

async function rejectWhole(
  upload: Upload,
  parts: KeyParts,
  rejection: FileRejection,
  deps: IngestDeps,
  store: ManifestStore,
): Promise<IngestOutcome> {
  const rowIssues = rejection instanceof EmptySnapshot ? rejection.rows : undefined;
  const reportKey = await putReport(deps.objects, upload.key, wholeFileReport(upload.key, rejection.code, rejection.message, rowIssues));
  if (parts.kind && parts.period) {
    await store.putManifest({
      key: upload.key,
      kind: parts.kind,
      period: parts.period,
      unit: parts.unit,
      version: upload.version,
      contentHash: upload.contentHash,
      receivedAt: upload.receivedAt,
      status: 'rejected',
      rows: 0,
      accepted: 0,
      rejected: 0,
      warnings: 0,
      reportKey,
      reason: rejection.message,
    });
  }
  return record(store, {
    key: upload.key,
    version: upload.version,
    receivedAt: upload.receivedAt,
    status: 'rejected',
    ...parts,
    rows: 0,
    accepted: 0,
    rejected: 0,
    report: deps.objects.locate(reportKey),
    reason: rejection.message,
  });
}

async function record(store: ManifestStore, outcome: UploadRecord, warnings?: number): Promise<IngestOutcome> {
  const first = await store.recordUpload(outcome);
  if (!first) {
    const winner = await store.findUpload(outcome.key, outcome.version);
    if (winner) return asDuplicate(winner);
  }
  return { ...toOutcome(outcome), ...(warnings ? { warnings } : {}) };
}

function toOutcome(r: UploadRecord): IngestOutcome {
  const outcome: IngestOutcome = {
    key: r.key,
    kind: r.kind,
    period: r.period,
    unit: r.unit,
    status: r.status,
    rows: r.rows,
    accepted: r.accepted,
    rejected: r.rejected,
    report: r.report,
  };
  if (r.reason !== undefined) outcome.reason = r.reason;
  return outcome;
}

function asDuplicate(earlier: UploadRecord): IngestOutcome {
  return { ...toOutcome(earlier), status: 'duplicate' };
}

function duplicateOfCurrent(current: Manifest, key: string): IngestOutcome {
  return {
    key,
    kind: current.kind,
    period: current.period,
    unit: current.unit,
    status: 'duplicate',
    rows: current.rows,
    accepted: current.accepted,
    rejected: current.rejected,
    report: null,
  };
}

/**
 * DATA-CONTRACT 5.5: a snapshot file without an accepted row is rejected whole; its report still lists
 * why each row failed, or the clerk could not fix the export.
 */
class EmptySnapshot extends FileRejection {
  constructor(
    read: number,
    readonly rows: RejectsReport,
  ) {
    super('EMPTY_SNAPSHOT', read === 0 ? '文件只有表头，没有数据行' : `读取${read}行，均未通过校验`);
  }
}

/** The parts of a key as far as they can be read, for an upload rejected before its key is parsed. */
function keyPartsOf(key: string): KeyParts {
  try {
    const { kind, period, unit } = parseUploadKey(key);
    return { kind, period, unit };
  } catch (error) {
    if (!(error instanceof KeyRejection)) throw error;
    return { kind: null, period: null, unit: null, ...error.parts };
  }
}
