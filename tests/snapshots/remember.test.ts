import { describe, expect, it } from 'vitest';
import { memoryDataset } from '../../lib/snapshots/memoryDataset.ts';

describe('facts remembered by a dataset', () => {
  it('computes a fact once per dataset, and again after a failure so that a retry can succeed', async () => {
    const dataset = memoryDataset([]);
    let computed = 0;
    const fact = () => dataset.remember('count', async () => ++computed);
    expect(await Promise.all([fact(), fact()])).toEqual([1, 1]);
    expect(computed).toBe(1);

    let attempts = 0;
    const flaky = () =>
      dataset.remember('flaky', async () => {
        attempts++;
        if (attempts === 1) throw new Error('S3 read failed');
        return 'read';
      });
    await expect(flaky()).rejects.toThrow('S3 read failed');
    expect(await flaky()).toBe('read');
    // A dataset seen as of another instant is another view of the data: it remembers its own facts.
    expect(await dataset.asReceivedBy('2023-04-01T00:00:00Z').remember('count', async () => 99)).toBe(99);
  });
});
