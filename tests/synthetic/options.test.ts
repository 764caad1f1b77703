import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { OutputDirError, generateCounty, resolveScale } from '../../lib/synthetic/index.ts';
import { prepareOutputDir } from '../../lib/synthetic/outputDir.ts';

describe('scale', () => {
  it('sizes small, county and multiples of the county', () => {
    expect(resolveScale('small')).toMatchObject({ enterprises: 400, people: 4_000 });
    expect(resolveScale('county')).toMatchObject({ enterprises: 25_000, people: 200_000, flowFactor: 1 });
    expect(resolveScale(4)).toMatchObject({ enterprises: 100_000, people: 800_000, flowFactor: 1 });
  });

  it('refuses a county too small to hold every planted sort', () => {
    expect(() => resolveScale(0.001)).toThrow(/too small/);
    expect(() => resolveScale(-1)).toThrow();
  });
});

describe('output directory', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'kuomian-out-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('never writes into a directory holding anything but an upload tree', async () => {
    writeFileSync(join(dir, 'notes.txt'), 'keep me');
    await expect(generateCounty({ scale: 'small', outDir: dir })).rejects.toBeInstanceOf(OutputDirError);
    expect(existsSync(join(dir, 'notes.txt'))).toBe(true);
    expect(existsSync(join(dir, 'registry'))).toBe(false);
  });

  it('replaces an earlier tree only when asked', async () => {
    mkdirSync(join(dir, 'registry', '2023-01'), { recursive: true });
    writeFileSync(join(dir, 'registry', '2023-01', 'old.csv'), 'x');
    await expect(prepareOutputDir(dir, false)).rejects.toThrow(/overwrite/);
    expect(existsSync(join(dir, 'registry', '2023-01', 'old.csv'))).toBe(true);
    await prepareOutputDir(dir, true);
    expect(existsSync(join(dir, 'registry'))).toBe(false);
  });
});
