import { createHash } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Generated, fileWhere, generateInTemp } from './readTree.ts';

function fingerprint(generated: Generated): Map<string, { sha: string; mtimeMs: number }> {
  const result = new Map<string, { sha: string; mtimeMs: number }>();
  for (const file of generated.county.files) {
    const path = join(generated.dir, ...file.key.split('/'));
    result.set(file.key, {
      sha: createHash('sha256').update(readFileSync(path)).digest('hex'),
      mtimeMs: statSync(path).mtimeMs,
    });
  }
  return result;
}

describe('the same seed gives the same county', () => {
  let first: Generated;
  let second: Generated;
  let other: Generated;

  beforeAll(async () => {
    first = await generateInTemp(0.006, 11);
    second = await generateInTemp(0.006, 11);
    other = await generateInTemp(0.006, 12);
  });
  afterAll(() => {
    for (const g of [first, second, other]) g?.cleanup();
  });

  it('writes byte-identical files with identical modification times', () => {
    const a = fingerprint(first);
    const b = fingerprint(second);
    expect([...a.keys()].sort()).toEqual([...b.keys()].sort());
    for (const [key, value] of a) expect(b.get(key), key).toEqual(value);
  });

  it('returns identical expectations', () => {
    expect({ ...second.county, outDir: '' }).toEqual({ ...first.county, outDir: '' });
  });

  it('gives a different county for another seed', () => {
    const a = fingerprint(first);
    const c = fingerprint(other);
    const registry = fileWhere(first, (f) => f.kind === 'registry' && f.period === '2023-01').key;
    expect(c.get(registry)?.sha).not.toBe(a.get(registry)?.sha);
  });

  it('sets every file to its receipt time', () => {
    for (const file of first.county.files) {
      expect(statSync(join(first.dir, ...file.key.split('/'))).mtime.toISOString(), file.key).toBe(
        new Date(file.receivedAt).toISOString(),
      );
    }
  });
});
