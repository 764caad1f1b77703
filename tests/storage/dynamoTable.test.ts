import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { documentClient } from '../../lib/storage/aws/documentClient.ts';
import { DynamoTable } from '../../lib/storage/aws/dynamoTable.ts';
import { type DynaliteTable, startDynaliteTable } from './helpers/dynaliteServer.ts';
import { describeTableContract } from './helpers/tableContract.ts';

let counter = 0;

// A fresh table per test keeps the contract tests independent.
describeTableContract('DynamoTable', async () => {
  const server = await startDynaliteTable(`contract-${++counter}`);
  return { table: new DynamoTable(documentClient(server.client), server.tableName), close: server.close };
});

describe('DynamoTable paging', () => {
  let server: DynaliteTable;
  beforeAll(async () => {
    server = await startDynaliteTable('paging');
  });
  afterAll(async () => {
    await server.close();
  });

  it('follows LastEvaluatedKey across many small pages', async () => {
    const table = new DynamoTable(documentClient(server.client), server.tableName, { pageSize: 7 });
    const sks = Array.from({ length: 50 }, (_, i) => `s${String(i).padStart(2, '0')}`);
    for (const sk of sks) await table.put({ pk: 'paged', sk });
    expect((await table.query('paged')).map((i) => i.sk)).toEqual(sks);
    expect((await table.query('paged', { skPrefix: 's4' })).map((i) => i.sk)).toEqual([
      's40',
      's41',
      's42',
      's43',
      's44',
      's45',
      's46',
      's47',
      's48',
      's49',
    ]);
  });

  it('returns a partition larger than one 1 MB response page', async () => {
    const table = new DynamoTable(documentClient(server.client), server.tableName);
    const filler = 'x'.repeat(100 * 1024);
    for (let i = 0; i < 14; i++)
      await table.put({ pk: 'heavy', sk: `s${String(i).padStart(2, '0')}`, filler });
    const items = await table.query('heavy');
    expect(items).toHaveLength(14);
    expect(items[13]).toEqual({ pk: 'heavy', sk: 's13', filler });
  });
});
