/**
 * A dead-letter queue: where a message or a run that failed all its retries is kept for the
 * operator (every one of them has a depth alarm, see operations.ts). Encrypted, TLS only.
 */
import { Duration } from 'aws-cdk-lib';
import type { IKey } from 'aws-cdk-lib/aws-kms';
import { Queue, QueueEncryption } from 'aws-cdk-lib/aws-sqs';
import type { Construct } from 'constructs';
import { acknowledge } from './nag.ts';

export interface DeadLetterQueueProps {
  /** What ends up here, for the nag acknowledgements and the alarm. */
  holds: string;
  retentionDays: number;
  /**
   * A customer-managed key, or none for SQS-managed encryption (SSE-SQS). SSE-SQS is for queues
   * whose writers cannot be granted a key (EventBridge Scheduler grants only sqs:SendMessage) and
   * whose messages carry no data, only the job's fixed input and the error.
   */
  key?: IKey;
  /** True when another queue's redrive policy points here (cdk-nag then recognises it as a DLQ). */
  targetOfQueueRedrive?: boolean;
}

export function deadLetterQueue(scope: Construct, id: string, props: DeadLetterQueueProps): Queue {
  const queue = new Queue(scope, id, {
    retentionPeriod: Duration.days(props.retentionDays),
    enforceSSL: true,
    ...(props.key
      ? { encryption: QueueEncryption.KMS, encryptionMasterKey: props.key }
      : { encryption: QueueEncryption.SQS_MANAGED }),
  });
  const reason = `This queue is itself the dead-letter queue for ${props.holds}; nothing is redriven from it automatically.`;
  if (!props.targetOfQueueRedrive) acknowledge(queue, 'AwsSolutions-SQS3', reason);
  acknowledge(queue, 'Serverless-SQSRedrivePolicy', reason);
  return queue;
}
