/**
 * What every Table adapter must do (lib/storage/ports.ts), run against the local file table and the
 * DynamoDB table alike: callers rely on one behaviour whichever mode they run in.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Table } from '../../../lib/storage/ports.ts';

export interface OpenedTable {
  table: Table;
  close(): Promise<void>;
}

export function describeTableContract(name: string, open: () => Promise<OpenedTable>): void {
  describe(`${name} (Table contract)`, () => {
    let opened: OpenedTable;
    let table: Table;
    beforeEach(async () => {
      opened = await open();
      table = opened.table;
    });
    afterEach(async () => {
      await opened.close();
    });

    it('returns what was put, and undefined for an item never put', async () => {
      const manifest = {
        pk: 'manifest#tax-payroll',
        sk: '2023-03#3307230001',
        key: 'tax-payroll/2023-03/3307230001/工资.csv',
        rows: 12,
        accepted: true,
        counts: { rejected: 2, warnings: [1, 2] },
        reason: undefined,
      };
      expect(await table.put(manifest)).toBe(true);
      const { reason: _dropped, ...stored } = manifest;
      expect(await table.get('manifest#tax-payroll', '2023-03#3307230001')).toEqual(stored);
      expect(await table.get('manifest#tax-payroll', '2023-04#3307230001')).toBeUndefined();
      expect(await table.get('manifest#insured', '2023-03#3307230001')).toBeUndefined();
    });

    it('ifNotExists: the first put wins, a second one changes nothing', async () => {
      expect(await table.put({ pk: 'alert', sk: 'A1', state: 'pending' }, { ifNotExists: true })).toBe(true);
      expect(await table.put({ pk: 'alert', sk: 'A1', state: 'other' }, { ifNotExists: true })).toBe(false);
      expect(await table.get('alert', 'A1')).toEqual({ pk: 'alert', sk: 'A1', state: 'pending' });
    });

    it('ifMatch: writes only when the item exists and every named attribute equals the value', async () => {
      await table.put({ pk: 'alert', sk: 'A2', state: 'pending', attempts: 1, final: false });
      // One attribute differs: nothing written.
      expect(
        await table.put(
          { pk: 'alert', sk: 'A2', state: 'sent' },
          { ifMatch: { state: 'pending', attempts: 2 } },
        ),
      ).toBe(false);
      expect(await table.get('alert', 'A2')).toEqual({
        pk: 'alert',
        sk: 'A2',
        state: 'pending',
        attempts: 1,
        final: false,
      });
      // All match (string, number, boolean): the whole item is replaced.
      expect(
        await table.put(
          { pk: 'alert', sk: 'A2', state: 'sent', attempts: 2 },
          { ifMatch: { state: 'pending', attempts: 1, final: false } },
        ),
      ).toBe(true);
      expect(await table.get('alert', 'A2')).toEqual({ pk: 'alert', sk: 'A2', state: 'sent', attempts: 2 });
      // A number is not equal to the same digits as text.
      expect(await table.put({ pk: 'alert', sk: 'A2', state: 'x' }, { ifMatch: { attempts: '2' } })).toBe(
        false,
      );
    });

    it('ifMatch on an absent item fails and creates nothing', async () => {
      expect(
        await table.put({ pk: 'alert', sk: 'none', state: 'sent' }, { ifMatch: { state: 'pending' } }),
      ).toBe(false);
      expect(await table.put({ pk: 'alert', sk: 'none', state: 'sent' }, { ifMatch: {} })).toBe(false);
      expect(await table.get('alert', 'none')).toBeUndefined();
    });

    it('queries one partition in code-point order of the sort key, optionally by prefix', async () => {
      // Put in scrambled order; '😀' (U+1F600) sorts after '！' (U+FF01) by code point, though not
      // by UTF-16 units.
      for (const sk of ['😀', 'a', '乡#2', 'B', '！', '乡#10', '乡#1']) {
        await table.put({ pk: 'p', sk, n: sk.length });
      }
      await table.put({ pk: 'p2', sk: 'a' });
      await table.put({ pk: 'p#', sk: 'a' });
      expect((await table.query('p')).map((i) => i.sk)).toEqual([
        'B',
        'a',
        '乡#1',
        '乡#10',
        '乡#2',
        '！',
        '😀',
      ]);
      expect((await table.query('p', { skPrefix: '乡#1' })).map((i) => i.sk)).toEqual(['乡#1', '乡#10']);
      expect(await table.query('p', { skPrefix: '乡#2' })).toEqual([{ pk: 'p', sk: '乡#2', n: 3 }]);
      expect(await table.query('p', { skPrefix: 'zzz' })).toEqual([]);
      expect(await table.query('nothing-here')).toEqual([]);
    });

    it('returns every item of a large partition, in order', async () => {
      const sks = Array.from({ length: 60 }, (_, i) => `result#2023-${String(i).padStart(3, '0')}`);
      for (const sk of [...sks].reverse()) await table.put({ pk: 'big', sk });
      const items = await table.query('big', { skPrefix: 'result#' });
      expect(items.map((i) => i.sk)).toEqual(sks);
    });

    it('deletes an item; deleting an absent item is not an error', async () => {
      await table.put({ pk: 'd', sk: '1' });
      await table.put({ pk: 'd', sk: '2' });
      await table.delete('d', '1');
      await table.delete('d', '1');
      await table.delete('d', 'never');
      expect(await table.get('d', '1')).toBeUndefined();
      expect((await table.query('d')).map((i) => i.sk)).toEqual(['2']);
      // After a delete, ifNotExists succeeds again.
      expect(await table.put({ pk: 'd', sk: '1', again: true }, { ifNotExists: true })).toBe(true);
    });
  });
}
