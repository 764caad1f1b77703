/**
 * A failed read of the upload bucket (GetObject refused or throttled, connection lost mid-stream) is
 * the cloud's failure, not a fault of the department's file. The readers report any failing source as
 * UNREADABLE — right for a local folder — but recorded for an S3 object version, that outcome would
 * make the queue's retry a `duplicate` and the upload would be lost. The guard notes such a failure
 * and refuses every write the ingestion then attempts (rejects report, manifest, outcome record), so
 * nothing is recorded and the message fails: SQS delivers it again, and after repeated failures parks
 * it in the dead-letter queue.
 */
import type { Readable } from 'node:stream';
import type { Upload } from '../lib/ingest/ingestUpload.ts';
import type { ObjectStore, Table } from '../lib/storage/ports.ts';

export interface GuardedIngest {
  upload: Upload;
  table: Table;
  objects: ObjectStore;
  /** Throws the read failure, if the source failed. */
  rethrowReadFailure(): void;
}

export function guardUploadReads(upload: Upload, storage: { table: Table; objects: ObjectStore }): GuardedIngest {
  let failure: { error: unknown } | undefined;
  const note = (error: unknown) => {
    failure ??= { error };
  };
  const rethrowReadFailure = () => {
    if (failure) throw failure.error;
  };
  const source = {
    ...upload.source,
    async open(): Promise<Readable> {
      let stream: Readable;
      try {
        stream = await upload.source.open();
      } catch (error) {
        note(error);
        throw error;
      }
      stream.on('error', note);
      return stream;
    },
  };
  const { table, objects } = storage;
  return {
    upload: { ...upload, source },
    table: {
      get: (pk, sk) => table.get(pk, sk),
      query: (pk, options) => table.query(pk, options),
      put: async (item, condition) => {
        rethrowReadFailure();
        return table.put(item, condition);
      },
      delete: async (pk, sk) => {
        rethrowReadFailure();
        return table.delete(pk, sk);
      },
    },
    objects: {
      get: (key) => objects.get(key),
      openRead: (key) => objects.openRead(key),
      list: (prefix) => objects.list(prefix),
      locate: (key) => objects.locate(key),
      put: async (key, body, options) => {
        rethrowReadFailure();
        return objects.put(key, body, options);
      },
      putFile: async (key, path, options) => {
        rethrowReadFailure();
        return objects.putFile(key, path, options);
      },
    },
    rethrowReadFailure,
  };
}
