/**
 * The SNS implementation of SubscriptionDirectory: the alert topic's subscriptions with their cadre
 * filter policies (CADRE_ATTRIBUTE, message-attribute scope — what SnsNotifier publishes).
 */
import {
  GetSubscriptionAttributesCommand,
  ListSubscriptionsByTopicCommand,
  type SNSClient,
  SetSubscriptionAttributesCommand,
  SubscribeCommand,
  UnsubscribeCommand,
} from '@aws-sdk/client-sns';
import { CADRE_ATTRIBUTE } from '../config/names.ts';
import {
  type CurrentSubscription,
  type DesiredSubscription,
  PENDING_CONFIRMATION,
  type SubscriptionDirectory,
} from './subscriptions.ts';

/** The filter policy of a cadre subscription: `{"cadreId":["C001"]}`. */
export function cadreFilterPolicy(cadreIds: readonly string[]): string {
  return JSON.stringify({ [CADRE_ATTRIBUTE]: [...cadreIds] });
}

/**
 * The cadre ids a filter policy lets through, or undefined when it is not a plain cadre filter
 * (absent, other keys, operators, or applied to the message body rather than its attributes).
 */
export function cadreIdsOfFilter(
  policy: string | undefined,
  scope: string | undefined,
): string[] | undefined {
  if (policy === undefined || policy === '' || scope === 'MessageBody') return undefined;
  let parsed: unknown;
  try {
    parsed = JSON.parse(policy);
  } catch {
    return undefined;
  }
  if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) return undefined;
  const keys = Object.keys(parsed);
  const values = (parsed as Record<string, unknown>)[CADRE_ATTRIBUTE];
  if (keys.length !== 1 || !Array.isArray(values) || !values.every((v) => typeof v === 'string'))
    return undefined;
  return [...(values as string[])].sort();
}

export class SnsSubscriptions implements SubscriptionDirectory {
  constructor(
    private readonly client: SNSClient,
    readonly topicArn: string,
  ) {}

  async list(): Promise<CurrentSubscription[]> {
    const out: CurrentSubscription[] = [];
    let nextToken: string | undefined;
    do {
      const page = await this.client.send(
        new ListSubscriptionsByTopicCommand({ TopicArn: this.topicArn, NextToken: nextToken }),
      );
      for (const s of page.Subscriptions ?? []) {
        const arn = s.SubscriptionArn ?? PENDING_CONFIRMATION;
        const base = { arn, protocol: s.Protocol ?? '', endpoint: s.Endpoint ?? '' };
        if (arn === PENDING_CONFIRMATION) {
          // No ARN yet: its attributes cannot be read, nor can it be changed or removed.
          out.push({ ...base, pending: true });
          continue;
        }
        if (base.protocol !== 'sms' && base.protocol !== 'email') {
          out.push({ ...base, pending: false }); // not ours to manage; no need to read its filter
          continue;
        }
        const { Attributes: attributes = {} } = await this.client.send(
          new GetSubscriptionAttributesCommand({ SubscriptionArn: arn }),
        );
        const cadreIds = cadreIdsOfFilter(attributes.FilterPolicy, attributes.FilterPolicyScope);
        out.push({
          ...base,
          pending: attributes.PendingConfirmation === 'true',
          ...(cadreIds === undefined ? {} : { cadreIds }),
        });
      }
      nextToken = page.NextToken;
    } while (nextToken !== undefined && nextToken !== '');
    return out;
  }

  async subscribe(subscription: DesiredSubscription): Promise<void> {
    await this.client.send(
      new SubscribeCommand({
        TopicArn: this.topicArn,
        Protocol: subscription.protocol,
        Endpoint: subscription.endpoint,
        Attributes: {
          FilterPolicy: cadreFilterPolicy(subscription.cadreIds),
          FilterPolicyScope: 'MessageAttributes',
        },
        ReturnSubscriptionArn: true,
      }),
    );
  }

  async setCadres(arn: string, cadreIds: string[]): Promise<void> {
    await this.client.send(
      new SetSubscriptionAttributesCommand({
        SubscriptionArn: arn,
        AttributeName: 'FilterPolicy',
        AttributeValue: cadreFilterPolicy(cadreIds),
      }),
    );
    // A filter once applied to the message body would never match the cadre attribute.
    await this.client.send(
      new SetSubscriptionAttributesCommand({
        SubscriptionArn: arn,
        AttributeName: 'FilterPolicyScope',
        AttributeValue: 'MessageAttributes',
      }),
    );
  }

  async unsubscribe(arn: string): Promise<void> {
    await this.client.send(new UnsubscribeCommand({ SubscriptionArn: arn }));
  }
}
