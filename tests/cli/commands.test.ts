/**
 * End to end through the real command line (RULES 5): the hand-made county is ingested once, then
 * every rule command's JSON is checked EXACTLY — values and key order — against figures worked out
 * by hand (expected.ts), and the Chinese summaries a clerk reads are checked for what they must say.
 * Last, issue 5 «Done when»: re-running the same day's survey check with --send leaves exactly one
 * alert per cadre and subject in the outbox, sending the digests twice adds nothing the second time,
 * and nothing in the outbox identifies an insured person.
 */
import { existsSync } from 'node:fs';
import { readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { PEOPLE, UPLOADS } from './fixture.ts';
import {
  COMPARE_2023_03,
  DIGEST_ALERT_IDS_2023_03,
  REMIND_ALERT_IDS_2023_03_24,
  ROLLUP_2023_03,
  SURVEY_CHECK_2023_03_24,
} from './expected.ts';
import { countyWorkspace, jsonLines, keyOrder, runCli, runOk } from './runCli.ts';

let ws: Awaited<ReturnType<typeof countyWorkspace>>;
const at = (...args: string[]) => [...args, '--data-dir', ws.dataDir];

beforeAll(async () => {
  ws = await countyWorkspace();
  const outcomes = jsonLines(await runOk(at('ingest', ws.uploads, '--json'))) as { key: string; status: string }[];
  // Every hand-made file is accepted whole; anything else would make the figures below meaningless.
  expect(outcomes.map((o) => `${o.key} ${o.status}`).sort()).toEqual(UPLOADS.map((u) => `${u.key} accepted`).sort());
});

afterAll(async () => {
  await ws?.remove();
});

async function storedRollup(): Promise<unknown> {
  const bytes = await readFile(join(ws.dataDir, 'results', 'rollup', '2023-03.json.gz'));
  return (JSON.parse(gunzipSync(bytes).toString('utf8')) as { value: unknown }).value;
}

// The commands only read the ingested data and rewrite deterministic results, so they may run side by side.
describe.concurrent('each rule command on the hand-made county', () => {
  test('compare --period 2023-03 --json: every enterprise by creditCode, figures and key order exact', async () => {
    const out = JSON.parse(await runOk(at('compare', '--period', '2023-03', '--json')));
    expect(out).toEqual(COMPARE_2023_03);
    expect(keyOrder(out)).toEqual(keyOrder(COMPARE_2023_03));
    await expectSafeLists();
  });

  test('rollup --period 2023-03 --json: 19 townships in rank order then code, unassigned, county; twice, same result', async () => {
    const out = JSON.parse(await runOk(at('rollup', '--period', '2023-03', '--json')));
    expect(out).toEqual(ROLLUP_2023_03);
    expect(keyOrder(out)).toEqual(keyOrder(ROLLUP_2023_03));
    const first = await storedRollup();
    expect(first).toEqual(ROLLUP_2023_03);

    // Again, as the Chinese ranking: the same stored result, the ranking of all 19 townships.
    const text = await runOk(at('rollup', '--period', '2023-03'));
    expect(await storedRollup()).toEqual(first);
    expect(text).toContain('2023-03 乡镇（街道）扩面工作排名（序时进度 25.0%）');
    const ranked = ROLLUP_2023_03.townships.map((t) => `${t.rank} ${t.name}`);
    const lines = text.split('\n').map((l) => l.trim().split(/\s+/).slice(0, 2).join(' '));
    expect(lines.filter((l) => ranked.includes(l))).toEqual(ranked);
    expect(text).toMatch(/1 +大田乡 +60\.0 +超序时/);
    expect(text).toMatch(/2 +白姆乡 +20\.0 +略滞后/);
    expect(text).toContain('参保率 12.5%（上年末 50.0%，下降 37.50 个百分点）');
    expect(text).toContain('缴费基数夯实率 50.0%');
    await expectSupervisionReport();
  });

  test('survey-check --date 2023-03-24 --json: townships in code order, remind 7 days before the deadline', async () => {
    const [json, text] = await Promise.all([
      runOk(at('survey-check', '--date', '2023-03-24', '--json')),
      runOk(at('survey-check', '--date', '2023-03-24')),
    ]);
    const out = JSON.parse(json);
    expect(out).toEqual(SURVEY_CHECK_2023_03_24);
    expect(keyOrder(out)).toEqual(keyOrder(SURVEY_CHECK_2023_03_24));
    expect(text).toContain('2023-03-24 入企调查报送情况（截止 2023-03-31，距截止还有 7 天）');
    expect(text).toMatch(/开发区 +已报送 +2023-03-20 +50\.0%/);
    expect(text).toMatch(/桐琴镇 +未报送 +— +— +提醒/);
    expect(text).toContain('今日应发提醒 3 条');
  });

  test('digest --period 2023-03 --json: one alert object per line, one per cadre then the office', async () => {
    const alerts = jsonLines(await runOk(at('digest', '--period', '2023-03', '--json'))) as Record<string, string>[];
    expect(alerts.map((a) => a.alertId)).toEqual(DIGEST_ALERT_IDS_2023_03);
    for (const a of alerts) {
      expect(Object.keys(a)).toEqual(['kind', 'on', 'about', 'alertId', 'cadreId', 'subject', 'sms', 'email']);
      expect(Array.from(a.sms).length).toBeLessThanOrEqual(70); // RULES 4.2
    }
    const byCadre = new Map(alerts.map((a) => [a.cadreId, a]));
    // C003 (大田乡: 60.0, rank 1, ahead) made no contact in March: 片区 大田乡 and 企业 E3 are missing.
    expect(byCadre.get('C003')?.sms).toContain('大田乡得分60.0排名1（超序时）；本月未联系2项');
    expect(byCadre.get('C003')?.email).toContain('片区：大田乡（330723200000）');
    expect(byCadre.get('C003')?.email).toContain('企业：武义丙建设有限公司（91330723MA2B00003P）');
    expect(byCadre.get('C003')?.email).toContain('最近联系 2023-02-10');
    // C004 (白姆乡: 20.0, shares rank 2, behind): one 片区 without contact.
    expect(byCadre.get('C004')?.sms).toContain('白姆乡得分20.0排名2（略滞后）；本月未联系1项');
    // C002 contacted everything; both his enterprises are flagged.
    expect(byCadre.get('C002')?.sms).toContain('桐琴镇得分0.5排名4（滞后）；本月包保对象均已联系；包保企业2家，2家有问题');
    // The office: 4 cadres, 2+3+2+1 = 8 assignments, 3 missing across C003 and C004.
    expect(byCadre.get('office')?.sms).toContain('4名干部8项挂钩，3项未联系（涉及2名干部）');
    // Without --send nothing is delivered.
    expect(existsSync(join(ws.dataDir, 'outbox', 'alerts.jsonl'))).toBe(false);
  });

  test('compare in Chinese: the county rate and the problem enterprises per township', async () => {
    const out = await runOk(at('compare', '--period', '2023-03'));
    expect(out).toContain('2023-03 数据比对：全县企业 6 家，参保率 12.5%（应参保 64 人，已参保 8 人）');
    expect(out).toContain('重点企业 3 家；应保未保 3 人；财政补助前置条件 1 家；联合执法建议 1 家');
    // 桐琴镇 has two enterprises, both flagged (six flags between them): 问题企业 counts enterprises.
    expect(out).toMatch(/桐琴镇 +2 +0\.0% +2 +2\n/);
  });
});

interface OutboxLine {
  alertId: string;
  cadreId: string;
  subject: string;
  sms: string;
  email: string;
  sentAt: string;
}

async function outbox(): Promise<{ text: string; lines: OutboxLine[] }> {
  const text = await readFile(join(ws.dataDir, 'outbox', 'alerts.jsonl'), 'utf8');
  return { text, lines: text.split('\n').filter(Boolean).map((l) => JSON.parse(l) as OutboxLine) };
}

/** (cadre, what about) of a deterministic alert id `kind|cadre|date-or-period|subject`. */
const cadreAndSubject = (alertId: string) => {
  const [kind, cadre, , about] = alertId.split('|');
  return `${kind}|${cadre}|${about}`;
};

// Issue 5 «Done when» (RULES 4.3): after the read-only checks above, deliver for real.
describe('sending exactly once', () => {
  test('a run whose deliveries fail exits non-zero; the failed alerts stay due', async () => {
    const outboxDir = join(ws.dataDir, 'outbox');
    await writeFile(outboxDir, 'not a folder'); // the outbox cannot be written
    const run = await runCli(at('survey-check', '--date', '2023-03-24', '--send'));
    await rm(outboxDir);
    expect(run.status).not.toBe(0);
    expect(run.stdout).toContain('提醒已发送 0 条，已发过跳过 0 条，失败 3 条');
    expect(run.stderr.trimEnd().split('\n')).toEqual([expect.stringContaining('3 条提醒发送失败，再次运行将只补发这些')]);
  });

  test('survey-check --send three times (the failed alerts first), digest --send twice: each alert in the outbox once', async () => {
    const surveyRuns = (async () => {
      const summaries: string[] = [];
      for (let run = 0; run < 3; run++) summaries.push(await runOk(at('survey-check', '--date', '2023-03-24', '--send')));
      return summaries;
    })();
    const digestRuns = (async () => {
      const first = await runOk(at('digest', '--period', '2023-03', '--send'));
      const second = await runOk(at('digest', '--period', '2023-03', '--send'));
      return [first, second];
    })();
    const [survey, digest] = await Promise.all([surveyRuns, digestRuns]);

    expect(survey[0]).toContain('提醒已发送 3 条，已发过跳过 0 条，失败 0 条');
    expect(survey[1]).toContain('提醒已发送 0 条，已发过跳过 3 条，失败 0 条');
    expect(survey[2]).toContain('提醒已发送 0 条，已发过跳过 3 条，失败 0 条');
    expect(digest[0]).toContain('已发送 5 条，已发过跳过 0 条，失败 0 条');
    expect(digest[1]).toContain('已发送 0 条，已发过跳过 5 条，失败 0 条');

    const { lines } = await outbox();
    const ids = lines.map((l) => l.alertId);
    expect([...ids].sort()).toEqual([...REMIND_ALERT_IDS_2023_03_24, ...DIGEST_ALERT_IDS_2023_03].sort());
    // One per cadre and subject: the three 片区 cadres of townships that have not submitted, each once.
    const reminders = lines.filter((l) => l.alertId.startsWith('survey-remind|'));
    expect(reminders.map((l) => cadreAndSubject(l.alertId)).sort()).toEqual([
      'survey-remind|C002|330723102000',
      'survey-remind|C003|330723200000',
      'survey-remind|C004|330723201000',
    ]);
    expect(reminders.map((l) => l.subject).sort()).toEqual([
      '入企调查提醒：大田乡（距截止还有7天）',
      '入企调查提醒：桐琴镇（距截止还有7天）',
      '入企调查提醒：白姆乡（距截止还有7天）',
    ]);
    for (const line of lines) expect(line.cadreId).toBe(line.alertId.split('|')[1]);
  });

  test('the outbox holds no ID number and no name of an insured or paid person', async () => {
    const { text, lines } = await outbox();
    expect(lines.length).toBe(8);
    for (const person of Object.values(PEOPLE)) {
      expect(text).not.toContain(person.id);
      expect(text).not.toContain(person.name);
    }
    expect(text).not.toMatch(/\d{17}[\dX]/);
    expect(text).not.toMatch(/330723\*+/); // not even a masked ID: counts and enterprise names only (RULES 4.2)
  });
});

/** The 督查专报 (RULES 2.5) names every township, in the XLSX and in the HTML. */
async function expectSupervisionReport(): Promise<void> {
  const html = await readFile(join(ws.dataDir, 'reports', '2023-03', '督查专报-2023-03.html'), 'utf8');
  for (const t of ROLLUP_2023_03.townships) expect(html).toContain(t.name);
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(join(ws.dataDir, 'reports', '2023-03', '督查专报-2023-03.xlsx'));
  const text = book.worksheets.flatMap((s) => allCells(s).map((c) => c.text)).join('\n');
  for (const t of ROLLUP_2023_03.townships) expect(text).toContain(t.name);
}

/** The lists compare writes: Chinese headers, IDs masked (DATA-CONTRACT 4.6), no live formula (5.6). */
async function expectSafeLists(): Promise<void> {
  const dir = join(ws.dataDir, 'reports', '2023-03', 'lists');
  expect(existsSync(join(dir, '2023-03-开发区-比对名单.xlsx'))).toBe(true);
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(join(dir, '2023-03-全县-比对名单.xlsx'));
  expect(book.worksheets.length).toBeGreaterThan(0);
  for (const sheet of book.worksheets) {
    const header = sheet.getRow(1).values as unknown[];
    expect(header.filter((v) => typeof v === 'string' && /[\u4e00-\u9fff]/.test(v)).length).toBeGreaterThan(0);
  }
  const cells = book.worksheets.flatMap((s) => allCells(s));
  expect(cells.filter((c) => c.formula).map((c) => c.address)).toEqual([]);
  const texts = cells.map((c) => c.text);
  expect(texts.filter((t) => /\d{17}[\dX]/i.test(t))).toEqual([]);
  // The uninsured people of payroll-sourced enterprises: P4 (E1), P6 and P7 (E2), masked.
  expect(texts.filter((t) => /^330723\*{8}\d{3}[\dX]$/.test(t)).sort()).toEqual([
    '330723********0418',
    '330723********0616',
    '330723********0729',
  ]);
}

function allCells(sheet: ExcelJS.Worksheet): { address: string; text: string; formula: boolean }[] {
  const out: { address: string; text: string; formula: boolean }[] = [];
  sheet.eachRow({ includeEmpty: false }, (row) =>
    row.eachCell({ includeEmpty: false }, (cell) => {
      out.push({
        address: `${sheet.name}!${cell.address}`,
        text: cell.text,
        formula: cell.type === ExcelJS.ValueType.Formula || cell.formula !== undefined,
      });
    }),
  );
  return out;
}
