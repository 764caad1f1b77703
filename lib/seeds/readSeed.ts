import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { z } from 'zod';
import { SeedError, seedsDir } from './seedsDir.ts';

/** Reads and validates one JSON seed file; any problem is a SeedError naming the file. */
export function readSeed<T>(relativePath: string, schema: z.ZodType<T>): T {
  const path = join(seedsDir(), relativePath);
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new SeedError(
      code === 'ENOENT' ? `reference data missing: seeds/${relativePath}` : `seeds/${relativePath}: ${(error as Error).message}`,
    );
  }
  const parsed = schema.safeParse(raw);
  if (!parsed.success) {
    throw new SeedError(`seeds/${relativePath} is invalid: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
  }
  return parsed.data;
}
