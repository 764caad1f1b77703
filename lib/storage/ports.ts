/**
 * Ports: the narrow interfaces through which `lib/` reaches storage and notifications.
 * Each has an AWS implementation (`lib/storage/aws/`) and a local one (`lib/storage/local/`).
 */
import type { Readable } from 'node:stream';

/** A blob store: the data bucket in the cloud, a folder under the data directory locally. */
export interface ObjectStore {
  put(key: string, body: Buffer | string, options?: { contentType?: string }): Promise<void>;
  /** Stores a local file's bytes, streamed, so an object larger than memory never has to be held whole. */
  putFile(key: string, path: string, options?: { contentType?: string }): Promise<void>;
  /** The whole object, or undefined when it does not exist. */
  get(key: string): Promise<Buffer | undefined>;
  /** A stream of the object (for large curated snapshots). Throws NotFoundError when absent. */
  openRead(key: string): Promise<Readable>;
  /** Keys under a prefix, in code-point order. */
  list(prefix: string): Promise<string[]>;
  /** How a user finds the object: a path relative to the data directory locally, `s3://…` in the cloud. */
  locate(key: string): string;
}

export type Item = { pk: string; sk: string } & Record<string, unknown>;

export interface PutCondition {
  /** Succeed only when no item with this key exists. */
  ifNotExists?: boolean;
  /** Succeed only when the item exists and each named attribute equals the given value. */
  ifMatch?: Record<string, string | number | boolean>;
}

/** A small key-value table with conditional writes: DynamoDB in the cloud, files locally. */
export interface Table {
  get(pk: string, sk: string): Promise<Item | undefined>;
  /** Returns false (and writes nothing) when the condition does not hold. */
  put(item: Item, condition?: PutCondition): Promise<boolean>;
  /** Items of one partition in sort-key order, optionally only those whose sk starts with a prefix. */
  query(pk: string, options?: { skPrefix?: string }): Promise<Item[]>;
  delete(pk: string, sk: string): Promise<void>;
}

/** One alert on its way to one cadre. */
export interface OutgoingAlert {
  /** Deterministic id (RULES 4.3). */
  alertId: string;
  cadreId: string;
  subject: string;
  /** ≤ 70 Chinese characters. */
  sms: string;
  email: string;
}

/** Delivers alerts: SNS topic in the cloud, an outbox file locally. Throws on failure. */
export interface Notifier {
  send(alert: OutgoingAlert): Promise<void>;
}

export class NotFoundError extends Error {
  constructor(readonly key: string) {
    super(`not found: ${key}`);
    this.name = 'NotFoundError';
  }
}
