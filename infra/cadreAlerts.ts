/**
 * The cadre-alert topic (RULES 4): every alert is published once with the cadre id as a message
 * attribute; each cadre's own subscriptions (SMS where it exists, e-mail) filter on it. Those
 * subscriptions are made by the ingest function after a cadres roster upload — never in this
 * template, which holds no phone numbers or e-mail addresses.
 */
import { RemovalPolicy } from 'aws-cdk-lib';
import { PolicyStatement, type Role } from 'aws-cdk-lib/aws-iam';
import { Key } from 'aws-cdk-lib/aws-kms';
import { Topic } from 'aws-cdk-lib/aws-sns';
import type { Queue } from 'aws-cdk-lib/aws-sqs';
import { Construct } from 'constructs';
import { subscribeHttpsEndpoints } from './httpsSubscriptions.ts';
import { acknowledgeWildcardResources } from './nag.ts';

export interface CadreAlertsProps {
  countyCode: string;
  /** Extra HTTPS endpoints receiving every alert (a relay to a domestic SMS gateway, for instance). */
  httpsEndpoints: string[];
  failedMessageDays: number;
}

export class CadreAlerts extends Construct {
  readonly key: Key;
  readonly topic: Topic;
  /** Alerts SNS could not deliver to an HTTPS endpoint; absent without HTTPS endpoints. */
  readonly undeliveredQueue?: Queue;

  constructor(scope: Construct, id: string, props: CadreAlertsProps) {
    super(scope, id);
    this.key = new Key(this, 'Key', {
      description: 'kuomian cadre alerts topic',
      enableKeyRotation: true,
      removalPolicy: RemovalPolicy.RETAIN,
    });
    this.topic = new Topic(this, 'Topic', {
      displayName: `Kuomian ${props.countyCode}`,
      masterKey: this.key,
      enforceSSL: true,
      signatureVersion: '2',
    });
    this.undeliveredQueue = subscribeHttpsEndpoints(
      this,
      this.topic,
      props.httpsEndpoints,
      props.failedMessageDays,
    );
  }

  /** Publish alerts (rollup digests, survey reminders). */
  grantPublish(grantee: Role): void {
    grantee.addToPrincipalPolicy(
      new PolicyStatement({ actions: ['sns:Publish'], resources: [this.topic.topicArn] }),
    );
    grantee.addToPrincipalPolicy(
      new PolicyStatement({ actions: ['kms:GenerateDataKey', 'kms:Decrypt'], resources: [this.key.keyArn] }),
    );
  }

  /** Reconcile the cadres' subscriptions with the roster (subscribe, filter, unsubscribe). */
  grantSubscriptionManagement(grantee: Role): void {
    const subscriptions = `${this.topic.topicArn}:*`;
    grantee.addToPrincipalPolicy(
      new PolicyStatement({
        actions: [
          'sns:Subscribe',
          'sns:Unsubscribe',
          'sns:ListSubscriptionsByTopic',
          'sns:SetSubscriptionAttributes',
          'sns:GetSubscriptionAttributes',
        ],
        resources: [this.topic.topicArn, subscriptions],
      }),
    );
    acknowledgeWildcardResources(
      grantee,
      [subscriptions],
      'The subscriptions of the alert topic (ARNs topic:<uuid>, made at run time) — this topic only.',
    );
  }
}
