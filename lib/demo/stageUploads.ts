import { cp, mkdtemp, readFile, utimes } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * Git keeps no modification times, and the local mode reads a file's receipt from its mtime
 * (RULES 3.1). So the demo "uploads" the sample: it copies the tree to a fresh folder and gives each
 * file the receipt time the generator planned (`receivedAt` in the expectations file).
 */
export async function stageUploads(sampleRoot: string, expectationsFile: string): Promise<string> {
  const plan = JSON.parse(await readFile(expectationsFile, 'utf8')) as { files: { key: string; receivedAt: string }[] };
  const staged = await mkdtemp(join(tmpdir(), 'kuomian-uploads-'));
  await cp(sampleRoot, staged, { recursive: true });
  for (const file of plan.files) {
    const at = new Date(file.receivedAt);
    await utimes(join(staged, file.key), at, at);
  }
  return staged;
}
