/**
 * The ingest Lambda (functions/ingest.ts): S3 ObjectCreated notifications arrive through SQS. Each
 * message is processed on its own; a message that cannot be read or processed is reported in
 * `batchItemFailures` (the queue retries only it), the others go through.
 */
import { GetObjectCommand, type GetObjectCommandInput } from '@aws-sdk/client-s3';
import { ListSubscriptionsByTopicCommand, SubscribeCommand } from '@aws-sdk/client-sns';
import type { Context } from 'aws-lambda';
import { afterAll, beforeAll, beforeEach, describe, expect, test, vi } from 'vitest';
import { handler, ingestBatch } from '../../functions/ingest.ts';
import { ManifestStore } from '../../lib/snapshots/manifestStore.ts';
import { E1, E2 } from '../cli/fixture.ts';
import { type Cloud, DATA_BUCKET, UPLOAD_BUCKET, objectCreatedBody, sqsEvent, startCloud } from './cloud.ts';

let cloud: Cloud;

beforeAll(async () => {
  // The handler logs one line per object (and per failure); kept out of the test report.
  vi.spyOn(console, 'log').mockImplementation(() => undefined);
  vi.spyOn(console, 'error').mockImplementation(() => undefined);
  cloud = await startCloud();
});

afterAll(async () => {
  await cloud?.close();
  vi.restoreAllMocks();
});

beforeEach(() => {
  cloud.s3.resetHistory();
  cloud.sns.resetHistory();
});

const REGISTRY = `统一社会信用代码,企业名称,登记状态\r\n${E1},武义甲机械有限公司,存续\r\n${E2},武义乙贸易有限公司,在业\r\n`;

const getObjectInputs = () => cloud.s3.commandCalls(GetObjectCommand).map((c) => c.args[0].input as GetObjectCommandInput);
const uploadReads = () => getObjectInputs().filter((i) => i.Bucket === UPLOAD_BUCKET);

describe('ingest handler', () => {
  test('reads the object version the event names, under its URL-decoded key', async () => {
    const key = 'registry/2023-03/名单 1.csv';
    cloud.putUpload(key, REGISTRY, 'version-a');
    const body = objectCreatedBody(key, 'version-a', '2023-03-05T01:00:00.000Z');
    expect(body).toContain('registry/2023-03/%E5%90%8D%E5%8D%95+1.csv'); // as S3 writes it

    const response = await handler(sqsEvent([body]), {} as Context);

    expect(response).toEqual({ batchItemFailures: [] });
    expect(uploadReads()).toEqual([{ Bucket: UPLOAD_BUCKET, Key: key, VersionId: 'version-a' }]);
    const [record] = await new ManifestStore(cloud.table).uploadsOf(key);
    expect(record).toMatchObject({ key, version: 'version-a', status: 'accepted', kind: 'registry', rows: 2, accepted: 2 });
    expect(record.receivedAt).toBe('2023-03-05T01:00:00.000Z'); // the event time is the receipt (RULES 3.1)
    const manifests = await new ManifestStore(cloud.table).manifests(['registry']);
    expect(manifests.map((m) => [m.key, m.version, m.status])).toContainEqual([key, 'version-a', 'accepted']);
    const curated = manifests.find((m) => m.version === 'version-a')?.curatedKey as string;
    expect(cloud.object(DATA_BUCKET, curated)).toBeDefined();
  });

  test('the same version delivered again is processed once and not read again', async () => {
    const key = 'registry/2023-03/名单 1.csv';
    const body = objectCreatedBody(key, 'version-a', '2023-03-05T01:00:00.000Z');
    expect(await ingestBatch(sqsEvent([body]))).toEqual({ batchItemFailures: [] });
    expect(uploadReads()).toEqual([]);
    expect(await new ManifestStore(cloud.table).uploadsOf(key)).toHaveLength(1);
  });

  test('a malformed message and a failing read are reported; the good message in between is processed', async () => {
    cloud.putUpload('registry/2023-04/名单.csv', REGISTRY, 'version-b');
    const refused = 'registry/2023-05/名单.csv';
    const broken = 'registry/2023-06/名单.csv';
    cloud.putUpload(refused, REGISTRY, 'version-c');
    cloud.putUpload(broken, REGISTRY, 'version-d');
    cloud.failNextRead(refused, 'refuse'); // GetObject rejects (503 SlowDown)
    cloud.failNextRead(broken, 'break'); // the connection drops mid-stream
    const bodies = [
      '{"Records": [ this is not JSON',
      objectCreatedBody('registry/2023-04/名单.csv', 'version-b', '2023-04-03T01:00:00.000Z'),
      objectCreatedBody(refused, 'version-c', '2023-05-03T01:00:00.000Z'),
      objectCreatedBody(broken, 'version-d', '2023-06-03T01:00:00.000Z'),
    ];
    const event = sqsEvent(bodies);
    const [malformed, , refusedMessage, brokenMessage] = event.Records.map((r) => r.messageId);

    const response = await ingestBatch(event);

    expect(response.batchItemFailures).toEqual([
      { itemIdentifier: malformed },
      { itemIdentifier: refusedMessage },
      { itemIdentifier: brokenMessage },
    ]);
    const store = new ManifestStore(cloud.table);
    expect((await store.uploadsOf('registry/2023-04/名单.csv')).map((r) => r.status)).toEqual(['accepted']);
    // A failed read is not the department's fault: nothing is recorded, no rejection report is written…
    expect(await store.uploadsOf(refused)).toEqual([]);
    expect(await store.uploadsOf(broken)).toEqual([]);
    expect([...(cloud.buckets.get(DATA_BUCKET)?.keys() ?? [])].filter((k) => k.startsWith('rejects/'))).toEqual([]);
    // …so the queue's next delivery processes the files afresh.
    expect(await ingestBatch(sqsEvent(bodies.slice(2)))).toEqual({ batchItemFailures: [] });
    expect((await store.uploadsOf(refused)).map((r) => r.status)).toEqual(['accepted']);
    expect((await store.uploadsOf(broken)).map((r) => r.status)).toEqual(['accepted']);
  });

  test("S3's test event and non-creation events are acknowledged and ignored", async () => {
    const testEvent = JSON.stringify({
      Service: 'Amazon S3',
      Event: 's3:TestEvent',
      Time: '2023-03-01T00:00:00.000Z',
      Bucket: UPLOAD_BUCKET,
      RequestId: 'R1',
      HostId: 'H1',
    });
    const removed = objectCreatedBody('registry/2023-06/名单.csv', 'version-d', '2023-06-01T00:00:00.000Z').replace(
      'ObjectCreated:Put',
      'ObjectRemoved:Delete',
    );
    expect(await ingestBatch(sqsEvent([testEvent, removed]))).toEqual({ batchItemFailures: [] });
    expect(getObjectInputs()).toEqual([]);
  });

  test('an accepted cadres roster reconciles the alert subscriptions, also when the first attempt failed', async () => {
    const key = 'cadres/2023-02/包保干部名册.csv';
    cloud.putUpload(
      key,
      '干部编号,姓名,邮箱,挂钩类型,挂钩对象\r\nC001,张卫东,c001@wuyi.gov.cn,片区,开发区\r\n',
      'version-e',
    );
    const body = objectCreatedBody(key, 'version-e', '2023-02-01T01:00:00.000Z');
    // SNS throttles the first listing: the message fails and the queue delivers it again.
    cloud.sns.on(ListSubscriptionsByTopicCommand).rejectsOnce(new Error('Rate exceeded')).resolves({ Subscriptions: [] });
    const first = sqsEvent([body]);
    expect(await ingestBatch(first)).toEqual({ batchItemFailures: [{ itemIdentifier: first.Records[0].messageId }] });
    expect(cloud.sns.commandCalls(SubscribeCommand)).toHaveLength(0);

    expect(await ingestBatch(sqsEvent([body]))).toEqual({ batchItemFailures: [] });
    const subscribed = cloud.sns.commandCalls(SubscribeCommand).map((c) => c.args[0].input);
    expect(subscribed).toEqual([
      expect.objectContaining({
        Protocol: 'email',
        Endpoint: 'c001@wuyi.gov.cn',
        Attributes: { FilterPolicy: JSON.stringify({ cadreId: ['C001'] }), FilterPolicyScope: 'MessageAttributes' },
      }),
    ]);
  });
});
