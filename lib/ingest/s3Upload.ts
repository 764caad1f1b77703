import type { Readable } from 'node:stream';
import { GetObjectCommand, type S3Client } from '@aws-sdk/client-s3';
import type { FileSource } from '../read/types.ts';
import type { Upload } from './ingestUpload.ts';

/** The facts an S3 event gives about one new object version. */
export interface S3ObjectVersion {
  bucket: string;
  /** Already URL-decoded. */
  key: string;
  versionId?: string;
  eTag?: string;
  size: number;
  /** The event time: the object's upload time (RULES 3.1 receipt). */
  eventTime: string;
}

/** An upload read straight from the upload bucket, pinned to its version (re-openable for a second pass). */
export function s3Upload(s3: S3Client, object: S3ObjectVersion): Upload {
  const source: FileSource = {
    name: object.key,
    size: object.size,
    async open() {
      const response = await s3.send(
        new GetObjectCommand({ Bucket: object.bucket, Key: object.key, VersionId: object.versionId }),
      );
      return response.Body as Readable;
    },
  };
  const etag = (object.eTag ?? '').replace(/"/g, '');
  return {
    key: object.key,
    // An unversioned bucket has no version id: the ETag (content) then identifies the version.
    version: object.versionId ?? `etag-${etag}`,
    contentHash: etag,
    receivedAt: new Date(object.eventTime).toISOString(),
    source,
  };
}

/** S3 event keys are URL-encoded with `+` for spaces. */
export function decodeS3Key(key: string): string {
  return decodeURIComponent(key.replace(/\+/g, ' '));
}
