import { cp, mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readExpectations, restoreReceiptTimes } from '../synthetic/expectationsFile.ts';

/**
 * Git keeps no modification times, and the local mode reads a file's receipt from its mtime
 * (RULES 3.1). So the demo "uploads" the sample: it copies the tree to a fresh folder and gives each
 * file the receipt time the generator planned — the repository's copy stays untouched.
 */
export async function stageUploads(sampleRoot: string, expectationsFile: string): Promise<string> {
  const staged = await mkdtemp(join(tmpdir(), 'kuomian-uploads-'));
  await cp(sampleRoot, staged, { recursive: true });
  await restoreReceiptTimes(staged, await readExpectations(expectationsFile));
  return staged;
}
