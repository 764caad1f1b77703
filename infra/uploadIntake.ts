/**
 * The way in (ARCHITECTURE: the flow): departments and townships put files into the upload bucket;
 * S3 announces each new object version to the intake queue; the ingest function reads it, writes
 * the curated snapshot and the rejects report, and records the manifest. A notification that keeps
 * failing is parked in the intake dead-letter queue after a few deliveries.
 */
import { Duration, RemovalPolicy, Stack } from 'aws-cdk-lib';
import { AnyPrincipal, Effect, PolicyStatement, ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import { Key } from 'aws-cdk-lib/aws-kms';
import { SqsEventSource } from 'aws-cdk-lib/aws-lambda-event-sources';
import {
  BlockPublicAccess,
  Bucket,
  BucketEncryption,
  type CfnBucket,
  type IBucket,
  ObjectOwnership,
} from 'aws-cdk-lib/aws-s3';
import { Queue, QueueEncryption } from 'aws-cdk-lib/aws-sqs';
import { Construct } from 'constructs';
import { DATA_PREFIX, ENV } from '../lib/config/names.ts';
import { UPLOADER_CONDITION } from './accessTags.ts';
import type { CadreAlerts } from './cadreAlerts.ts';
import type { DataStore } from './dataStore.ts';
import { deadLetterQueue } from './deadLetterQueue.ts';
import { KuomianFunction } from './kuomianFunction.ts';
import { acknowledge, acknowledgeWildcardResources } from './nag.ts';
import { FUNCTION_TUNING, VISIBILITY_TIMEOUT_FACTOR } from './tuning.ts';

export interface UploadIntakeProps {
  countyCode: string;
  accessLogs: IBucket;
  dataStore: DataStore;
  alerts: CadreAlerts;
  /** Environment shared by every function (table, data bucket, topic, time zone, SMS, office). */
  environment: Record<string, string>;
  /** The office's mailbox for its own alerts, subscribed by the ingest (a deploy-time parameter). */
  officeEmail: string;
  noncurrentVersionDays: number;
  failedMessageDays: number;
  logRetentionDays: number;
}

export class UploadIntake extends Construct {
  readonly key: Key;
  readonly bucket: Bucket;
  readonly queue: Queue;
  readonly deadLetterQueue: Queue;
  readonly ingest: KuomianFunction;

  constructor(scope: Construct, id: string, props: UploadIntakeProps) {
    super(scope, id);
    const stack = Stack.of(this);
    // A fixed name lets the queue policy name the bucket before it exists, so
    // the bucket's own notification configuration needs no custom resource (and no extra function).
    const bucketName = `kuomian-${props.countyCode}-uploads-${stack.account}-${stack.region}`;
    const bucketArn = stack.formatArn({ service: 's3', region: '', account: '', resource: bucketName });
    const fromThisBucket = {
      ArnLike: { 'aws:SourceArn': bucketArn },
      StringEquals: { 'aws:SourceAccount': stack.account },
    };

    this.key = new Key(this, 'Key', {
      description: 'kuomian uploads: the upload bucket and its notification queues',
      enableKeyRotation: true,
      removalPolicy: RemovalPolicy.RETAIN,
    });
    // S3 encrypts its notifications with this key when it sends them to the intake queue. The
    // statement is the one AWS documents (and CDK's own S3→SQS destination writes), without
    // conditions: the queue policy below is what admits only this bucket of this account.
    this.key.addToResourcePolicy(
      new PolicyStatement({
        sid: 'S3NotificationsToIntakeQueue',
        principals: [new ServicePrincipal('s3.amazonaws.com')],
        actions: ['kms:GenerateDataKey', 'kms:Decrypt'],
        resources: ['*'],
      }),
    );

    const timeout: Duration = FUNCTION_TUNING.ingest.timeout;
    this.deadLetterQueue = deadLetterQueue(this, 'DeadLetterQueue', {
      holds: 'upload notifications the ingest function failed on repeatedly',
      retentionDays: props.failedMessageDays,
      key: this.key,
      targetOfQueueRedrive: true,
    });
    this.queue = new Queue(this, 'Queue', {
      encryption: QueueEncryption.KMS,
      encryptionMasterKey: this.key,
      enforceSSL: true,
      visibilityTimeout: Duration.seconds(timeout.toSeconds() * VISIBILITY_TIMEOUT_FACTOR),
      // The longest SQS allows: a notification not yet ingested is an upload not yet seen.
      retentionPeriod: Duration.days(14),
      deadLetterQueue: {
        queue: this.deadLetterQueue,
        maxReceiveCount: FUNCTION_TUNING.ingest.maxReceiveCount,
      },
    });
    const { policyDependable: queuePolicy } = this.queue.addToResourcePolicy(
      new PolicyStatement({
        sid: 'S3NotificationsFromUploadBucket',
        principals: [new ServicePrincipal('s3.amazonaws.com')],
        actions: ['sqs:SendMessage'],
        resources: [this.queue.queueArn],
        conditions: fromThisBucket,
      }),
    );

    this.bucket = new Bucket(this, 'Bucket', {
      bucketName,
      encryption: BucketEncryption.KMS,
      encryptionKey: this.key,
      bucketKeyEnabled: true,
      versioned: true,
      blockPublicAccess: BlockPublicAccess.BLOCK_ALL,
      objectOwnership: ObjectOwnership.BUCKET_OWNER_ENFORCED,
      enforceSSL: true,
      minimumTLSVersion: 1.2,
      serverAccessLogsBucket: props.accessLogs,
      serverAccessLogsPrefix: 'uploads/',
      lifecycleRules: [
        // DATA-CONTRACT 1: a replaced upload stays in history — for this long.
        {
          id: 'expire-replaced-versions',
          noncurrentVersionExpiration: Duration.days(props.noncurrentVersionDays),
        },
        { id: 'abort-incomplete-uploads', abortIncompleteMultipartUploadAfter: Duration.days(7) },
      ],
      removalPolicy: RemovalPolicy.RETAIN,
    });
    this.bucket.addToResourcePolicy(
      new PolicyStatement({
        sid: 'DenyUploadersReadingOrDeleting',
        effect: Effect.DENY,
        principals: [new AnyPrincipal()],
        actions: ['s3:GetObject*', 's3:DeleteObject*'],
        resources: [this.bucket.arnForObjects('*')],
        conditions: UPLOADER_CONDITION,
      }),
    );
    this.bucket.addToResourcePolicy(
      new PolicyStatement({
        sid: 'DenyUploadsNotUnderKms',
        effect: Effect.DENY,
        principals: [new AnyPrincipal()],
        actions: ['s3:PutObject'],
        resources: [this.bucket.arnForObjects('*')],
        conditions: {
          Null: { 's3:x-amz-server-side-encryption': 'false' },
          StringNotEquals: { 's3:x-amz-server-side-encryption': 'aws:kms' },
        },
      }),
    );
    // DATA-CONTRACT 1: S3 delivers ObjectCreated at least once; the ingest makes it exactly-once.
    (this.bucket.node.defaultChild as CfnBucket).notificationConfiguration = {
      queueConfigurations: [{ event: 's3:ObjectCreated:*', queue: this.queue.queueArn }],
    };
    // S3 tests the destination when the configuration is set: the queue policy must exist first.
    if (queuePolicy) this.bucket.node.addDependency(queuePolicy);

    this.ingest = new KuomianFunction(this, 'Ingest', {
      entry: 'functions/ingest.ts',
      description: 'kuomian ingest: one uploaded file -> curated snapshot, rejects report, manifest',
      memoryMiB: FUNCTION_TUNING.ingest.memoryMiB,
      timeout,
      ephemeralStorageMiB: FUNCTION_TUNING.ingest.ephemeralStorageMiB,
      environment: {
        ...props.environment,
        [ENV.uploadBucket]: this.bucket.bucketName,
        [ENV.officeEmail]: props.officeEmail,
      },
      logRetentionDays: props.logRetentionDays,
    });
    this.ingest.fn.addEventSource(
      new SqsEventSource(this.queue, {
        batchSize: FUNCTION_TUNING.ingest.batchSize,
        reportBatchItemFailures: true,
        maxConcurrency: FUNCTION_TUNING.ingest.maxConcurrency,
      }),
    );
    this.grantIngestAccess(props);
  }

  private grantIngestAccess(props: UploadIntakeProps): void {
    const role = this.ingest.role;
    const uploads = this.bucket.arnForObjects('*');
    role.addToPrincipalPolicy(
      new PolicyStatement({ actions: ['s3:GetObject', 's3:GetObjectVersion'], resources: [uploads] }),
    );
    role.addToPrincipalPolicy(
      new PolicyStatement({ actions: ['s3:ListBucket'], resources: [this.bucket.bucketArn] }),
    );
    role.addToPrincipalPolicy(
      new PolicyStatement({ actions: ['kms:Decrypt'], resources: [this.key.keyArn] }),
    );
    acknowledgeWildcardResources(
      role,
      [uploads],
      'The ingest reads whichever object version S3 announced; upload keys are free file names.',
    );

    props.dataStore.grantFunctionRead(role, [DATA_PREFIX.curated]);
    props.dataStore.grantFunctionWrite(role, [DATA_PREFIX.curated, DATA_PREFIX.rejects]);
    props.dataStore.grantTable(role);
    // After a cadres roster upload the ingest reconciles the cadres' alert subscriptions.
    props.alerts.grantSubscriptionManagement(role);

    const sqsInvoked =
      'Invoked by an SQS event source mapping, not asynchronously: a failed message returns to the intake queue, which redrives it to its dead-letter queue.';
    acknowledge(this.ingest.fn, 'Serverless-LambdaDLQ', sqsInvoked);
    acknowledge(
      this.ingest.fn,
      'Serverless-LambdaEventSourceMappingDestination',
      `${sqsInvoked} SQS mappings take no on-failure destination.`,
    );
  }
}
