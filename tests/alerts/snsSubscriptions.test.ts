import {
  GetSubscriptionAttributesCommand,
  ListSubscriptionsByTopicCommand,
  SNSClient,
  SetSubscriptionAttributesCommand,
  SubscribeCommand,
  UnsubscribeCommand,
} from '@aws-sdk/client-sns';
import { mockClient } from 'aws-sdk-client-mock';
import { afterEach, describe, expect, it } from 'vitest';
import { SnsSubscriptions, cadreIdsOfFilter } from '../../lib/alerts/snsSubscriptions.ts';
import { desiredSubscriptions, reconcileSubscriptions } from '../../lib/alerts/subscriptions.ts';
import { DATIAN, cadre, uscc } from '../survey/fixtures.ts';

const TOPIC = 'arn:aws-cn:sns:cn-northwest-1:123456789012:kuomian-alerts';
const sns = mockClient(SNSClient);
afterEach(() => sns.reset());

function directory(): SnsSubscriptions {
  return new SnsSubscriptions(new SNSClient({ region: 'cn-northwest-1' }), TOPIC);
}

/** Two pages of subscriptions; filter policies per ARN. */
function topicWith(filters: Record<string, { FilterPolicy?: string; FilterPolicyScope?: string }>): void {
  sns
    .on(ListSubscriptionsByTopicCommand, { TopicArn: TOPIC, NextToken: undefined })
    .resolves({
      Subscriptions: [
        { SubscriptionArn: `${TOPIC}:s1`, Protocol: 'sms', Endpoint: '+8613800000001', TopicArn: TOPIC },
        {
          SubscriptionArn: 'PendingConfirmation',
          Protocol: 'email',
          Endpoint: 'waiting@wuyi.gov.cn',
          TopicArn: TOPIC,
        },
      ],
      NextToken: 'page-2',
    })
    .on(ListSubscriptionsByTopicCommand, { TopicArn: TOPIC, NextToken: 'page-2' })
    .resolves({
      Subscriptions: [
        { SubscriptionArn: `${TOPIC}:s2`, Protocol: 'email', Endpoint: 'old@wuyi.gov.cn', TopicArn: TOPIC },
        {
          SubscriptionArn: `${TOPIC}:s3`,
          Protocol: 'sqs',
          Endpoint: 'arn:aws-cn:sqs:archive',
          TopicArn: TOPIC,
        },
      ],
    });
  for (const [arn, attributes] of Object.entries(filters)) {
    sns
      .on(GetSubscriptionAttributesCommand, { SubscriptionArn: arn })
      .resolves({ Attributes: { PendingConfirmation: 'false', ...attributes } });
  }
}

describe('SNS subscriptions', () => {
  it('lists every page, reading filter policies of confirmed SMS and e-mail subscriptions only', async () => {
    topicWith({
      [`${TOPIC}:s1`]: { FilterPolicy: '{"cadreId":["C001"]}', FilterPolicyScope: 'MessageAttributes' },
      [`${TOPIC}:s2`]: { FilterPolicy: '{"cadreId":["C099","C098"]}' },
    });
    expect(await directory().list()).toEqual([
      { arn: `${TOPIC}:s1`, protocol: 'sms', endpoint: '+8613800000001', pending: false, cadreIds: ['C001'] },
      { arn: 'PendingConfirmation', protocol: 'email', endpoint: 'waiting@wuyi.gov.cn', pending: true },
      {
        arn: `${TOPIC}:s2`,
        protocol: 'email',
        endpoint: 'old@wuyi.gov.cn',
        pending: false,
        cadreIds: ['C098', 'C099'],
      },
      { arn: `${TOPIC}:s3`, protocol: 'sqs', endpoint: 'arn:aws-cn:sqs:archive', pending: false },
    ]);
    expect(sns.commandCalls(ListSubscriptionsByTopicCommand)).toHaveLength(2);
    expect(
      sns.commandCalls(GetSubscriptionAttributesCommand).map((c) => c.args[0].input.SubscriptionArn),
    ).toEqual([`${TOPIC}:s1`, `${TOPIC}:s2`]);
  });

  it('reconciles the topic with the roster: subscribes with a cadre filter, keeps, removes, leaves pending ones alone', async () => {
    topicWith({
      [`${TOPIC}:s1`]: { FilterPolicy: '{"cadreId":["C001"]}' },
      [`${TOPIC}:s2`]: { FilterPolicy: '{"cadreId":["C099"]}' },
    });
    sns.on(SubscribeCommand).resolves({ SubscriptionArn: 'pending confirmation' });
    sns.on(UnsubscribeCommand).resolves({});
    const roster = [
      cadre('C001', '片区', DATIAN, { mobile: '13800000001' }),
      cadre('C002', '企业', uscc(2), { mobile: '13800000002', email: 'c002@wuyi.gov.cn' }),
      cadre('C007', '企业', uscc(7), { email: 'waiting@wuyi.gov.cn' }),
    ];
    const report = await reconcileSubscriptions(
      directory(),
      desiredSubscriptions(roster, { smsAvailable: true }),
    );
    expect(report).toEqual({
      added: 2,
      kept: 1,
      updated: 0,
      removed: 1,
      awaitingConfirmation: 1,
      failures: [],
    });
    expect(sns.commandCalls(UnsubscribeCommand).map((c) => c.args[0].input)).toEqual([
      { SubscriptionArn: `${TOPIC}:s2` },
    ]);
    expect(sns.commandCalls(SubscribeCommand).map((c) => c.args[0].input)).toEqual([
      {
        TopicArn: TOPIC,
        Protocol: 'email',
        Endpoint: 'c002@wuyi.gov.cn',
        Attributes: { FilterPolicy: '{"cadreId":["C002"]}', FilterPolicyScope: 'MessageAttributes' },
        ReturnSubscriptionArn: true,
      },
      {
        TopicArn: TOPIC,
        Protocol: 'sms',
        Endpoint: '+8613800000002',
        Attributes: { FilterPolicy: '{"cadreId":["C002"]}', FilterPolicyScope: 'MessageAttributes' },
        ReturnSubscriptionArn: true,
      },
    ]);
    expect(sns.commandCalls(SetSubscriptionAttributesCommand)).toHaveLength(0);
  });

  it('updates the filter of a confirmed subscription in place instead of subscribing again', async () => {
    topicWith({
      [`${TOPIC}:s1`]: { FilterPolicy: '{"cadreId":["C001"]}' },
      [`${TOPIC}:s2`]: { FilterPolicy: '{"cadreId":["C099"]}', FilterPolicyScope: 'MessageBody' },
    });
    sns.on(SetSubscriptionAttributesCommand).resolves({});
    const desired = [
      { protocol: 'sms' as const, endpoint: '+8613800000001', cadreIds: ['C001'] },
      { protocol: 'email' as const, endpoint: 'old@wuyi.gov.cn', cadreIds: ['C099'] },
    ];
    const report = await reconcileSubscriptions(directory(), desired);
    expect(report).toMatchObject({ added: 0, kept: 1, updated: 1, removed: 0 });
    expect(sns.commandCalls(SetSubscriptionAttributesCommand).map((c) => c.args[0].input)).toEqual([
      {
        SubscriptionArn: `${TOPIC}:s2`,
        AttributeName: 'FilterPolicy',
        AttributeValue: '{"cadreId":["C099"]}',
      },
      {
        SubscriptionArn: `${TOPIC}:s2`,
        AttributeName: 'FilterPolicyScope',
        AttributeValue: 'MessageAttributes',
      },
    ]);
    expect(sns.commandCalls(SubscribeCommand)).toHaveLength(0);
  });

  it('reads only plain cadre filters', () => {
    expect(cadreIdsOfFilter('{"cadreId":["B","A"]}', undefined)).toEqual(['A', 'B']);
    expect(cadreIdsOfFilter('{"cadreId":["A"]}', 'MessageBody')).toBeUndefined();
    expect(cadreIdsOfFilter('{"cadreId":[{"prefix":"C"}]}', undefined)).toBeUndefined();
    expect(cadreIdsOfFilter('{"cadreId":["A"],"kind":["x"]}', undefined)).toBeUndefined();
    expect(cadreIdsOfFilter('not json', undefined)).toBeUndefined();
    expect(cadreIdsOfFilter(undefined, undefined)).toBeUndefined();
  });
});
