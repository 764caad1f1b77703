import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { OutboxNotifier } from '../../lib/storage/local/outboxNotifier.ts';
import { makeTempDir } from './helpers/tempDir.ts';

const alert = {
  alertId: 'digest|c-001|2023-03|月度通报',
  cadreId: 'c-001',
  subject: '2023年3月扩面工作通报',
  sms: '桃源乡3月得分82.5，排名第3。',
  email: '桃源乡：\n得分 82.5，排名第3。\n未联系企业：2家',
};

describe('OutboxNotifier', () => {
  let temp: Awaited<ReturnType<typeof makeTempDir>>;
  beforeEach(async () => {
    temp = await makeTempDir();
  });
  afterEach(async () => {
    await temp.remove();
  });

  it('appends each alert as one JSON line with the injected send time', async () => {
    const times = [new Date('2023-04-01T01:00:00Z'), new Date('2023-04-01T01:00:05Z')];
    const notifier = new OutboxNotifier(join(temp.dir, 'outbox'), () => times.shift() as Date);
    await notifier.send(alert);
    await notifier.send({ ...alert, alertId: 'remind|c-002|2023-03-24', cadreId: 'c-002', sms: '第二条' });
    const lines = (await readFile(join(temp.dir, 'outbox/alerts.jsonl'), 'utf8')).split('\n');
    expect(lines).toHaveLength(3);
    expect(lines[2]).toBe('');
    expect(JSON.parse(lines[0])).toEqual({ ...alert, sentAt: '2023-04-01T01:00:00.000Z' });
    expect(JSON.parse(lines[1])).toEqual({
      ...alert,
      alertId: 'remind|c-002|2023-03-24',
      cadreId: 'c-002',
      sms: '第二条',
      sentAt: '2023-04-01T01:00:05.000Z',
    });
  });

  it('keeps earlier alerts when a new notifier (a later run) appends', async () => {
    const clock = () => new Date('2023-04-01T00:00:00Z');
    await new OutboxNotifier(join(temp.dir, 'outbox'), clock).send(alert);
    await new OutboxNotifier(join(temp.dir, 'outbox'), clock).send({ ...alert, alertId: 'second' });
    const lines = (await readFile(join(temp.dir, 'outbox/alerts.jsonl'), 'utf8')).trimEnd().split('\n');
    expect(lines.map((l) => JSON.parse(l).alertId)).toEqual(['digest|c-001|2023-03|月度通报', 'second']);
  });

  it('writes only the alert fields, even when given more', async () => {
    const notifier = new OutboxNotifier(join(temp.dir, 'outbox'), () => new Date('2023-04-01T00:00:00Z'));
    await notifier.send({ ...alert, phone: '13800000000' } as typeof alert);
    const line = JSON.parse(await readFile(notifier.path, 'utf8'));
    expect(Object.keys(line)).toEqual(['alertId', 'cadreId', 'subject', 'sms', 'email', 'sentAt']);
  });
});
