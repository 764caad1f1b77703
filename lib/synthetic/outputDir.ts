/**
 * The upload root the generator writes into: created when missing; an earlier generated tree is
 * replaced only when asked, and nothing but kind folders is ever removed.
 */
import { mkdir, readdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { KINDS } from '../model/kinds.ts';

export class OutputDirError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'OutputDirError';
  }
}

export async function prepareOutputDir(outDir: string, overwrite: boolean): Promise<void> {
  await mkdir(outDir, { recursive: true });
  const entries = await readdir(outDir);
  const foreign = entries.filter((name) => !(KINDS as readonly string[]).includes(name));
  if (foreign.length) {
    throw new OutputDirError(
      `${outDir} holds entries that are not upload kinds (${foreign.slice(0, 5).join(', ')}): choose an empty directory`,
    );
  }
  if (entries.length && !overwrite)
    throw new OutputDirError(`${outDir} already holds an upload tree: pass overwrite to replace it`);
  for (const name of entries) await rm(join(outDir, name), { recursive: true, force: true });
}
