/**
 * The cloud a Lambda handler test runs against, on the loopback interface and in memory:
 * - DynamoDB: dynalite started in-process with the stack's table layout; the handlers reach it through
 *   their default client, pointed at it by `AWS_ENDPOINT_URL_DYNAMODB` — so conditional writes,
 *   queries and paging are DynamoDB's, not a mock's;
 * - S3: aws-sdk-client-mock in front of an in-memory, versioned bucket store;
 * - SNS: aws-sdk-client-mock, every call recorded.
 * The environment is the one the stack sets (ENV in lib/config/names.ts), with dummy credentials.
 */
import type { Server } from 'node:http';
import { buffer } from 'node:stream/consumers';
import { createRequire } from 'node:module';
import type { AddressInfo } from 'node:net';
import { Readable } from 'node:stream';
import { CreateTableCommand, DynamoDBClient } from '@aws-sdk/client-dynamodb';
import {
  GetObjectCommand,
  type GetObjectCommandInput,
  ListObjectsV2Command,
  type ListObjectsV2CommandInput,
  NoSuchKey,
  PutObjectCommand,
  type PutObjectCommandInput,
  S3Client,
  type S3ClientResolvedConfig,
  S3ServiceException,
  type ServiceInputTypes as S3Input,
  type ServiceOutputTypes as S3Output,
} from '@aws-sdk/client-s3';
import {
  GetSubscriptionAttributesCommand,
  ListSubscriptionsByTopicCommand,
  PublishCommand,
  SNSClient,
  type SNSClientResolvedConfig,
  type ServiceInputTypes as SnsInput,
  type ServiceOutputTypes as SnsOutput,
  SetSubscriptionAttributesCommand,
  SubscribeCommand,
  UnsubscribeCommand,
} from '@aws-sdk/client-sns';
import type { SQSEvent, SQSRecord } from 'aws-lambda';
import { type AwsStub, mockClient } from 'aws-sdk-client-mock';
import { ENV, TABLE_KEY } from '../../lib/config/names.ts';
import { DynamoTable, documentClient } from '../../lib/storage/aws/index.ts';
import type { Table } from '../../lib/storage/ports.ts';

// dynalite ships no type declarations; this is the one function used.
type Dynalite = (options: { createTableMs?: number; deleteTableMs?: number }) => Server;
const dynalite = createRequire(import.meta.url)('dynalite') as Dynalite;

export const UPLOAD_BUCKET = 'kuomian-uploads';
export const DATA_BUCKET = 'kuomian-data';
export const TABLE_NAME = 'kuomian';
export const TOPIC_ARN = 'arn:aws-cn:sns:cn-northwest-1:123456789012:kuomian-alerts';

/** One object version in the fake S3. */
interface StoredObject {
  body: Buffer;
  versionId: string;
}

export interface Cloud {
  s3: AwsStub<S3Input, S3Output, S3ClientResolvedConfig>;
  sns: AwsStub<SnsInput, SnsOutput, SNSClientResolvedConfig>;
  /** Bucket → key → versions, oldest first. */
  buckets: Map<string, Map<string, StoredObject[]>>;
  /** A Table adapter on the same dynalite table, for looking at what the handlers wrote. */
  table: Table;
  putUpload(key: string, body: string | Buffer, versionId: string): void;
  /** The next GetObject of an upload fails: refused (503 SlowDown), or the connection breaks mid-stream. */
  failNextRead(key: string, fault: ReadFault): void;
  /** The latest version of an object, or undefined. */
  object(bucket: string, key: string): Buffer | undefined;
  close(): Promise<void>;
}

export type ReadFault = 'refuse' | 'break';

/** A body whose connection drops after the first bytes. */
function brokenStream(body: Buffer): Readable {
  return new Readable({
    read() {
      this.push(body.subarray(0, Math.min(8, body.length)));
      this.destroy(Object.assign(new Error('socket hang up'), { code: 'ECONNRESET' }));
    },
  });
}

async function startDynalite(): Promise<{ endpoint: string; server: Server }> {
  const server = dynalite({ createTableMs: 0, deleteTableMs: 0 });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { endpoint: `http://127.0.0.1:${port}`, server };
}

const CREDENTIALS = { accessKeyId: 'test', secretAccessKey: 'test' };

export async function startCloud(): Promise<Cloud> {
  const { endpoint, server } = await startDynalite();
  Object.assign(process.env, {
    AWS_REGION: 'cn-northwest-1',
    AWS_ACCESS_KEY_ID: CREDENTIALS.accessKeyId,
    AWS_SECRET_ACCESS_KEY: CREDENTIALS.secretAccessKey,
    AWS_EC2_METADATA_DISABLED: 'true',
    AWS_ENDPOINT_URL_DYNAMODB: endpoint,
    [ENV.tableName]: TABLE_NAME,
    [ENV.dataBucket]: DATA_BUCKET,
    [ENV.uploadBucket]: UPLOAD_BUCKET,
    [ENV.alertTopicArn]: TOPIC_ARN,
    [ENV.campaignTimeZone]: 'Asia/Shanghai',
    [ENV.smsEnabled]: 'false',
    [ENV.officeCadreId]: 'office',
  });
  const dynamo = new DynamoDBClient({ endpoint, region: 'cn-northwest-1', credentials: CREDENTIALS });
  await dynamo.send(
    new CreateTableCommand({
      TableName: TABLE_NAME,
      BillingMode: 'PAY_PER_REQUEST',
      AttributeDefinitions: [
        { AttributeName: TABLE_KEY.partition, AttributeType: 'S' },
        { AttributeName: TABLE_KEY.sort, AttributeType: 'S' },
      ],
      KeySchema: [
        { AttributeName: TABLE_KEY.partition, KeyType: 'HASH' },
        { AttributeName: TABLE_KEY.sort, KeyType: 'RANGE' },
      ],
    }),
  );

  const buckets = new Map<string, Map<string, StoredObject[]>>();
  const bucket = (name: string) => {
    const keys = buckets.get(name) ?? new Map<string, StoredObject[]>();
    buckets.set(name, keys);
    return keys;
  };
  const put = (name: string, key: string, body: Buffer, versionId: string) => {
    const versions = bucket(name).get(key) ?? [];
    versions.push({ body, versionId });
    bucket(name).set(key, versions);
  };

  const s3 = mockClient(S3Client);
  s3.on(PutObjectCommand).callsFake(async (input: PutObjectCommandInput) => {
    const body = input.Body;
    // Curated snapshots are streamed from a file (ObjectStore.putFile), as S3 takes them.
    const bytes =
      typeof body === 'string'
        ? Buffer.from(body)
        : body instanceof Readable
          ? await buffer(body)
          : Buffer.from(body as Uint8Array);
    put(input.Bucket as string, input.Key as string, bytes, `v${Date.now()}`);
    return {};
  });
  const faults = new Map<string, ReadFault[]>();
  s3.on(GetObjectCommand).callsFake(async (input: GetObjectCommandInput) => {
    const fault = faults.get(`${input.Bucket}/${input.Key}`)?.shift();
    if (fault === 'refuse') throw new S3ServiceException({ name: 'SlowDown', $fault: 'server', message: 'Please reduce your request rate.', $metadata: { httpStatusCode: 503 } });
    const versions = bucket(input.Bucket as string).get(input.Key as string) ?? [];
    const found = input.VersionId ? versions.find((v) => v.versionId === input.VersionId) : versions.at(-1);
    if (!found) throw new NoSuchKey({ message: 'The specified key does not exist.', $metadata: { httpStatusCode: 404 } });
    if (fault === 'break') return { Body: brokenStream(found.body), VersionId: found.versionId };
    return { Body: Readable.from([found.body]), VersionId: found.versionId };
  });
  s3.on(ListObjectsV2Command).callsFake(async (input: ListObjectsV2CommandInput) => {
    const keys = [...bucket(input.Bucket as string).keys()].filter((k) => k.startsWith(input.Prefix ?? '')).sort();
    return { Contents: keys.map((Key) => ({ Key })), IsTruncated: false };
  });

  const sns = mockClient(SNSClient);
  sns.on(PublishCommand).resolves({ MessageId: 'message-1' });
  sns.on(ListSubscriptionsByTopicCommand).resolves({ Subscriptions: [] });
  sns.on(SubscribeCommand).resolves({ SubscriptionArn: `${TOPIC_ARN}:subscription-1` });
  sns.on(GetSubscriptionAttributesCommand).resolves({ Attributes: {} });
  sns.on(SetSubscriptionAttributesCommand).resolves({});
  sns.on(UnsubscribeCommand).resolves({});

  return {
    s3,
    sns,
    buckets,
    table: new DynamoTable(documentClient(dynamo), TABLE_NAME),
    putUpload: (key, body, versionId) => put(UPLOAD_BUCKET, key, Buffer.from(body), versionId),
    failNextRead: (key, fault) => faults.set(`${UPLOAD_BUCKET}/${key}`, [...(faults.get(`${UPLOAD_BUCKET}/${key}`) ?? []), fault]),
    object: (name, key) => bucket(name).get(key)?.at(-1)?.body,
    close: async () => {
      s3.restore();
      sns.restore();
      dynamo.destroy();
      await new Promise<void>((resolve, reject) => server.close((err) => (err ? reject(err) : resolve())));
    },
  };
}

/** S3 writes event keys URL-encoded, with `+` for a space. */
export function s3EventKey(key: string): string {
  return encodeURIComponent(key).replace(/%2F/g, '/').replace(/%20/g, '+');
}

/** The body S3 puts on the queue for one new object version. */
export function objectCreatedBody(key: string, versionId: string, eventTime: string, size = 100): string {
  return JSON.stringify({
    Records: [
      {
        eventVersion: '2.1',
        eventSource: 'aws:s3',
        awsRegion: 'cn-northwest-1',
        eventTime,
        eventName: 'ObjectCreated:Put',
        s3: {
          s3SchemaVersion: '1.0',
          bucket: { name: UPLOAD_BUCKET, arn: `arn:aws-cn:s3:::${UPLOAD_BUCKET}` },
          object: { key: s3EventKey(key), size, eTag: '"0123456789abcdef"', versionId, sequencer: '0065F1' },
        },
      },
    ],
  });
}

let messageNumber = 0;

/** An SQS batch carrying the given message bodies. */
export function sqsEvent(bodies: readonly string[]): SQSEvent {
  return {
    Records: bodies.map(
      (body): SQSRecord => ({
        messageId: `message-${++messageNumber}`,
        receiptHandle: `receipt-${messageNumber}`,
        body,
        attributes: {
          ApproximateReceiveCount: '1',
          SentTimestamp: '0',
          SenderId: 'AROAEXAMPLE',
          ApproximateFirstReceiveTimestamp: '0',
        },
        messageAttributes: {},
        md5OfBody: '',
        eventSource: 'aws:sqs',
        eventSourceARN: 'arn:aws-cn:sqs:cn-northwest-1:123456789012:kuomian-uploads',
        awsRegion: 'cn-northwest-1',
      }),
    ),
  };
}
