import { rm } from 'node:fs/promises';
import { ingestFolder } from '../ingest/ingestFolder.ts';
import type { IngestOutcome } from '../ingest/ingestUpload.ts';
import type { RollupResult } from '../rollup/types.ts';
import { periodsBetween } from '../snapshots/period.ts';
import { openLocalStorage } from '../storage/local/index.ts';
import { localDate } from '../time/calendar.ts';
import { DEFAULT_OFFICE_CADRE_ID, type WorkflowEnv } from '../workflow/env.ts';
import { runCompare } from '../workflow/runCompare.ts';
import { runDigest } from '../workflow/runDigest.ts';
import { runRollup } from '../workflow/runRollup.ts';
import { runSurveyCheck } from '../workflow/runSurveyCheck.ts';

/** The sample year the demo plays: uploads from 2022-12 to 2023-06, rollups from January on. */
export const DEMO_PERIODS = { first: '2023-01', last: '2023-06' } as const;
/** The survey-deadline days that matter: reminders 7, 3 and 0 days before, overdue 1 and 8 days after. */
export const DEMO_SURVEY_DATES = ['2023-03-24', '2023-03-28', '2023-03-31', '2023-04-01', '2023-04-08'] as const;

export type DemoLog = (line: string) => void;

export interface DemoResult {
  outcomes: IngestOutcome[];
  rollups: RollupResult[];
  reports: { xlsx: string; html: string };
  lists: string[];
  alertsSent: number;
  outbox: string;
}

/**
 * The whole workflow on a laptop: a fresh data directory, every sample upload ingested in order of
 * receipt, each month's rollup and 督查专报, the March/April survey checks and each month's cadre
 * digests delivered to the outbox — the same steps the cloud runs, on the local adapters.
 */
export async function runDemo(
  uploadRoot: string,
  dataDir: string,
  log: DemoLog,
  now: () => Date = () => new Date(),
  displayRoot = uploadRoot,
): Promise<DemoResult> {
  await rm(dataDir, { recursive: true, force: true });
  const storage = openLocalStorage(dataDir, { now });
  const env: WorkflowEnv = { ...storage, now, timeZone: 'Asia/Shanghai', officeCadreId: DEFAULT_OFFICE_CADRE_ID };

  log(`① 接收各部门上传文件（${displayRoot}，按接收时间顺序）`);
  let month = '';
  const tally = { accepted: 0, rejected: 0, duplicate: 0 };
  const flush = () => {
    if (month) log(`   ${month} 收到的文件：接收 ${tally.accepted} 个，拒收 ${tally.rejected} 个，重复 ${tally.duplicate} 个`);
    Object.assign(tally, { accepted: 0, rejected: 0, duplicate: 0 });
  };
  const outcomes = await ingestFolder(
    uploadRoot,
    { table: storage.table, objects: storage.objects, today: localDate(now(), env.timeZone) },
    {
      onStart: (entry) => {
        const received = localDate(entry.mtime, env.timeZone).slice(0, 7);
        if (received !== month) {
          flush();
          month = received;
        }
      },
      onOutcome: (o) => {
        tally[o.status]++;
      },
    },
  );
  flush();

  log('② 每月比对、考核排名与督查专报');
  const rollups: RollupResult[] = [];
  let reports = { xlsx: '', html: '' };
  let lists: string[] = [];
  let alertsSent = 0;
  for (const period of periodsBetween(DEMO_PERIODS.first, DEMO_PERIODS.last)) {
    const compared = await runCompare(env, period);
    const run = await runRollup(env, period);
    const digest = await runDigest(env, period, { send: true });
    rollups.push(run.rollup);
    reports = run.reports;
    lists = compared.lists;
    alertsSent += digest.delivery?.sent ?? 0;
    const county = run.rollup.county;
    log(
      `   ${period}：全县新增参保 ${county.actual.newInsured} 人，参保率 ${pct(county.participationRate)}，` +
        `包保提醒 ${digest.delivery?.sent ?? 0} 条`,
    );
  }

  log('③ 入企调查截止（3月31日）检查');
  for (const date of DEMO_SURVEY_DATES) {
    const run = await runSurveyCheck(env, date, { send: true });
    alertsSent += run.delivery?.sent ?? 0;
    const pending = run.result.townships.filter((t) => !t.submitted).map((t) => t.name);
    log(`   ${date}：已报送 ${run.result.townships.length - pending.length} 个，未报送 ${pending.join('、') || '无'}；提醒 ${run.delivery?.sent ?? 0} 条`);
  }
  return { outcomes, rollups, reports, lists, alertsSent, outbox: 'outbox/alerts.jsonl' };
}

function pct(rate: number | null): string {
  return rate === null ? '—' : `${(rate * 100).toFixed(1)}%`;
}
