import { beforeAll, describe, expect, it } from 'vitest';
import {
  type CfnTemplate,
  type Json,
  logicalIdStartingWith,
  resourcesOfType,
  type Synthesized,
  synthKuomian,
} from './synthKuomian.ts';

/** Every queue that receives what failed: redrive targets, scheduler and Lambda destinations, SNS redrives. */
function deadLetterQueues(json: CfnTemplate): string[] {
  const ids = new Set<string>();
  const arnOf = (value: Json) => value?.['Fn::GetAtt']?.[0] as string | undefined;
  for (const r of Object.values(json.Resources)) {
    const p = r.Properties ?? {};
    const found = [
      r.Type === 'AWS::SQS::Queue' ? arnOf(p.RedrivePolicy?.deadLetterTargetArn) : undefined,
      r.Type === 'AWS::Scheduler::Schedule' ? arnOf(p.Target?.DeadLetterConfig?.Arn) : undefined,
      r.Type === 'AWS::Lambda::EventInvokeConfig'
        ? arnOf(p.DestinationConfig?.OnFailure?.Destination)
        : undefined,
      r.Type === 'AWS::SNS::Subscription' ? arnOf(p.RedrivePolicy?.deadLetterTargetArn) : undefined,
    ];
    for (const id of found) if (id) ids.add(id);
  }
  return [...ids].sort();
}

function alarms(json: CfnTemplate) {
  return resourcesOfType(json, 'AWS::CloudWatch::Alarm').map(([, a]) => a.Properties ?? {});
}

describe('cadre alerts and the operator’s alarms', () => {
  let s: Synthesized;
  let alertTopic: string;
  let opsTopic: string;

  beforeAll(() => {
    s = synthKuomian();
    alertTopic = logicalIdStartingWith(s.json, 'CadreAlertsTopic', 'AWS::SNS::Topic');
    opsTopic = logicalIdStartingWith(s.json, 'OperationsTopic', 'AWS::SNS::Topic');
  });

  const topicPolicy = (topic: string) =>
    resourcesOfType(s.json, 'AWS::SNS::TopicPolicy').find(([, p]) =>
      ((p.Properties?.Topics ?? []) as Json[]).some((t) => t.Ref === topic),
    )?.[1].Properties?.PolicyDocument.Statement as Json[];

  it('encrypts both topics with their own customer-managed keys and refuses plain HTTP', () => {
    for (const [topic, key] of [
      [alertTopic, 'CadreAlertsKey'],
      [opsTopic, 'OperationsKey'],
    ]) {
      expect(s.json.Resources[topic].Properties?.KmsMasterKeyId).toEqual({
        'Fn::GetAtt': [logicalIdStartingWith(s.json, key, 'AWS::KMS::Key'), 'Arn'],
      });
      expect(topicPolicy(topic)).toContainEqual(
        expect.objectContaining({ Effect: 'Deny', Condition: { Bool: { 'aws:SecureTransport': 'false' } } }),
      );
    }
  });

  it('subscribes nobody in the template: cadres are subscribed from the roster, the operator after deploying', () => {
    expect(resourcesOfType(s.json, 'AWS::SNS::Subscription')).toHaveLength(0);
  });

  it('lets CloudWatch alarms of this account publish to the encrypted ops topic', () => {
    expect(topicPolicy(opsTopic)).toContainEqual(
      expect.objectContaining({
        Sid: 'CloudWatchAlarmsOfThisAccount',
        Effect: 'Allow',
        Principal: { Service: 'cloudwatch.amazonaws.com' },
        Action: 'sns:Publish',
      }),
    );
    const keyPolicy = s.json.Resources[logicalIdStartingWith(s.json, 'OperationsKey', 'AWS::KMS::Key')]
      .Properties?.KeyPolicy.Statement as Json[];
    expect(keyPolicy).toContainEqual(
      expect.objectContaining({
        Principal: { Service: 'cloudwatch.amazonaws.com' },
        Action: ['kms:Decrypt', 'kms:GenerateDataKey*'],
      }),
    );
  });

  it('has three dead-letter queues: intake, monthly rollup, survey check', () => {
    expect(deadLetterQueues(s.json).map((id) => id.replace(/[0-9A-F]{8}$/, ''))).toEqual([
      'SchedulesMonthlyRollupFailures',
      'SchedulesSurveyCheckFailures',
      'UploadIntakeDeadLetterQueue',
    ]);
  });

  it('raises an alarm to the ops topic as soon as Json dead-letter queue holds a message', () => {
    for (const queue of deadLetterQueues(s.json)) {
      const alarm = alarms(s.json).find(
        (a) =>
          a.MetricName === 'ApproximateNumberOfMessagesVisible' &&
          a.Dimensions?.[0]?.Value?.['Fn::GetAtt']?.[0] === queue,
      );
      expect(alarm, queue).toMatchObject({
        Namespace: 'AWS/SQS',
        Threshold: 0,
        ComparisonOperator: 'GreaterThanThreshold',
        EvaluationPeriods: 1,
        TreatMissingData: 'notBreaching',
        AlarmActions: [{ Ref: opsTopic }],
        OKActions: [{ Ref: opsTopic }],
      });
    }
  });

  it('raises an alarm on errors and on throttles of every function', () => {
    const functions = resourcesOfType(s.json, 'AWS::Lambda::Function').map(([id]) => id);
    expect(functions).toHaveLength(3);
    for (const fn of functions) {
      for (const metric of ['Errors', 'Throttles']) {
        const alarm = alarms(s.json).find(
          (a) => a.MetricName === metric && a.Dimensions?.[0]?.Value?.Ref === fn,
        );
        expect(alarm, `${metric} of ${fn}`).toMatchObject({
          Namespace: 'AWS/Lambda',
          Statistic: 'Sum',
          Threshold: 0,
          ComparisonOperator: 'GreaterThanThreshold',
          AlarmActions: [{ Ref: opsTopic }],
        });
      }
    }
    expect(alarms(s.json)).toHaveLength(3 + 3 * 2);
  });

  it('describes every alarm in Chinese for the county’s operator', () => {
    for (const alarm of alarms(s.json))
      expect(alarm.AlarmDescription).toMatch(/^【[\u4e00-\u9fa5A-Z]+】.*[\u4e00-\u9fa5]/);
  });
});

describe('HTTPS endpoints from the alertChannels context', () => {
  it('subscribes them over HTTPS with a dead-letter queue that is alarmed too', () => {
    const s = synthKuomian({
      alertChannels: {
        cadreHttpsEndpoints: ['https://relay.example.gov.cn/sns'],
        opsHttpsEndpoints: ['https://chatops.example.gov.cn/hook'],
      },
    });
    const subscriptions = resourcesOfType(s.json, 'AWS::SNS::Subscription').map(
      ([, r]) => r.Properties ?? {},
    );
    expect(subscriptions.map((p) => [p.Protocol, p.Endpoint]).sort()).toEqual([
      ['https', 'https://chatops.example.gov.cn/hook'],
      ['https', 'https://relay.example.gov.cn/sns'],
    ]);
    for (const p of subscriptions)
      expect(p.RedrivePolicy.deadLetterTargetArn['Fn::GetAtt'][0]).toMatch(/UndeliveredHttps/);
    const queues = deadLetterQueues(s.json);
    expect(queues).toHaveLength(5);
    for (const queue of queues) {
      expect(
        alarms(s.json).some((a) => a.Dimensions?.[0]?.Value?.['Fn::GetAtt']?.[0] === queue),
        queue,
      ).toBe(true);
    }
  });
});
