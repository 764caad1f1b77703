/**
 * The local Notifier: instead of SMS and e-mail, each alert becomes one JSON line in
 * `<outbox>/alerts.jsonl`, where a clerk (or a test) reads what would have gone out. The line is
 * appended with one write and flushed before `send` returns, so an alert the ledger records as
 * delivered (RULES 4.3) is really in the file, and two processes appending never interleave lines.
 */
import { mkdir, open } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import type { Notifier, OutgoingAlert } from '../ports.ts';
import { LOCAL_STORAGE_MESSAGES } from './messages.ts';

export const OUTBOX_FILE = 'alerts.jsonl';

/** One line of the outbox file. */
export interface OutboxLine extends OutgoingAlert {
  /** When the alert was written, as an ISO instant. */
  sentAt: string;
}

export class OutboxNotifier implements Notifier {
  readonly path: string;

  constructor(
    private readonly outboxDir: string,
    private readonly now: () => Date = () => new Date(),
  ) {
    this.path = join(resolve(outboxDir), OUTBOX_FILE);
  }

  async send(alert: OutgoingAlert): Promise<void> {
    const line: OutboxLine = {
      alertId: alert.alertId,
      cadreId: alert.cadreId,
      subject: alert.subject,
      sms: alert.sms,
      email: alert.email,
      sentAt: this.now().toISOString(),
    };
    // JSON.stringify escapes newlines inside the texts, so one alert is exactly one line.
    const bytes = Buffer.from(`${JSON.stringify(line)}\n`, 'utf8');
    await mkdir(resolve(this.outboxDir), { recursive: true });
    const handle = await open(this.path, 'a');
    try {
      const { bytesWritten } = await handle.write(bytes, 0, bytes.length);
      if (bytesWritten !== bytes.length) throw new Error(LOCAL_STORAGE_MESSAGES.outboxShortWrite(this.path));
      await handle.sync();
    } finally {
      await handle.close();
    }
  }
}
