import { Match } from 'aws-cdk-lib/assertions';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  type Json,
  logicalIdStartingWith,
  resourcesOfType,
  type Synthesized,
  synthKuomian,
} from './synthKuomian.ts';

describe('where the data lives: buckets, table, keys', () => {
  let s: Synthesized;
  let uploads: string;
  let data: string;
  let accessLogs: string;

  beforeAll(() => {
    s = synthKuomian();
    uploads = logicalIdStartingWith(s.json, 'UploadIntakeBucket', 'AWS::S3::Bucket');
    data = logicalIdStartingWith(s.json, 'DataStoreBucket', 'AWS::S3::Bucket');
    accessLogs = logicalIdStartingWith(s.json, 'AccessLogsBucket', 'AWS::S3::Bucket');
  });

  const bucket = (id: string) => s.json.Resources[id].Properties ?? {};
  const policyOf = (id: string) =>
    resourcesOfType(s.json, 'AWS::S3::BucketPolicy').find(([, r]) => r.Properties?.Bucket?.Ref === id)?.[1]
      .Properties?.PolicyDocument.Statement as Json[];

  it('has exactly three buckets: uploads, data and access logs', () => {
    expect(resourcesOfType(s.json, 'AWS::S3::Bucket')).toHaveLength(3);
  });

  it('versions the upload and data buckets and encrypts them with their own customer-managed keys (bucket keys on)', () => {
    for (const [id, key] of [
      [uploads, 'UploadIntakeKey'],
      [data, 'DataStoreKey'],
    ]) {
      expect(bucket(id).VersioningConfiguration).toEqual({ Status: 'Enabled' });
      const rule = bucket(id).BucketEncryption.ServerSideEncryptionConfiguration[0];
      expect(rule.BucketKeyEnabled).toBe(true);
      expect(rule.ServerSideEncryptionByDefault.SSEAlgorithm).toBe('aws:kms');
      expect(rule.ServerSideEncryptionByDefault.KMSMasterKeyID['Fn::GetAtt'][0]).toBe(
        logicalIdStartingWith(s.json, key, 'AWS::KMS::Key'),
      );
    }
  });

  it('blocks all public access on every bucket', () => {
    for (const [, b] of resourcesOfType(s.json, 'AWS::S3::Bucket')) {
      expect(b.Properties?.PublicAccessBlockConfiguration).toEqual({
        BlockPublicAcls: true,
        BlockPublicPolicy: true,
        IgnorePublicAcls: true,
        RestrictPublicBuckets: true,
      });
    }
  });

  it('refuses plain HTTP and TLS below 1.2 on every bucket', () => {
    for (const [id] of resourcesOfType(s.json, 'AWS::S3::Bucket')) {
      const statements = policyOf(id);
      expect(statements).toContainEqual(
        expect.objectContaining({
          Effect: 'Deny',
          Action: 's3:*',
          Condition: { Bool: { 'aws:SecureTransport': 'false' } },
        }),
      );
      expect(statements).toContainEqual(
        expect.objectContaining({
          Effect: 'Deny',
          Action: 's3:*',
          Condition: { NumericLessThan: { 's3:TlsVersion': 1.2 } },
        }),
      );
    }
  });

  it('refuses uploads that ask for an encryption other than KMS', () => {
    expect(policyOf(uploads)).toContainEqual(
      expect.objectContaining({
        Sid: 'DenyUploadsNotUnderKms',
        Effect: 'Deny',
        Action: 's3:PutObject',
        Condition: {
          Null: { 's3:x-amz-server-side-encryption': 'false' },
          StringNotEquals: { 's3:x-amz-server-side-encryption': 'aws:kms' },
        },
      }),
    );
  });

  it('logs every access to the upload and data buckets into the access-log bucket', () => {
    expect(bucket(uploads).LoggingConfiguration).toEqual({
      DestinationBucketName: { Ref: accessLogs },
      LogFilePrefix: 'uploads/',
    });
    expect(bucket(data).LoggingConfiguration).toEqual({
      DestinationBucketName: { Ref: accessLogs },
      LogFilePrefix: 'data/',
    });
  });

  it('keeps access logs with SSE-S3 (what S3 log delivery needs) for 365 days', () => {
    expect(
      bucket(accessLogs).BucketEncryption.ServerSideEncryptionConfiguration[0].ServerSideEncryptionByDefault,
    ).toEqual({
      SSEAlgorithm: 'AES256',
    });
    expect(bucket(accessLogs).LifecycleConfiguration.Rules).toContainEqual(
      expect.objectContaining({ ExpirationInDays: 365, Status: 'Enabled' }),
    );
  });

  it('expires replaced versions after the configured time (365 days by default)', () => {
    for (const id of [uploads, data]) {
      expect(bucket(id).LifecycleConfiguration.Rules).toContainEqual(
        expect.objectContaining({ NoncurrentVersionExpiration: { NoncurrentDays: 365 }, Status: 'Enabled' }),
      );
    }
  });

  it('follows the retention context', () => {
    const custom = synthKuomian({
      retention: { noncurrentVersionDays: 90, accessLogDays: 30, logDays: 731 },
    });
    custom.template.hasResourceProperties('AWS::S3::Bucket', {
      BucketName: Match.anyValue(),
      LifecycleConfiguration: {
        Rules: Match.arrayWith([Match.objectLike({ NoncurrentVersionExpiration: { NoncurrentDays: 90 } })]),
      },
    });
    custom.template.hasResourceProperties('AWS::S3::Bucket', {
      LifecycleConfiguration: { Rules: Match.arrayWith([Match.objectLike({ ExpirationInDays: 30 })]) },
    });
    for (const [, group] of resourcesOfType(custom.json, 'AWS::Logs::LogGroup')) {
      expect(group.Properties?.RetentionInDays).toBe(731);
    }
  });

  it('keeps the buckets when the stack is deleted', () => {
    for (const [, b] of resourcesOfType(s.json, 'AWS::S3::Bucket')) expect(b.DeletionPolicy).toBe('Retain');
  });

  it('builds the table on demand, with point-in-time recovery, its customer-managed key and deletion protection', () => {
    const tables = resourcesOfType(s.json, 'AWS::DynamoDB::Table');
    expect(tables).toHaveLength(1);
    const [, table] = tables[0];
    expect(table.DeletionPolicy).toBe('Retain');
    expect(table.Properties).toMatchObject({
      BillingMode: 'PAY_PER_REQUEST',
      PointInTimeRecoverySpecification: { PointInTimeRecoveryEnabled: true },
      DeletionProtectionEnabled: true,
      KeySchema: [
        { AttributeName: 'pk', KeyType: 'HASH' },
        { AttributeName: 'sk', KeyType: 'RANGE' },
      ],
      SSESpecification: {
        SSEEnabled: true,
        SSEType: 'KMS',
        KMSMasterKeyId: {
          'Fn::GetAtt': [logicalIdStartingWith(s.json, 'DataStoreKey', 'AWS::KMS::Key'), 'Arn'],
        },
      },
    });
  });

  it('rotates every customer-managed key and keeps it when the stack is deleted', () => {
    const keys = resourcesOfType(s.json, 'AWS::KMS::Key');
    expect(keys.map(([id]) => id.replace(/[0-9A-F]{8}$/, '')).sort()).toEqual([
      'CadreAlertsKey',
      'DataStoreKey',
      'OperationsKey',
      'UploadIntakeKey',
    ]);
    for (const [, key] of keys) {
      expect(key.Properties?.EnableKeyRotation).toBe(true);
      expect(key.DeletionPolicy).toBe('Retain');
    }
  });
});
