import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Comparison } from '../../lib/compare/types.ts';
import { runDemo } from '../../lib/demo/runDemo.ts';
import { stageUploads } from '../../lib/demo/stageUploads.ts';
import type { IngestOutcome } from '../../lib/ingest/ingestUpload.ts';
import { FLAGS, type Flag } from '../../lib/model/comparison.ts';
import { openLocalStorage } from '../../lib/storage/local/index.ts';
import { loadResult } from '../../lib/workflow/resultStore.ts';
import { runSurveyCheck } from '../../lib/workflow/runSurveyCheck.ts';
import { DEFAULT_OFFICE_CADRE_ID } from '../../lib/workflow/env.ts';
import type { RollupResult } from '../../lib/rollup/types.ts';

/**
 * Issue 7: the whole local workflow on the sample county (seeds/sample), checked against what the
 * generator planted (seeds/sample-expected.json) — every file's outcome, every planted flag and list,
 * the survey deadline, the township actuals.
 */
const root = new URL('../../seeds/', import.meta.url).pathname;
const expected = JSON.parse(readFileSync(join(root, 'sample-expected.json'), 'utf8'));
const dataDir = mkdtempSync(join(tmpdir(), 'kuomian-e2e-'));
let outcomes: IngestOutcome[] = [];
const lines: string[] = [];

beforeAll(async () => {
  const uploads = await stageUploads(join(root, 'sample'), join(root, 'sample-expected.json'));
  ({ outcomes } = await runDemo(uploads, dataDir, (line) => lines.push(line)));
}, 300_000);

async function comparison(period: string): Promise<Comparison> {
  const stored = await loadResult<Comparison>(openLocalStorage(dataDir).objects, 'compare', period);
  if (!stored) throw new Error(`no stored comparison for ${period}`);
  return stored.value;
}

describe('npm start on the sample county', () => {
  it('gives every upload the outcome the generator intended', () => {
    const byKey = new Map(outcomes.map((o) => [o.key, o]));
    for (const file of expected.files) {
      const got = byKey.get(file.key);
      expect(got, file.key).toBeDefined();
      // A duplicate (planted: the same bytes sent twice) reports the counts of the upload it repeats.
      const counts = file.expected.accepted === null ? {} : { accepted: got?.accepted, rejected: got?.rejected };
      const want = file.expected.accepted === null ? { status: file.expected.status } : file.expected;
      expect({ key: file.key, status: got?.status, ...counts }).toEqual({ key: file.key, ...want });
    }
    for (const o of outcomes) expect(o.rows).toBe(o.accepted + o.rejected);
  });

  it.each(['2023-01', '2023-03', '2023-06'])('finds the enterprises planted with each flag in %s', async (period) => {
    const c = await comparison(period);
    const flagged = (flag: Flag) => c.result.enterprises.filter((e) => e.flags.includes(flag)).map((e) => e.creditCode);
    for (const flag of FLAGS) {
      const planted: string[] = expected.planted.flags[period]?.[flag] ?? [];
      expect(flagged(flag), flag).toEqual(expect.arrayContaining(planted));
    }
    const clean = new Set<string>(expected.planted.noFlags);
    expect(c.result.enterprises.filter((e) => clean.has(e.creditCode) && e.flags.length > 0).map((e) => e.creditCode)).toEqual([]);
    const list = (pick: (e: Comparison['result']['enterprises'][number]) => boolean) =>
      c.result.enterprises.filter(pick).map((e) => e.creditCode).sort();
    expect(list((e) => e.subsidyPrecondition)).toEqual([...expected.planted.subsidyPrecondition[period]].sort());
    expect(list((e) => e.jointEnforcement)).toEqual([...expected.planted.jointEnforcement[period]].sort());
    expect(list((e) => e.key)).toEqual([...expected.planted.keyEnterprises[period]].sort());
    for (const code of expected.planted.unassigned) {
      const e = c.result.enterprises.find((x) => x.creditCode === code);
      if (e) expect(e.township, code).toBe('unassigned');
    }
  });

  it('scores the townships with the actuals the generator planted', async () => {
    const storage = openLocalStorage(dataDir);
    for (const [period, plan] of Object.entries<{ townships: Record<string, Record<string, number>> }>(expected.planted.rollup)) {
      const stored = await loadResult<RollupResult>(storage.objects, 'rollup', period);
      expect(stored, period).toBeDefined();
      const actual = Object.fromEntries((stored?.value.townships ?? []).map((t) => [t.code, t.actual]));
      expect(actual, period).toEqual(expect.objectContaining(plan.townships));
    }
  });

  it('holds the townships to the 31 March survey deadline as planted', async () => {
    const storage = openLocalStorage(dataDir);
    const env = { ...storage, now: () => new Date(), timeZone: 'Asia/Shanghai', officeCadreId: DEFAULT_OFFICE_CADRE_ID };
    const { result } = await runSurveyCheck(env, '2023-04-08', { send: false });
    const got = Object.fromEntries(result.townships.map((t) => [t.code, { submitted: t.submitted, submittedOn: t.submittedOn, late: t.late }]));
    expect(got).toEqual(expected.planted.survey.townships);
    expect(got[expected.planted.survey.lateTownship].late).toBe(true);
    expect(got[expected.planted.survey.neverTownship].submitted).toBe(false);
  });

  it('delivers each cadre digest once and prints the ranking of all 19 townships', () => {
    const outbox = readFileSync(join(dataDir, 'outbox/alerts.jsonl'), 'utf8').trim().split('\n').map((l) => JSON.parse(l));
    const ids = outbox.map((a) => a.alertId);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.some((id: string) => id.startsWith('digest|'))).toBe(true);
    expect(ids.some((id: string) => id.startsWith('survey-remind|'))).toBe(true);
    expect(ids.some((id: string) => id.startsWith('survey-overdue|'))).toBe(true);
    expect(JSON.stringify(outbox)).not.toMatch(/330723(19|20)\d{9}[\dX]/);
  });
});
