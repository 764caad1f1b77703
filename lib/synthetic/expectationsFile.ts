/**
 * The expectations file written beside an upload tree (never inside it: every file under the tree
 * is ingested): the files with their expected outcomes and the planted facts. Also restores the
 * receipt times of a tree whose modification times were lost (a git checkout sets them all to now).
 */
import { readFile, utimes, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { GeneratedCounty } from './types.ts';

/** Where the expectations of a tree go by default: `seeds/sample` → `seeds/sample-expected.json`. */
export function defaultExpectationsPath(outDir: string): string {
  return `${outDir.replace(/[\\/]+$/, '')}-expected.json`;
}

export async function writeExpectations(county: GeneratedCounty, path: string): Promise<void> {
  await writeFile(path, `${JSON.stringify(county, null, 1)}\n`, 'utf8');
}

export async function readExpectations(path: string): Promise<GeneratedCounty> {
  return JSON.parse(await readFile(path, 'utf8')) as GeneratedCounty;
}

/**
 * Sets each file's modification time back to its receipt time, so that `kuomian ingest` (which
 * orders files by modification time) sees them in the order the departments sent them.
 * Returns the number of files touched.
 */
export async function restoreReceiptTimes(
  root: string,
  county: Pick<GeneratedCounty, 'files'>,
): Promise<number> {
  for (const file of county.files) {
    const at = new Date(file.receivedAt);
    await utimes(join(root, ...file.key.split('/')), at, at);
  }
  return county.files.length;
}
