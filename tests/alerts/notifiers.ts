import type { Notifier, OutgoingAlert } from '../../lib/storage/ports.ts';

/** Records what it sends; fails the first `failures` attempts of every alert (a flaky SNS). */
export class RecordingNotifier implements Notifier {
  readonly sent: OutgoingAlert[] = [];
  readonly attempts = new Map<string, number>();

  constructor(private readonly failures = 0) {}

  async send(alert: OutgoingAlert): Promise<void> {
    const attempt = (this.attempts.get(alert.alertId) ?? 0) + 1;
    this.attempts.set(alert.alertId, attempt);
    await new Promise((resolve) => setImmediate(resolve));
    if (attempt <= this.failures) {
      throw new Error(`Throttling: rate exceeded while sending to +8613812345678 (attempt ${attempt})`);
    }
    this.sent.push(alert);
  }

  sentIds(): string[] {
    return this.sent.map((a) => a.alertId);
  }
}
