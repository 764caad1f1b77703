import { PublishCommand, SNSClient } from '@aws-sdk/client-sns';
import { mockClient } from 'aws-sdk-client-mock';
import { afterEach, describe, expect, it } from 'vitest';
import { alertId } from '../../lib/alerts/alertId.ts';
import { deliver } from '../../lib/alerts/deliver.ts';
import { AlertLedger } from '../../lib/alerts/ledger.ts';
import type { Alert } from '../../lib/alerts/types.ts';
import { SnsNotifier } from '../../lib/storage/aws/snsNotifier.ts';
import { MemoryTable } from './memoryTable.ts';
import { RecordingNotifier } from './notifiers.ts';

function alert(cadreId: string, about = '330723200000', on = '2023-03-24'): Alert {
  return {
    kind: 'survey-remind',
    on,
    about,
    alertId: alertId('survey-remind', cadreId, on, about),
    cadreId,
    subject: '入企调查提醒：大田乡（距截止还有7天）',
    sms: '【武义扩面】您包保的大田乡尚未报送入企调查结果，距3月31日截止还有7天，请督促报送。',
    email: '干部编号 C001：……',
  };
}

const ALERTS = [alert('C001'), alert('C002'), alert('C003', '330723201000')];
const T0 = new Date('2023-03-24T01:00:00.000Z');

describe('delivery exactly once to a person (RULES 4.3)', () => {
  it('sends every alert once; a re-run sends nothing', async () => {
    const table = new MemoryTable();
    const notifier = new RecordingNotifier();
    const first = await deliver(ALERTS, { table, notifier, now: T0 });
    expect(first).toMatchObject({ sent: 3, skipped: 0, failed: 0 });
    const again = await deliver(ALERTS, { table, notifier, now: new Date('2023-03-25T01:00:00.000Z') });
    expect(again).toMatchObject({ sent: 0, skipped: 3, failed: 0 });
    expect(again.outcomes.map((o) => o.outcome)).toEqual([
      'already-delivered',
      'already-delivered',
      'already-delivered',
    ]);
    expect(notifier.sentIds()).toEqual(ALERTS.map((a) => a.alertId));
  });

  it('keeps the ledger under ALERT#<cadreId>, one item per alert id', async () => {
    const table = new MemoryTable();
    await deliver(ALERTS, { table, notifier: new RecordingNotifier(), now: T0 });
    const history = await new AlertLedger(table).history('C001');
    expect(history).toHaveLength(1);
    expect(history[0]).toMatchObject({
      pk: 'ALERT#C001',
      sk: 'survey-remind|C001|2023-03-24|330723200000',
      state: 'delivered',
      revision: 2,
      attempts: 1,
      kind: 'survey-remind',
      deliveredAt: T0.toISOString(),
    });
    expect(history[0]).not.toHaveProperty('leaseUntil');
    expect(history[0]).not.toHaveProperty('sms'); // texts are not kept in the ledger
  });

  it('retries a failed delivery on the next run until delivered, then never again', async () => {
    const table = new MemoryTable();
    const notifier = new RecordingNotifier(1); // every alert fails once
    const first = await deliver(ALERTS.slice(0, 1), { table, notifier, now: T0 });
    expect(first).toMatchObject({ sent: 0, skipped: 0, failed: 1 });
    const entry = await new AlertLedger(table).read(ALERTS[0]);
    expect(entry).toMatchObject({ state: 'failed', attempts: 1 });
    expect(entry?.lastError).toBe('Error: Throttling: rate exceeded while sending to *** (attempt 1)'); // no phone number kept
    expect(first.outcomes[0].error).not.toMatch(/138/);

    expect(await deliver(ALERTS.slice(0, 1), { table, notifier, now: T0 })).toMatchObject({
      sent: 1,
      failed: 0,
    });
    expect(await deliver(ALERTS.slice(0, 1), { table, notifier, now: T0 })).toMatchObject({
      sent: 0,
      skipped: 1,
    });
    expect(notifier.sent).toHaveLength(1);
    expect(notifier.attempts.get(ALERTS[0].alertId)).toBe(2);
    expect(await new AlertLedger(table).read(ALERTS[0])).toMatchObject({ state: 'delivered', attempts: 2 });
    expect(await new AlertLedger(table).read(ALERTS[0])).not.toHaveProperty('lastError');
  });

  it('lets two concurrent runs send each alert only once', async () => {
    const table = new MemoryTable();
    const notifier = new RecordingNotifier();
    const [a, b] = await Promise.all([
      deliver(ALERTS, { table, notifier, now: T0 }),
      deliver([...ALERTS].reverse(), { table, notifier, now: T0 }),
    ]);
    expect(a.sent + b.sent).toBe(3);
    expect(a.skipped + b.skipped).toBe(3);
    expect([...notifier.sentIds()].sort()).toEqual(ALERTS.map((x) => x.alertId).sort());
  });

  it('lets many concurrent runs with a flaky notifier still send each alert once in the end', async () => {
    const table = new MemoryTable();
    const notifier = new RecordingNotifier(1);
    for (let round = 0; round < 3; round++) {
      await Promise.all(Array.from({ length: 5 }, () => deliver(ALERTS, { table, notifier, now: T0 })));
    }
    expect([...notifier.sentIds()].sort()).toEqual(ALERTS.map((x) => x.alertId).sort());
  });

  it('leaves an alert to a run that holds a live lease, and takes it over after the lease expired', async () => {
    const table = new MemoryTable();
    const notifier = new RecordingNotifier();
    // A run claimed it at T0 and died before sending.
    const claimed = await new AlertLedger(table).claim(ALERTS[0], T0, 5 * 60_000);
    expect(claimed.outcome).toBe('claimed');
    const during = await deliver(ALERTS.slice(0, 1), {
      table,
      notifier,
      now: new Date(T0.getTime() + 60_000),
    });
    expect(during.outcomes[0].outcome).toBe('in-progress');
    expect(notifier.sent).toHaveLength(0);
    const after = await deliver(ALERTS.slice(0, 1), {
      table,
      notifier,
      now: new Date(T0.getTime() + 6 * 60_000),
    });
    expect(after).toMatchObject({ sent: 1 });
    expect(await new AlertLedger(table).read(ALERTS[0])).toMatchObject({ state: 'delivered', attempts: 2 });
  });

  it('sends an alert listed twice in one batch once', async () => {
    const notifier = new RecordingNotifier();
    const summary = await deliver([ALERTS[0], ALERTS[0]], { table: new MemoryTable(), notifier, now: T0 });
    expect(summary).toMatchObject({ sent: 1, skipped: 0, failed: 0 });
    expect(notifier.sent).toHaveLength(1);
  });
});

describe('delivery through SNS', () => {
  const sns = mockClient(SNSClient);
  afterEach(() => sns.reset());

  it('publishes once when SNS fails once and then succeeds', async () => {
    sns
      .on(PublishCommand)
      .rejectsOnce(Object.assign(new Error('Rate exceeded'), { name: 'ThrottledException' }))
      .resolves({ MessageId: 'm-1' });
    const table = new MemoryTable();
    const notifier = new SnsNotifier(
      new SNSClient({ region: 'cn-north-1' }),
      'arn:aws-cn:sns:cn-north-1:123456789012:alerts',
    );
    const runs = [];
    for (let i = 0; i < 3; i++) runs.push(await deliver(ALERTS.slice(0, 1), { table, notifier, now: T0 }));
    expect(runs.map((r) => [r.sent, r.skipped, r.failed])).toEqual([
      [0, 0, 1],
      [1, 0, 0],
      [0, 1, 0],
    ]);
    const publishes = sns.commandCalls(PublishCommand);
    expect(publishes).toHaveLength(2); // the failed attempt and the one that went through
    expect(publishes[1].args[0].input.MessageAttributes?.cadreId?.StringValue).toBe('C001');
    expect(await new AlertLedger(table).read(ALERTS[0])).toMatchObject({ state: 'delivered', attempts: 2 });
  });
});
