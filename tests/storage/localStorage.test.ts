import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openLocalStorage } from '../../lib/storage/local/index.ts';
import { filesUnder, makeTempDir } from './helpers/tempDir.ts';

describe('openLocalStorage', () => {
  let temp: Awaited<ReturnType<typeof makeTempDir>>;
  beforeEach(async () => {
    temp = await makeTempDir();
  });
  afterEach(async () => {
    await temp.remove();
  });

  it('lays objects at the top of the data directory, the table in .table, alerts in outbox', async () => {
    const storage = openLocalStorage(join(temp.dir, '.kuomian'), {
      now: () => new Date('2023-04-01T00:00:00Z'),
    });
    expect(storage.dataDir).toBe(join(temp.dir, '.kuomian'));
    await storage.objects.put('rejects/tax-payroll/2023-03/工资.csv.csv', 'x');
    await storage.table.put({ pk: 'manifest', sk: 'tax-payroll/2023-03/工资.csv' });
    await storage.notifier.send({ alertId: 'a1', cadreId: 'c1', subject: 's', sms: 'm', email: 'e' });
    expect(await filesUnder(storage.dataDir)).toEqual([
      '.table/manifest/tax-payroll%2F2023-03%2F工资.csv.json',
      'outbox/alerts.jsonl',
      'rejects/tax-payroll/2023-03/工资.csv.csv',
    ]);
    const located = storage.objects.locate('rejects/tax-payroll/2023-03/工资.csv.csv');
    expect(located).toBe('rejects/tax-payroll/2023-03/工资.csv.csv');
    expect(await readFile(join(storage.dataDir, located), 'utf8')).toBe('x');
    // Neither the table nor the outbox shows up as objects.
    expect(await storage.objects.list('')).toEqual(['rejects/tax-payroll/2023-03/工资.csv.csv']);
  });

  it('writes nothing until something is stored, and reads an absent data directory as empty', async () => {
    const storage = openLocalStorage(join(temp.dir, 'never'));
    expect(await storage.objects.list('')).toEqual([]);
    expect(await storage.table.query('manifest')).toEqual([]);
    expect(await storage.objects.get('rejects/x.csv')).toBeUndefined();
    expect(await filesUnder(temp.dir)).toEqual([]);
  });

  it('gives a later run the state of an earlier one', async () => {
    const dataDir = join(temp.dir, 'data');
    const first = openLocalStorage(dataDir);
    await first.objects.put('curated/insured/2023-03/all.jsonl', '{"id":1}\n');
    await first.table.put({
      pk: 'pointer',
      sk: 'insured|2023-03|',
      key: 'curated/insured/2023-03/all.jsonl',
    });
    const second = openLocalStorage(dataDir);
    const pointer = await second.table.get('pointer', 'insured|2023-03|');
    expect(pointer?.key).toBe('curated/insured/2023-03/all.jsonl');
    expect((await second.objects.get(pointer?.key as string))?.toString()).toBe('{"id":1}\n');
  });
});
