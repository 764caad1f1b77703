import { PublishCommand, SNSClient, SNSServiceException } from '@aws-sdk/client-sns';
import { mockClient } from 'aws-sdk-client-mock';
import { beforeEach, describe, expect, it } from 'vitest';
import { SnsNotifier } from '../../lib/storage/aws/snsNotifier.ts';
import { snsSubject } from '../../lib/storage/aws/snsSubject.ts';

const sns = mockClient(SNSClient);
const TOPIC = 'arn:aws-cn:sns:cn-northwest-1:123456789012:kuomian-alerts';
const notifier = new SnsNotifier(new SNSClient({ region: 'cn-northwest-1' }), TOPIC);

const alert = {
  alertId: 'digest|c-001|2023-03',
  cadreId: 'c-001',
  subject: '2023年3月扩面工作通报',
  sms: '桃源乡3月得分82.5，排名第3。',
  email: '桃源乡：\n得分 82.5，排名第3。',
};

describe('SnsNotifier', () => {
  beforeEach(() => {
    sns.reset();
  });

  it('publishes one per-protocol message to the topic, filtered by cadre', async () => {
    sns.on(PublishCommand).resolves({ MessageId: 'm-1' });
    await notifier.send(alert);
    const calls = sns.commandCalls(PublishCommand);
    expect(calls).toHaveLength(1);
    const input = calls[0].args[0].input;
    expect(input).toEqual({
      TopicArn: TOPIC,
      MessageStructure: 'json',
      Message: input.Message,
      Subject: '2023年3月扩面工作通报',
      MessageAttributes: {
        cadreId: { DataType: 'String', StringValue: 'c-001' },
        alertId: { DataType: 'String', StringValue: 'digest|c-001|2023-03' },
      },
    });
    expect(JSON.parse(input.Message as string)).toEqual({
      default: '桃源乡：\n得分 82.5，排名第3。',
      email: '桃源乡：\n得分 82.5，排名第3。',
      sms: '桃源乡3月得分82.5，排名第3。',
    });
  });

  it('makes the subject fit SNS: one line, no controls, under 100 characters', async () => {
    sns.on(PublishCommand).resolves({ MessageId: 'm-2' });
    await notifier.send({ ...alert, subject: `  逾期提醒\r\n桃源乡\t未提交${'问'.repeat(200)}` });
    const subject = sns.commandCalls(PublishCommand)[0].args[0].input.Subject as string;
    expect(subject.startsWith('逾期提醒 桃源乡 未提交问问')).toBe(true);
    expect(Array.from(subject)).toHaveLength(99);
  });

  it('leaves the subject out when nothing printable remains', async () => {
    sns.on(PublishCommand).resolves({ MessageId: 'm-3' });
    await notifier.send({ ...alert, subject: '\n\t ' });
    expect(sns.commandCalls(PublishCommand)[0].args[0].input).not.toHaveProperty('Subject');
  });

  it('throws when SNS refuses, so the caller keeps the alert pending', async () => {
    sns.on(PublishCommand).rejects(
      new SNSServiceException({
        name: 'InternalError',
        $fault: 'server',
        message: 'service unavailable',
        $metadata: { httpStatusCode: 500 },
      }),
    );
    await expect(notifier.send(alert)).rejects.toThrow('service unavailable');
  });
});

describe('snsSubject', () => {
  it('keeps a short Chinese subject as it is', () => {
    expect(snsSubject('包保企业联系提醒')).toBe('包保企业联系提醒');
  });

  it('counts characters beyond U+FFFF twice, as UTF-16 does', () => {
    const subject = snsSubject('😀'.repeat(60));
    expect(subject).toBe('😀'.repeat(49));
  });

  it('removes invisible direction marks and line separators', () => {
    expect(snsSubject('通报\u2028第二行\u202E')).toBe('通报 第二行');
  });
});
