/**
 * The scheduled Lambdas on the cloud path: the hand-made county is uploaded to the (fake) upload
 * bucket and ingested by the ingest handler from S3 notifications, then the monthly rollup and the
 * daily survey check run as the scheduler starts them — and give the same figures as the command line.
 */
import { gunzipSync } from 'node:zlib';
import { PublishCommand, type PublishCommandInput } from '@aws-sdk/client-sns';
import type { Context } from 'aws-lambda';
import { afterAll, afterEach, beforeAll, describe, expect, test, vi } from 'vitest';
import { ingestBatch } from '../../functions/ingest.ts';
import { handler as rollupHandler } from '../../functions/rollup.ts';
import { handler as surveyCheckHandler } from '../../functions/survey-check.ts';
import { AlertLedger } from '../../lib/alerts/ledger.ts';
import { PEOPLE, UPLOADS } from '../cli/fixture.ts';
import { COMPARE_2023_03, DIGEST_ALERT_IDS_2023_03, REMIND_ALERT_IDS_2023_03_24, ROLLUP_2023_03 } from '../cli/expected.ts';
import { type Cloud, DATA_BUCKET, objectCreatedBody, sqsEvent, startCloud } from './cloud.ts';

let cloud: Cloud;
const context = {} as Context;
/** What the handlers log (to CloudWatch in the cloud). */
const logs: string[] = [];

function csv(rows: string[][]): string {
  return `${rows.map((r) => r.join(',')).join('\r\n')}\r\n`;
}

beforeAll(async () => {
  for (const level of ['log', 'error'] as const) {
    vi.spyOn(console, level).mockImplementation((...args: unknown[]) => {
      logs.push(args.map(String).join(' '));
    });
  }
  cloud = await startCloud();
  // Delivered in order of receipt, as S3 would: the roster before the contacts checked against it.
  const uploads = [...UPLOADS].sort((a, b) => Date.parse(a.receivedAt) - Date.parse(b.receivedAt));
  const bodies = uploads.map((u, i) => {
    cloud.putUpload(u.key, csv(u.rows), `version-${i}`);
    return objectCreatedBody(u.key, `version-${i}`, new Date(u.receivedAt).toISOString());
  });
  expect(await ingestBatch(sqsEvent(bodies))).toEqual({ batchItemFailures: [] });
});

afterAll(async () => {
  await cloud?.close();
  vi.restoreAllMocks();
});

afterEach(() => {
  vi.useRealTimers();
});

/** The clock the handlers read, set to an instant; timers stay real (the SDK and dynalite need them). */
function now(instant: string): void {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date(instant));
}

function stored(key: string): unknown {
  const bytes = cloud.object(DATA_BUCKET, key);
  if (!bytes) throw new Error(`not in the data bucket: ${key}`);
  return (JSON.parse(gunzipSync(bytes).toString('utf8')) as { value: unknown }).value;
}

/** Publish calls since the last reset: the alert id and cadre of each. */
function published(): { alertId?: string; cadreId?: string }[] {
  return cloud.sns.commandCalls(PublishCommand).map((c) => {
    const input = c.args[0].input as PublishCommandInput;
    return { alertId: input.MessageAttributes?.alertId?.StringValue, cadreId: input.MessageAttributes?.cadreId?.StringValue };
  });
}

describe('monthly rollup handler', () => {
  test('an event { period } overrides the default: that month is scored, reported and its digests sent', async () => {
    now('2023-06-15T00:00:00Z');
    cloud.sns.resetHistory();
    const summary = (await rollupHandler({ period: '2023-03' }, context)) as { period: string };

    expect(summary.period).toBe('2023-03');
    expect(stored('results/rollup/2023-03.json.gz')).toEqual(ROLLUP_2023_03);
    expect((stored('results/compare/2023-03.json.gz') as { result: unknown }).result).toEqual(COMPARE_2023_03);
    expect(cloud.object(DATA_BUCKET, 'reports/2023-03/督查专报-2023-03.xlsx')).toBeDefined();
    // The lists people work from, per township and for the county, as `kuomian compare` writes them.
    expect((summary as unknown as { lists: number }).lists).toBeGreaterThan(1);
    expect(cloud.object(DATA_BUCKET, 'reports/2023-03/lists/2023-03-全县-比对名单.xlsx')).toBeDefined();
    expect(cloud.object(DATA_BUCKET, 'reports/2023-03/督查专报-2023-03.html')?.toString('utf8')).toContain('大田乡');
    expect(published().map((p) => p.alertId)).toEqual(DIGEST_ALERT_IDS_2023_03);
    expect(published().map((p) => p.cadreId)).toEqual(['C001', 'C002', 'C003', 'C004', 'office']);
  });

  test('without a period, the month just ended in Asia/Shanghai — and a rerun sends nothing twice', async () => {
    // 1 April 00:30 in Wuyi is still 31 March in UTC: the month just ended is March, not February.
    now('2023-03-31T16:30:00Z');
    cloud.sns.resetHistory();
    const summary = (await rollupHandler({}, context)) as { period: string; delivery: unknown };

    expect(summary.period).toBe('2023-03');
    expect(summary.delivery).toEqual({ sent: 0, skipped: 5, failed: 0 });
    expect(published()).toEqual([]);
    expect(stored('results/rollup/2023-03.json.gz')).toEqual(ROLLUP_2023_03);
  });
});

describe('survey-check handler', () => {
  test('a Publish that fails once is retried by the next run: every reminder delivered exactly once', async () => {
    // 24 March 01:30 in Wuyi (still the 23rd in UTC): daysLeft 7, so the townships yet to submit are reminded.
    now('2023-03-23T17:30:00Z');
    cloud.sns.resetHistory();
    let failuresLeft = 1;
    const delivered: string[] = [];
    cloud.sns.on(PublishCommand).callsFake(async (input: PublishCommandInput) => {
      if (failuresLeft-- > 0) throw Object.assign(new Error('Rate exceeded'), { name: 'Throttling' });
      delivered.push(input.MessageAttributes?.alertId?.StringValue as string);
      return { MessageId: `message-${delivered.length}` };
    });

    await expect(surveyCheckHandler({}, context)).rejects.toThrow(/1 alerts failed/);
    const second = await surveyCheckHandler({}, context);

    expect(second).toEqual({ date: '2023-03-24', submitted: 1, actions: 18, delivery: { sent: 1, skipped: 2, failed: 0 } });
    expect(published()).toHaveLength(4); // 3 in the first run (one failed), the failed one again
    expect([...delivered].sort()).toEqual(REMIND_ALERT_IDS_2023_03_24);
    const ledger = new AlertLedger(cloud.table);
    const entries = await Promise.all(
      REMIND_ALERT_IDS_2023_03_24.map((alertId) => ledger.read({ alertId, cadreId: alertId.split('|')[1] })),
    );
    expect(entries.map((e) => e?.state)).toEqual(['delivered', 'delivered', 'delivered']);
    expect(entries.map((e) => e?.attempts).sort()).toEqual([1, 1, 2]);
  });
});

test('the handlers log counts and codes, never a person', () => {
  expect(logs.some((line) => line.includes('"msg":"ingested"'))).toBe(true);
  const text = logs.join('\n');
  for (const person of Object.values(PEOPLE)) {
    expect(text).not.toContain(person.id);
    expect(text).not.toContain(person.name);
  }
});
