/**
 * What the operator is told: an ops topic (KMS, TLS only) and alarms on every dead-letter queue
 * (depth above zero) and on every function (errors, throttles). The operator's mailbox is
 * subscribed after deployment (docs/deploy.md §3), so no address is in the template.
 */
import { ArnFormat, Duration, RemovalPolicy, Stack } from 'aws-cdk-lib';
import { Alarm, ComparisonOperator, type Metric, TreatMissingData } from 'aws-cdk-lib/aws-cloudwatch';
import { SnsAction } from 'aws-cdk-lib/aws-cloudwatch-actions';
import { PolicyStatement, ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import { Key } from 'aws-cdk-lib/aws-kms';
import type { IFunction } from 'aws-cdk-lib/aws-lambda';
import { Topic } from 'aws-cdk-lib/aws-sns';
import type { IQueue } from 'aws-cdk-lib/aws-sqs';
import { Construct } from 'constructs';
import { subscribeHttpsEndpoints } from './httpsSubscriptions.ts';
import { OPS_MESSAGES, type OpsSubject } from './opsMessages.ts';

export interface WatchedQueue {
  subject: OpsSubject;
  queue: IQueue;
}

export interface WatchedFunction {
  subject: OpsSubject;
  fn: IFunction;
}

export interface OperationsProps {
  countyCode: string;
  deadLetterQueues: WatchedQueue[];
  functions: WatchedFunction[];
  httpsEndpoints: string[];
  failedMessageDays: number;
}

const PERIOD = Duration.minutes(5);

export class Operations extends Construct {
  readonly key: Key;
  readonly topic: Topic;
  readonly alarms: Alarm[] = [];

  constructor(scope: Construct, id: string, props: OperationsProps) {
    super(scope, id);
    const stack = Stack.of(this);
    this.key = new Key(this, 'Key', {
      description: 'kuomian ops topic',
      enableKeyRotation: true,
      removalPolicy: RemovalPolicy.RETAIN,
    });
    // CloudWatch publishes alarm state changes to the encrypted topic with this key.
    this.key.addToResourcePolicy(
      new PolicyStatement({
        sid: 'CloudWatchAlarmsPublish',
        principals: [new ServicePrincipal('cloudwatch.amazonaws.com')],
        actions: ['kms:Decrypt', 'kms:GenerateDataKey*'],
        resources: ['*'],
      }),
    );
    this.topic = new Topic(this, 'Topic', {
      displayName: `Kuomian ops ${props.countyCode}`,
      masterKey: this.key,
      enforceSSL: true,
      signatureVersion: '2',
    });
    this.topic.addToResourcePolicy(
      new PolicyStatement({
        sid: 'CloudWatchAlarmsOfThisAccount',
        principals: [new ServicePrincipal('cloudwatch.amazonaws.com')],
        actions: ['sns:Publish'],
        resources: [this.topic.topicArn],
        conditions: {
          ArnLike: {
            'aws:SourceArn': stack.formatArn({
              service: 'cloudwatch',
              resource: 'alarm',
              resourceName: '*',
              arnFormat: ArnFormat.COLON_RESOURCE_NAME,
            }),
          },
          StringEquals: { 'aws:SourceAccount': stack.account },
        },
      }),
    );

    const undelivered = subscribeHttpsEndpoints(
      this,
      this.topic,
      props.httpsEndpoints,
      props.failedMessageDays,
    );
    const queues = undelivered
      ? [...props.deadLetterQueues, { subject: 'opsHttps' as const, queue: undelivered }]
      : props.deadLetterQueues;
    for (const { subject, queue } of queues) {
      this.alarm(
        `${subject}-dead-letters`,
        queue.metricApproximateNumberOfMessagesVisible({ period: PERIOD, statistic: 'Maximum' }),
        OPS_MESSAGES.deadLetters(subject),
      );
    }
    for (const { subject, fn } of props.functions) {
      this.alarm(
        `${subject}-errors`,
        fn.metricErrors({ period: PERIOD, statistic: 'Sum' }),
        OPS_MESSAGES.errors(subject),
      );
      this.alarm(
        `${subject}-throttles`,
        fn.metricThrottles({ period: PERIOD, statistic: 'Sum' }),
        OPS_MESSAGES.throttles(subject),
      );
    }
  }

  /** Alarm as soon as the metric is above zero in one period; tell the topic when it clears too. */
  private alarm(name: string, metric: Metric, description: string): void {
    const alarm = new Alarm(this, name, {
      alarmName: `${Stack.of(this).stackName}-${name}`,
      alarmDescription: description,
      metric,
      threshold: 0,
      comparisonOperator: ComparisonOperator.GREATER_THAN_THRESHOLD,
      evaluationPeriods: 1,
      treatMissingData: TreatMissingData.NOT_BREACHING,
    });
    alarm.addAlarmAction(new SnsAction(this.topic));
    alarm.addOkAction(new SnsAction(this.topic));
    this.alarms.push(alarm);
  }
}
