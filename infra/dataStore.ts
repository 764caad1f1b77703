/**
 * What the product keeps (ARCHITECTURE: the flow): the data bucket — curated snapshots, rejects
 * reports, results, supervision reports — and the table of manifests, results and the alert ledger.
 * Both encrypted with one customer-managed key; the table cannot be deleted by a stack update.
 */
import { Duration, RemovalPolicy } from 'aws-cdk-lib';
import { AttributeType, BillingMode, Table, TableEncryption } from 'aws-cdk-lib/aws-dynamodb';
import { AnyPrincipal, Effect, PolicyStatement, type Role } from 'aws-cdk-lib/aws-iam';
import { Key } from 'aws-cdk-lib/aws-kms';
import {
  BlockPublicAccess,
  Bucket,
  BucketEncryption,
  type IBucket,
  ObjectOwnership,
} from 'aws-cdk-lib/aws-s3';
import { Construct } from 'constructs';
import { DATA_PREFIX, TABLE_KEY } from '../lib/config/names.ts';
import { UPLOADER_CONDITION } from './accessTags.ts';
import { acknowledgeWildcardResources } from './nag.ts';

export interface DataStoreProps {
  accessLogs: IBucket;
  noncurrentVersionDays: number;
}

/** The Table port (lib/storage/ports.ts): get, conditional put, query, delete — nothing else. */
export const TABLE_ACTIONS = [
  'dynamodb:GetItem',
  'dynamodb:PutItem',
  'dynamodb:Query',
  'dynamodb:DeleteItem',
];

export type DataPrefix = (typeof DATA_PREFIX)[keyof typeof DATA_PREFIX];

export class DataStore extends Construct {
  readonly key: Key;
  readonly bucket: Bucket;
  readonly table: Table;

  constructor(scope: Construct, id: string, props: DataStoreProps) {
    super(scope, id);
    this.key = new Key(this, 'Key', {
      description: 'kuomian data: curated snapshots, rejects, reports (data bucket) and the table',
      enableKeyRotation: true,
      removalPolicy: RemovalPolicy.RETAIN,
    });

    this.bucket = new Bucket(this, 'Bucket', {
      encryption: BucketEncryption.KMS,
      encryptionKey: this.key,
      bucketKeyEnabled: true,
      versioned: true,
      blockPublicAccess: BlockPublicAccess.BLOCK_ALL,
      objectOwnership: ObjectOwnership.BUCKET_OWNER_ENFORCED,
      enforceSSL: true,
      minimumTLSVersion: 1.2,
      serverAccessLogsBucket: props.accessLogs,
      serverAccessLogsPrefix: 'data/',
      lifecycleRules: [
        {
          id: 'expire-replaced-versions',
          noncurrentVersionExpiration: Duration.days(props.noncurrentVersionDays),
        },
        { id: 'abort-incomplete-uploads', abortIncompleteMultipartUploadAfter: Duration.days(7) },
      ],
      removalPolicy: RemovalPolicy.RETAIN,
    });
    // Upload roles may fetch their rejects reports and nothing else here (curated data, results and
    // reports stay out of their reach), and may never write.
    this.bucket.addToResourcePolicy(
      new PolicyStatement({
        sid: 'DenyUploadersOutsideRejects',
        effect: Effect.DENY,
        principals: [new AnyPrincipal()],
        actions: ['s3:GetObject*'],
        notResources: [this.bucket.arnForObjects(`${DATA_PREFIX.rejects}*`)],
        conditions: UPLOADER_CONDITION,
      }),
    );
    this.bucket.addToResourcePolicy(
      new PolicyStatement({
        sid: 'DenyUploadersWriting',
        effect: Effect.DENY,
        principals: [new AnyPrincipal()],
        actions: ['s3:PutObject*', 's3:DeleteObject*'],
        resources: [this.bucket.arnForObjects('*')],
        conditions: UPLOADER_CONDITION,
      }),
    );

    this.table = new Table(this, 'Table', {
      partitionKey: { name: TABLE_KEY.partition, type: AttributeType.STRING },
      sortKey: { name: TABLE_KEY.sort, type: AttributeType.STRING },
      billingMode: BillingMode.PAY_PER_REQUEST,
      pointInTimeRecoverySpecification: { pointInTimeRecoveryEnabled: true },
      encryption: TableEncryption.CUSTOMER_MANAGED,
      encryptionKey: this.key,
      deletionProtection: true,
      removalPolicy: RemovalPolicy.RETAIN,
    });
  }

  /** Read, write, query and delete items (each function's ledger, manifests and results). */
  grantTable(grantee: Role): void {
    grantee.addToPrincipalPolicy(
      new PolicyStatement({ actions: TABLE_ACTIONS, resources: [this.table.tableArn] }),
    );
    grantee.addToPrincipalPolicy(
      new PolicyStatement({
        actions: ['kms:Decrypt', 'kms:Encrypt', 'kms:GenerateDataKey', 'kms:DescribeKey'],
        resources: [this.key.keyArn],
      }),
    );
  }

  /**
   * Read objects under the given prefixes. Listing is granted on the whole bucket to functions, so
   * that a missing object answers 404 rather than 403 (lib/storage/aws/s3ObjectStore.ts).
   */
  grantFunctionRead(grantee: Role, prefixes: DataPrefix[]): void {
    const resources = prefixes.map((p) => this.bucket.arnForObjects(`${p}*`));
    grantee.addToPrincipalPolicy(new PolicyStatement({ actions: ['s3:GetObject'], resources }));
    grantee.addToPrincipalPolicy(
      new PolicyStatement({ actions: ['s3:ListBucket'], resources: [this.bucket.bucketArn] }),
    );
    grantee.addToPrincipalPolicy(
      new PolicyStatement({ actions: ['kms:Decrypt'], resources: [this.key.keyArn] }),
    );
    acknowledgeWildcardResources(
      grantee,
      resources,
      'Object keys under a data-bucket prefix the job reads (file names are not known in advance).',
    );
  }

  /** Write objects under the given prefixes (PutObject only: nothing is deleted or overwritten in place). */
  grantFunctionWrite(grantee: Role, prefixes: DataPrefix[]): void {
    const resources = prefixes.map((p) => this.bucket.arnForObjects(`${p}*`));
    grantee.addToPrincipalPolicy(new PolicyStatement({ actions: ['s3:PutObject'], resources }));
    grantee.addToPrincipalPolicy(
      new PolicyStatement({ actions: ['kms:GenerateDataKey', 'kms:Decrypt'], resources: [this.key.keyArn] }),
    );
    acknowledgeWildcardResources(
      grantee,
      resources,
      'Object keys under a data-bucket prefix the job writes (keys derive from upload keys and periods).',
    );
  }
}
