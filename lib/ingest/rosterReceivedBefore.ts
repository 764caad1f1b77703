import { buildCadreRoster } from '../kinds/cadreRoster.ts';
import type { CadreRoster } from '../kinds/index.ts';
import type { CadreRow } from '../model/rows.ts';
import { Dataset } from '../snapshots/dataset.ts';
import type { Manifest } from '../snapshots/manifest.ts';
import type { ObjectStore } from '../storage/ports.ts';
import { readCurated } from './curated.ts';
import type { Upload } from './ingestUpload.ts';
import { compareCodePoints } from './localFolder.ts';
import { FileRejection } from './reasons.ts';

/**
 * DATA-CONTRACT 3.9: contacts are checked against the newest cadres snapshot received before the file.
 * "Before" is the order of receipt of RULES 5 — time, then key — so a roster with the same
 * modification time (files unpacked from one archive) counts when its key comes first.
 */
export async function rosterReceivedBefore(
  manifests: Manifest[],
  upload: Pick<Upload, 'key' | 'receivedAt'>,
  objects: ObjectStore,
): Promise<CadreRoster> {
  const receivedBefore = (m: Manifest) =>
    m.receivedAt < upload.receivedAt || (m.receivedAt === upload.receivedAt && compareCodePoints(m.key, upload.key) < 0);
  const before = manifests.filter((m) => m.kind === 'cadres' && receivedBefore(m));
  const dataset = new Dataset(before, (m) => readCurated(objects, m.curatedKey ?? ''));
  const latest = dataset.currentManifests().filter((m) => m.kind === 'cadres');
  if (latest.length === 0) throw new FileRejection('NO_CADRE_ROSTER');
  const newestPeriod = latest.map((m) => m.period).sort().at(-1) ?? '';
  const rows: CadreRow[] = [];
  for await (const row of dataset.unitedAsOf('cadres', newestPeriod)) rows.push(row);
  return buildCadreRoster(rows);
}
