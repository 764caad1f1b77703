import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { buffer } from 'node:stream/consumers';
import {
  GetObjectCommand,
  ListObjectsV2Command,
  NoSuchKey,
  PutObjectCommand,
  S3Client,
  S3ServiceException,
} from '@aws-sdk/client-s3';
import { mockClient } from 'aws-sdk-client-mock';
import { beforeEach, describe, expect, it } from 'vitest';
import { S3ObjectStore } from '../../lib/storage/aws/s3ObjectStore.ts';
import { NotFoundError } from '../../lib/storage/ports.ts';

const s3 = mockClient(S3Client);
const store = new S3ObjectStore(new S3Client({ region: 'cn-northwest-1' }), 'kuomian-data');

/** A GetObject body as the SDK hands it out in Node: a readable stream. */
function body(content: string): never {
  return Readable.from([Buffer.from(content)]) as never;
}

function noSuchKey(): NoSuchKey {
  return new NoSuchKey({ message: 'The specified key does not exist.', $metadata: { httpStatusCode: 404 } });
}

describe('S3ObjectStore', () => {
  beforeEach(() => {
    s3.reset();
  });

  it('puts the object under its key with the content type, leaving encryption to the bucket', async () => {
    s3.on(PutObjectCommand).resolves({});
    await store.put('rejects/tax-payroll/2023-03/工资.csv.csv', '\uFEFF行号,原因\n', {
      contentType: 'text/csv; charset=utf-8',
    });
    const calls = s3.commandCalls(PutObjectCommand);
    expect(calls).toHaveLength(1);
    expect(calls[0].args[0].input).toEqual({
      Bucket: 'kuomian-data',
      Key: 'rejects/tax-payroll/2023-03/工资.csv.csv',
      Body: '\uFEFF行号,原因\n',
      ContentType: 'text/csv; charset=utf-8',
    });
  });

  it('puts a local file streamed, with its length, so a large snapshot is never held in memory', async () => {
    s3.on(PutObjectCommand).resolves({});
    const dir = await mkdtemp(join(tmpdir(), 'kuomian-s3-'));
    const path = join(dir, 'rows.jsonl.gz');
    await writeFile(path, Buffer.alloc(300_000, 7));
    try {
      await store.putFile('curated/insured/2023-03/_county/v1.jsonl.gz', path, {
        contentType: 'application/x-ndjson',
      });
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
    const input = s3.commandCalls(PutObjectCommand)[0].args[0].input;
    expect(input).toMatchObject({
      Bucket: 'kuomian-data',
      Key: 'curated/insured/2023-03/_county/v1.jsonl.gz',
      ContentLength: 300_000,
      ContentType: 'application/x-ndjson',
    });
    expect(input.Body).toBeInstanceOf(Readable);
  });

  it('gets the whole object, or undefined when the key does not exist', async () => {
    s3.on(GetObjectCommand, { Key: 'curated/a.jsonl' }).resolves({ Body: body('{"a":1}\n') });
    s3.on(GetObjectCommand, { Key: 'curated/none.jsonl' }).rejects(noSuchKey());
    expect((await store.get('curated/a.jsonl'))?.toString()).toBe('{"a":1}\n');
    expect(await store.get('curated/none.jsonl')).toBeUndefined();
    expect(s3.commandCalls(GetObjectCommand)[0].args[0].input).toEqual({
      Bucket: 'kuomian-data',
      Key: 'curated/a.jsonl',
    });
  });

  it('does not mistake a refused read for a missing object', async () => {
    const denied = new S3ServiceException({
      name: 'AccessDenied',
      $fault: 'client',
      message: 'Access Denied',
      $metadata: { httpStatusCode: 403 },
    });
    s3.on(GetObjectCommand).rejects(denied);
    await expect(store.get('curated/a.jsonl')).rejects.toThrow('Access Denied');
  });

  it('opens a stream of the object, and throws NotFoundError when it does not exist', async () => {
    s3.on(GetObjectCommand, { Key: 'curated/big.jsonl' }).resolves({ Body: body('line 1\nline 2\n') });
    s3.on(GetObjectCommand, { Key: 'curated/none.jsonl' }).rejects(noSuchKey());
    expect((await buffer(await store.openRead('curated/big.jsonl'))).toString()).toBe('line 1\nline 2\n');
    await expect(store.openRead('curated/none.jsonl')).rejects.toBeInstanceOf(NotFoundError);
  });

  it('lists every key under a prefix across pages', async () => {
    s3.on(ListObjectsV2Command, { ContinuationToken: undefined }).resolves({
      IsTruncated: true,
      NextContinuationToken: 'page-2',
      Contents: [{ Key: 'rejects/a.csv' }, { Key: 'rejects/b.csv' }],
    });
    s3.on(ListObjectsV2Command, { ContinuationToken: 'page-2' }).resolves({
      IsTruncated: false,
      Contents: [{ Key: 'rejects/工资.csv' }],
    });
    expect(await store.list('rejects/')).toEqual(['rejects/a.csv', 'rejects/b.csv', 'rejects/工资.csv']);
    expect(s3.commandCalls(ListObjectsV2Command).map((c) => c.args[0].input)).toEqual([
      { Bucket: 'kuomian-data', Prefix: 'rejects/', ContinuationToken: undefined },
      { Bucket: 'kuomian-data', Prefix: 'rejects/', ContinuationToken: 'page-2' },
    ]);
  });

  it('lists nothing for an empty prefix result', async () => {
    s3.on(ListObjectsV2Command).resolves({ IsTruncated: false, KeyCount: 0 });
    expect(await store.list('reports/2099-01/')).toEqual([]);
  });

  it('locates an object as an s3:// URI', () => {
    expect(store.locate('reports/2023-03/rollup.html')).toBe('s3://kuomian-data/reports/2023-03/rollup.html');
  });
});
