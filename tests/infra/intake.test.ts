import { beforeAll, describe, expect, it } from 'vitest';
import { type Json, logicalIdStartingWith, type Synthesized, synthKuomian } from './synthKuomian.ts';

describe('the way in: upload bucket → intake queue → ingest function', () => {
  let s: Synthesized;
  let bucket: string;
  let queue: string;
  let dlq: string;
  let ingest: string;

  beforeAll(() => {
    s = synthKuomian();
    bucket = logicalIdStartingWith(s.json, 'UploadIntakeBucket', 'AWS::S3::Bucket');
    queue = logicalIdStartingWith(s.json, 'UploadIntakeQueue', 'AWS::SQS::Queue');
    dlq = logicalIdStartingWith(s.json, 'UploadIntakeDeadLetterQueue', 'AWS::SQS::Queue');
    ingest = logicalIdStartingWith(s.json, 'UploadIntakeIngestFunction', 'AWS::Lambda::Function');
  });

  const props = (id: string) => s.json.Resources[id].Properties ?? {};

  it('announces every new object version to the intake queue', () => {
    expect(props(bucket).NotificationConfiguration).toEqual({
      QueueConfigurations: [{ Event: 's3:ObjectCreated:*', Queue: { 'Fn::GetAtt': [queue, 'Arn'] } }],
    });
  });

  it('creates the queue policy before the bucket, so S3 can test the destination', () => {
    const queuePolicy = logicalIdStartingWith(s.json, 'UploadIntakeQueuePolicy', 'AWS::SQS::QueuePolicy');
    expect(s.json.Resources[bucket].DependsOn).toContain(queuePolicy);
  });

  it('lets only this bucket of this account send to the intake queue', () => {
    const queuePolicy = props(
      logicalIdStartingWith(s.json, 'UploadIntakeQueuePolicy', 'AWS::SQS::QueuePolicy'),
    );
    const fromS3 = (queuePolicy.PolicyDocument.Statement as Json[]).find(
      (st) => st.Sid === 'S3NotificationsFromUploadBucket',
    );
    expect(fromS3).toMatchObject({
      Effect: 'Allow',
      Principal: { Service: 's3.amazonaws.com' },
      Action: 'sqs:SendMessage',
    });
    expect(Object.keys(fromS3.Condition).sort()).toEqual(['ArnLike', 'StringEquals']);
    expect(JSON.stringify(fromS3.Condition.ArnLike['aws:SourceArn'])).toContain('kuomian-330723-uploads-');
    expect(fromS3.Condition.StringEquals['aws:SourceAccount']).toEqual({ Ref: 'AWS::AccountId' });
  });

  it('encrypts the intake queue and its dead-letter queue with the uploads key, TLS only', () => {
    const key = { 'Fn::GetAtt': [logicalIdStartingWith(s.json, 'UploadIntakeKey', 'AWS::KMS::Key'), 'Arn'] };
    expect(props(queue).KmsMasterKeyId).toEqual(key);
    expect(props(dlq).KmsMasterKeyId).toEqual(key);
    for (const policyPrefix of ['UploadIntakeQueuePolicy', 'UploadIntakeDeadLetterQueuePolicy']) {
      const statements = props(logicalIdStartingWith(s.json, policyPrefix, 'AWS::SQS::QueuePolicy'))
        .PolicyDocument.Statement;
      expect(statements).toContainEqual(
        expect.objectContaining({ Effect: 'Deny', Condition: { Bool: { 'aws:SecureTransport': 'false' } } }),
      );
    }
  });

  it('parks a notification in the dead-letter queue after 3 failed deliveries', () => {
    expect(props(queue).RedrivePolicy).toEqual({
      deadLetterTargetArn: { 'Fn::GetAtt': [dlq, 'Arn'] },
      maxReceiveCount: 3,
    });
  });

  it('hides a message in flight for at least six times the ingest timeout', () => {
    const timeout = props(ingest).Timeout as number;
    expect(timeout).toBe(900);
    expect(props(queue).VisibilityTimeout).toBeGreaterThanOrEqual(6 * timeout);
  });

  it('feeds the ingest function one file at a time with partial batch failures reported', () => {
    const [mapping] = Object.values(s.json.Resources).filter(
      (r) => r.Type === 'AWS::Lambda::EventSourceMapping',
    );
    expect(mapping.Properties).toMatchObject({
      EventSourceArn: { 'Fn::GetAtt': [queue, 'Arn'] },
      FunctionName: { Ref: ingest },
      BatchSize: 1,
      FunctionResponseTypes: ['ReportBatchItemFailures'],
      ScalingConfig: { MaximumConcurrency: 5 },
    });
  });

  it('sizes the ingest for streaming large workbooks: 1024 MB, 15 minutes, the default 512 MB of /tmp', () => {
    expect(props(ingest)).toMatchObject({ MemorySize: 1024, Timeout: 900, EphemeralStorage: { Size: 512 } });
  });
});
