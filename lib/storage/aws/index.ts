/**
 * Cloud storage for the Lambda functions: the adapters wired from the environment the stack sets
 * (ENV in lib/config/names.ts). Each adapter is built on first use, so a function only needs the
 * variables of what it touches (the survey check has no bucket); a missing one is a clear error
 * naming the variable. SDK clients are created once per container and reused across invocations.
 */
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { S3Client } from '@aws-sdk/client-s3';
import { SNSClient } from '@aws-sdk/client-sns';
import { ENV } from '../../config/names.ts';
import type { Notifier, ObjectStore, Table } from '../ports.ts';
import { documentClient } from './documentClient.ts';
import { DynamoTable } from './dynamoTable.ts';
import { S3ObjectStore } from './s3ObjectStore.ts';
import { SnsNotifier } from './snsNotifier.ts';

export { documentClient } from './documentClient.ts';
export { DynamoTable, type DynamoTableOptions } from './dynamoTable.ts';
export { S3ObjectStore } from './s3ObjectStore.ts';
export { ALERT_ID_ATTRIBUTE, SnsNotifier } from './snsNotifier.ts';
export { snsSubject } from './snsSubject.ts';

/** A variable the stack should have set is absent or empty. */
export class MissingEnvironmentError extends Error {
  constructor(readonly variable: string) {
    super(`environment variable ${variable} is not set (the stack sets it for functions that need it)`);
    this.name = 'MissingEnvironmentError';
  }
}

/** Clients to use instead of the default ones (tests, local endpoints). */
export interface AwsClients {
  s3?: S3Client;
  dynamo?: DynamoDBClient;
  sns?: SNSClient;
}

export interface AwsStorage {
  /** The data bucket (curated/, rejects/, reports/, results/). */
  readonly objects: ObjectStore;
  /** The upload bucket departments write to. */
  readonly uploads: ObjectStore;
  readonly table: Table;
  readonly notifier: Notifier;
}

type Environment = Record<string, string | undefined>;

function once<T>(make: () => T): () => T {
  let made: { value: T } | undefined;
  return () => {
    made ??= { value: make() };
    return made.value;
  };
}

// Module scope: one client per service per Lambda container (region and credentials from the runtime).
const defaultS3 = once(() => new S3Client({}));
const defaultDynamo = once(() => new DynamoDBClient({}));
const defaultSns = once(() => new SNSClient({}));

function required(env: Environment, variable: string): string {
  const value = env[variable];
  if (value === undefined || value.trim() === '') throw new MissingEnvironmentError(variable);
  return value;
}

export function openAwsStorage(env: Environment = process.env, clients: AwsClients = {}): AwsStorage {
  const s3 = () => clients.s3 ?? defaultS3();
  const dynamo = once(() => documentClient(clients.dynamo ?? defaultDynamo()));
  const sns = () => clients.sns ?? defaultSns();
  const objects = once(() => new S3ObjectStore(s3(), required(env, ENV.dataBucket)));
  const uploads = once(() => new S3ObjectStore(s3(), required(env, ENV.uploadBucket)));
  const table = once(() => new DynamoTable(dynamo(), required(env, ENV.tableName)));
  const notifier = once(() => new SnsNotifier(sns(), required(env, ENV.alertTopicArn)));
  return {
    get objects() {
      return objects();
    },
    get uploads() {
      return uploads();
    },
    get table() {
      return table();
    },
    get notifier() {
      return notifier();
    },
  };
}
