/**
 * Ingest Lambda: S3 ObjectCreated notifications arrive through SQS (not directly from S3) so that a
 * burst of uploads is buffered, a failing object is retried by the queue and parked in its DLQ after
 * repeated failures, and one bad object never blocks or re-runs the others (partial batch response).
 */
import middy from '@middy/core';
import { S3Client } from '@aws-sdk/client-s3';
import type { SQSBatchResponse, SQSEvent } from 'aws-lambda';
import { z } from 'zod';
import { CAMPAIGN_TIME_ZONE } from '../lib/config/names.ts';
import { type IngestOutcome, ingestUpload } from '../lib/ingest/ingestUpload.ts';
import { decodeS3Key, s3Upload } from '../lib/ingest/s3Upload.ts';
import { openAwsStorage } from '../lib/storage/aws/index.ts';
import { localDate } from '../lib/time/calendar.ts';
import { afterCadresAccepted } from './cadreSubscriptions.ts';
import { guardUploadReads } from './uploadReadGuard.ts';

const s3Record = z.object({
  eventName: z.string(),
  eventTime: z.string(),
  s3: z.object({
    bucket: z.object({ name: z.string() }),
    object: z.object({
      key: z.string(),
      size: z.number().default(0),
      eTag: z.string().optional(),
      versionId: z.string().optional(),
    }),
  }),
});
/** The body of one SQS message: an S3 notification, or S3's one-off test event (no Records). */
const s3Notification = z.object({ Records: z.array(s3Record).optional(), Event: z.string().optional() });

const s3 = new S3Client({});

export async function ingestBatch(event: SQSEvent): Promise<SQSBatchResponse> {
  const storage = openAwsStorage();
  const failures: SQSBatchResponse['batchItemFailures'] = [];
  for (const message of event.Records) {
    try {
      const body = s3Notification.parse(JSON.parse(message.body));
      for (const record of body.Records ?? []) {
        if (!record.eventName.startsWith('ObjectCreated')) continue;
        const guarded = guardUploadReads(
          s3Upload(s3, {
            bucket: record.s3.bucket.name,
            key: decodeS3Key(record.s3.object.key),
            versionId: record.s3.object.versionId,
            eTag: record.s3.object.eTag,
            size: record.s3.object.size,
            eventTime: record.eventTime,
          }),
          storage,
        );
        const outcome = await ingestUpload(guarded.upload, {
          table: guarded.table,
          objects: guarded.objects,
          today: localDate(new Date(), CAMPAIGN_TIME_ZONE),
        });
        guarded.rethrowReadFailure();
        // Counts and codes only: keys may name a township, never a person.
        console.log(JSON.stringify({ msg: 'ingested', key: outcome.key, status: outcome.status, rows: outcome.rows, accepted: outcome.accepted, rejected: outcome.rejected }));
        if (rosterAccepted(outcome)) await afterCadresAccepted(storage);
      }
    } catch (error) {
      console.error(JSON.stringify({ msg: 'ingest failed', messageId: message.messageId, error: (error as Error).name, detail: (error as Error).message }));
      failures.push({ itemIdentifier: message.messageId });
    }
  }
  return { batchItemFailures: failures };
}

/**
 * A cadres roster with accepted rows — also when this is the queue's retry of a message whose
 * reconciliation failed, which finds the upload already recorded (`duplicate`). Reconciling is
 * idempotent, so doing it again on a repeated delivery costs one listing of the topic.
 */
function rosterAccepted(outcome: IngestOutcome): boolean {
  return outcome.kind === 'cadres' && (outcome.status === 'accepted' || (outcome.status === 'duplicate' && outcome.accepted > 0));
}

export const handler = middy<SQSEvent, SQSBatchResponse>().handler(ingestBatch);
