import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/**
 * Where the reference data lives: `KUOMIAN_SEEDS_DIR`, else `seeds/` beside a Lambda bundle
 * (the stack copies it there), else the repository's `seeds/`.
 */
export function seedsDir(): string {
  const fromEnv = process.env.KUOMIAN_SEEDS_DIR;
  if (fromEnv) return fromEnv;
  const candidates = [new URL('./seeds/', import.meta.url), new URL('../../seeds/', import.meta.url)];
  for (const candidate of candidates) {
    const dir = fileURLToPath(candidate);
    if (existsSync(`${dir}townships.json`)) return dir;
  }
  throw new SeedError('seeds/ not found (set KUOMIAN_SEEDS_DIR)');
}

/** A reference-data file is missing or broken: fail loudly rather than compute on bad policy. */
export class SeedError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'SeedError';
  }
}
