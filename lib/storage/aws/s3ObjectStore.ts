/**
 * The cloud ObjectStore: one S3 bucket (the data bucket for curated snapshots, rejects and reports;
 * or the upload bucket for reading what departments dropped). Encryption is the bucket's default
 * (KMS, set by the stack), so no per-object setting here.
 */
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { Readable } from 'node:stream';
import {
  GetObjectCommand,
  type GetObjectCommandOutput,
  ListObjectsV2Command,
  PutObjectCommand,
  type S3Client,
} from '@aws-sdk/client-s3';
import { NotFoundError, type ObjectStore } from '../ports.ts';

function isMissing(err: unknown): boolean {
  const e = err as { name?: string; $metadata?: { httpStatusCode?: number } };
  // GetObject answers NoSuchKey; 403 (no ListBucket right) stays an error and is not masked.
  return e.name === 'NoSuchKey' || (e.name === 'NotFound' && e.$metadata?.httpStatusCode === 404);
}

type Body = GetObjectCommandOutput['Body'];

async function bodyBytes(body: Body): Promise<Buffer> {
  if (body === undefined) return Buffer.alloc(0);
  if (body instanceof Readable) {
    const chunks: Buffer[] = [];
    for await (const chunk of body) chunks.push(Buffer.from(chunk as Uint8Array));
    return Buffer.concat(chunks);
  }
  return Buffer.from(await body.transformToByteArray());
}

export class S3ObjectStore implements ObjectStore {
  constructor(
    private readonly client: S3Client,
    readonly bucket: string,
  ) {}

  async put(key: string, body: Buffer | string, options: { contentType?: string } = {}): Promise<void> {
    await this.client.send(
      new PutObjectCommand({ Bucket: this.bucket, Key: key, Body: body, ContentType: options.contentType }),
    );
  }

  async putFile(key: string, path: string, options: { contentType?: string } = {}): Promise<void> {
    // A single PUT takes up to 5 GB; a curated snapshot of a million rows is tens of megabytes.
    const { size } = await stat(path);
    await this.client.send(
      new PutObjectCommand({
        Bucket: this.bucket,
        Key: key,
        Body: createReadStream(path),
        ContentLength: size,
        ContentType: options.contentType,
      }),
    );
  }

  private async getObject(key: string): Promise<GetObjectCommandOutput | undefined> {
    try {
      return await this.client.send(new GetObjectCommand({ Bucket: this.bucket, Key: key }));
    } catch (err) {
      if (isMissing(err)) return undefined;
      throw err;
    }
  }

  async get(key: string): Promise<Buffer | undefined> {
    const output = await this.getObject(key);
    return output === undefined ? undefined : bodyBytes(output.Body);
  }

  async openRead(key: string): Promise<Readable> {
    const output = await this.getObject(key);
    if (output === undefined) throw new NotFoundError(key);
    const body = output.Body;
    if (body instanceof Readable) return body;
    if (body === undefined) return Readable.from([]);
    // Not a Node stream (a browser-style body): fall back to reading it whole.
    return Readable.from([Buffer.from(await body.transformToByteArray())]);
  }

  /** S3 lists keys in UTF-8 byte order, which is code-point order, across pages. */
  async list(prefix: string): Promise<string[]> {
    const keys: string[] = [];
    let token: string | undefined;
    do {
      const page = await this.client.send(
        new ListObjectsV2Command({ Bucket: this.bucket, Prefix: prefix, ContinuationToken: token }),
      );
      for (const object of page.Contents ?? []) if (object.Key !== undefined) keys.push(object.Key);
      token = page.IsTruncated ? page.NextContinuationToken : undefined;
    } while (token !== undefined);
    return keys;
  }

  locate(key: string): string {
    return `s3://${this.bucket}/${key}`;
  }
}
