import { readCurated } from '../ingest/curated.ts';
import type { ObjectStore, Table } from '../storage/ports.ts';
import { Dataset } from './dataset.ts';
import { ManifestStore } from './manifestStore.ts';

/** The Dataset of everything ingested so far: manifests from the table, rows from curated snapshots. */
export async function loadDataset(table: Table, objects: ObjectStore): Promise<Dataset> {
  const manifests = await new ManifestStore(table).manifests();
  return new Dataset(manifests, (manifest) => {
    if (!manifest.curatedKey) throw new Error(`upload ${manifest.key} has no curated rows`);
    return readCurated(objects, manifest.curatedKey);
  });
}
