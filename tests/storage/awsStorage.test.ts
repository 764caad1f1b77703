import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { GetObjectCommand, NoSuchKey, S3Client } from '@aws-sdk/client-s3';
import { PublishCommand, SNSClient } from '@aws-sdk/client-sns';
import { DynamoDBDocumentClient, GetCommand } from '@aws-sdk/lib-dynamodb';
import { mockClient } from 'aws-sdk-client-mock';
import { beforeEach, describe, expect, it } from 'vitest';
import { MissingEnvironmentError, openAwsStorage } from '../../lib/storage/aws/index.ts';

const s3 = mockClient(S3Client);
const dynamo = mockClient(DynamoDBDocumentClient);
const sns = mockClient(SNSClient);
const clients = {
  s3: new S3Client({ region: 'cn-northwest-1' }),
  dynamo: new DynamoDBClient({ region: 'cn-northwest-1' }),
  sns: new SNSClient({ region: 'cn-northwest-1' }),
};

const env = {
  KUOMIAN_TABLE: 'kuomian-table',
  KUOMIAN_UPLOAD_BUCKET: 'kuomian-uploads',
  KUOMIAN_DATA_BUCKET: 'kuomian-data',
  KUOMIAN_ALERT_TOPIC_ARN: 'arn:aws-cn:sns:cn-northwest-1:123456789012:kuomian-alerts',
};

describe('openAwsStorage', () => {
  beforeEach(() => {
    s3.reset();
    dynamo.reset();
    sns.reset();
  });

  it('wires each adapter to the resource its environment variable names', async () => {
    const storage = openAwsStorage(env, clients);
    expect(storage.objects.locate('reports/r.html')).toBe('s3://kuomian-data/reports/r.html');
    expect(storage.uploads.locate('insured/2023-03/a.xlsx')).toBe(
      's3://kuomian-uploads/insured/2023-03/a.xlsx',
    );

    dynamo.on(GetCommand).resolves({ Item: { pk: 'p', sk: 's', n: 3 } });
    expect(await storage.table.get('p', 's')).toEqual({ pk: 'p', sk: 's', n: 3 });
    expect(dynamo.commandCalls(GetCommand)[0].args[0].input).toEqual({
      TableName: 'kuomian-table',
      Key: { pk: 'p', sk: 's' },
      ConsistentRead: true,
    });

    sns.on(PublishCommand).resolves({ MessageId: 'm' });
    await storage.notifier.send({ alertId: 'a', cadreId: 'c', subject: 's', sms: 'm', email: 'e' });
    expect(sns.commandCalls(PublishCommand)[0].args[0].input.TopicArn).toBe(env.KUOMIAN_ALERT_TOPIC_ARN);

    s3.on(GetObjectCommand).rejects(new NoSuchKey({ message: 'no', $metadata: {} }));
    expect(await storage.objects.get('x')).toBeUndefined();
    expect(s3.commandCalls(GetObjectCommand)[0].args[0].input.Bucket).toBe('kuomian-data');
  });

  it('names the missing variable when an adapter is used without it', () => {
    const storage = openAwsStorage({ KUOMIAN_TABLE: 'kuomian-table', KUOMIAN_DATA_BUCKET: ' ' }, clients);
    expect(storage.table).toBeDefined();
    expect(() => storage.notifier).toThrow(MissingEnvironmentError);
    expect(() => storage.notifier).toThrow('KUOMIAN_ALERT_TOPIC_ARN');
    expect(() => storage.objects).toThrow('KUOMIAN_DATA_BUCKET');
    expect(() => storage.uploads).toThrow('KUOMIAN_UPLOAD_BUCKET');
  });
});
