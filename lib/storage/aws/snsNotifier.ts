/**
 * The cloud Notifier: one Publish to the alert topic per alert. Subscriptions filter on the cadre
 * attribute (CADRE_ATTRIBUTE), so each cadre's SMS / e-mail endpoints receive only their own alerts;
 * the message is per protocol (`MessageStructure: 'json'`): the short text for SMS (RULES 4.2,
 * ≤ 70 characters), the full text for e-mail and every other protocol. Publish errors propagate:
 * the caller keeps the alert pending and retries (RULES 4.3).
 */
import { PublishCommand, type SNSClient } from '@aws-sdk/client-sns';
import { CADRE_ATTRIBUTE } from '../../config/names.ts';
import type { Notifier, OutgoingAlert } from '../ports.ts';
import { snsSubject } from './snsSubject.ts';

/** Message attribute carrying the alert's deterministic id, for tracing a delivery back to the ledger. */
export const ALERT_ID_ATTRIBUTE = 'alertId';

export class SnsNotifier implements Notifier {
  constructor(
    private readonly client: SNSClient,
    readonly topicArn: string,
  ) {}

  async send(alert: OutgoingAlert): Promise<void> {
    const subject = snsSubject(alert.subject);
    await this.client.send(
      new PublishCommand({
        TopicArn: this.topicArn,
        MessageStructure: 'json',
        Message: JSON.stringify({ default: alert.email, email: alert.email, sms: alert.sms }),
        ...(subject === '' ? {} : { Subject: subject }),
        MessageAttributes: {
          [CADRE_ATTRIBUTE]: { DataType: 'String', StringValue: alert.cadreId },
          [ALERT_ID_ATTRIBUTE]: { DataType: 'String', StringValue: alert.alertId },
        },
      }),
    );
  }
}
