/**
 * HTTPS endpoints named in context (`alertChannels`), subscribed to a topic. Messages SNS could not
 * deliver after its retries go to a dead-letter queue rather than being lost.
 */
import { type ITopic, SubscriptionProtocol } from 'aws-cdk-lib/aws-sns';
import { UrlSubscription } from 'aws-cdk-lib/aws-sns-subscriptions';
import type { Queue } from 'aws-cdk-lib/aws-sqs';
import type { Construct } from 'constructs';
import { deadLetterQueue } from './deadLetterQueue.ts';

/** Subscribes each endpoint; returns the dead-letter queue, or undefined when there is none. */
export function subscribeHttpsEndpoints(
  scope: Construct,
  topic: ITopic,
  endpoints: string[],
  retentionDays: number,
): Queue | undefined {
  if (endpoints.length === 0) return undefined;
  const undelivered = deadLetterQueue(scope, 'UndeliveredHttps', {
    holds: `messages of ${topic.node.id} that SNS could not deliver to an HTTPS endpoint`,
    retentionDays,
  });
  for (const url of endpoints) {
    topic.addSubscription(
      new UrlSubscription(url, { protocol: SubscriptionProtocol.HTTPS, deadLetterQueue: undelivered }),
    );
  }
  return undelivered;
}
