import { buildCadreRoster } from '../kinds/cadreRoster.ts';
import { type CadreRoster, kindParser } from '../kinds/index.ts';
import { type Kind, isSnapshotKind } from '../model/kinds.ts';
import type { CadreRow } from '../model/rows.ts';
import { HeaderNotFound, openTable } from '../read/index.ts';
import type { FileSource, OpenedTable } from '../read/types.ts';
import { Dataset } from '../snapshots/dataset.ts';
import type { Manifest } from '../snapshots/manifest.ts';
import { ManifestStore, type UploadRecord } from '../snapshots/manifestStore.ts';
import { currentVersions } from '../snapshots/selection.ts';
import type { ObjectStore, Table } from '../storage/ports.ts';
import { CuratedWriter, curatedKey, readCurated } from './curated.ts';
import { FileRejection } from './reasons.ts';
import { RejectsReport, rejectsKey, wholeFileReport } from './rejectsReport.ts';
import { KeyRejection, type KeyParts, parseUploadKey } from './uploadKey.ts';

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
  /** Set when the upload must be rejected without reading it (a symbolic link, a name not in UTF-8). */
  problem?: 'SYMLINK' | 'BAD_FILE_NAME';
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
    if (upload.problem) throw new FileRejection(upload.problem);
    const key = parseUploadKey(upload.key);
    parts = key;
    const manifests = await store.manifests([key.kind, 'cadres']);
    const sameBytes = currentVersions(manifests).find(
      (m) => m.kind === key.kind && m.period === key.period && m.unit === key.unit && m.contentHash === upload.contentHash,
    );
    if (sameBytes) return duplicateOfCurrent(sameBytes, upload.key);
    const roster = key.kind === 'contacts' ? await cadreRoster(manifests, upload.receivedAt, deps.objects) : undefined;
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
  const curated = new CuratedWriter();
  const report = new RejectsReport();
  let read = 0;
  let rejected = 0;
  for await (const row of table.rows) {
    read++;
    // The parser also rejects later duplicates of a row's key within the file (DATA-CONTRACT 4.6).
    const { value, issues } = rows.parse(row);
    for (const issue of issues) report.add(issue);
    if (value !== undefined) curated.add(value);
    else rejected++;
    if (deps.onProgress && read % 5000 === 0) deps.onProgress(table.bytesRead(), upload.source.size);
  }
  deps.onProgress?.(upload.source.size, upload.source.size);
  if (curated.count === 0 && isSnapshotKind(key.kind)) {
    throw new FileRejection('EMPTY_SNAPSHOT', `读取${read}行，均未通过校验`);
  }

  const counts = { rows: read, accepted: curated.count, rejected };
  let reportKey: string | undefined;
  if (!report.isEmpty) {
    reportKey = rejectsKey(upload.key);
    await deps.objects.put(reportKey, report.render({ key: upload.key, ...counts }), { contentType: 'text/csv; charset=utf-8' });
  }
  const dataKey = curatedKey(key.kind, key.period, key.unit, upload.version);
  await deps.objects.put(dataKey, curated.finish(), { contentType: 'application/x-ndjson' });
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

async function rejectWhole(
  upload: Upload,
  parts: KeyParts,
  rejection: FileRejection,
  deps: IngestDeps,
  store: ManifestStore,
): Promise<IngestOutcome> {
  const reportKey = rejectsKey(upload.key);
  await deps.objects.put(reportKey, wholeFileReport(upload.key, rejection.code, rejection.message), {
    contentType: 'text/csv; charset=utf-8',
  });
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

/** DATA-CONTRACT 3.9: contacts are checked against the newest cadres snapshot received before the file. */
async function cadreRoster(
  manifests: Manifest[],
  receivedAt: string,
  objects: ObjectStore,
): Promise<CadreRoster> {
  const before = manifests.filter((m) => m.kind === 'cadres' && m.receivedAt < receivedAt);
  const dataset = new Dataset(before, (m) => readCurated(objects, m.curatedKey ?? ''));
  const latest = dataset.currentManifests().filter((m) => m.kind === 'cadres');
  if (latest.length === 0) throw new FileRejection('NO_CADRE_ROSTER');
  const newestPeriod = latest.reduce((p, m) => (m.period > p ? m.period : p), '');
  const rows: CadreRow[] = [];
  for await (const row of dataset.unitedAsOf('cadres', newestPeriod)) rows.push(row);
  return buildCadreRoster(rows);
}
