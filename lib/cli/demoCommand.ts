import { rm } from 'node:fs/promises';
import { relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runDemo } from '../demo/runDemo.ts';
import { stageUploads } from '../demo/stageUploads.ts';
import type { GlobalOptions } from './context.ts';
import { rankingTable } from './rankingTable.ts';

const SAMPLE = fileURLToPath(new URL('../../seeds/sample/', import.meta.url));
const SAMPLE_PLAN = fileURLToPath(new URL('../../seeds/sample-expected.json', import.meta.url));

/** `kuomian demo` (npm start): the whole workflow on the sample county, in a fresh data directory. */
export async function demoCommand(options: GlobalOptions & { uploads?: string }): Promise<void> {
  const dataDir = resolve(options.dataDir ?? './.kuomian-demo');
  const started = Date.now();
  const log = (line: string) => process.stdout.write(`${line}\n`);
  log(`武义县社会保险提标扩面 — 本地演示（数据目录 ${relative(process.cwd(), dataDir) || '.'}）\n`);
  // Your own uploads keep their modification times; the sample gets the receipt times it was made with.
  const uploads = options.uploads ?? (await stageUploads(SAMPLE, SAMPLE_PLAN));
  const result = await runDemo(uploads, dataDir, log, () => new Date(), options.uploads ?? 'seeds/sample').finally(
    () => options.uploads ?? rm(uploads, { recursive: true, force: true }),
  );
  const latest = result.rollups.at(-1);
  if (latest) log(`\n${rankingTable(latest)}`);
  const at = (p: string) => `${relative(process.cwd(), dataDir)}/${p}`;
  log(`
完成，用时 ${((Date.now() - started) / 1000).toFixed(1)} 秒。请查看：
  督查专报（网页）  ${at(result.reports.html)}
  督查专报（Excel） ${at(result.reports.xlsx)}
  比对名单          ${at(result.lists.at(-1)?.replace(/[^/]*$/, '') ?? '')}
  拒收报告          ${at('rejects/')}
  包保提醒发件箱    ${at(result.outbox)}（共 ${result.alertsSent} 条）
  继续使用命令行    npx kuomian --data-dir ${relative(process.cwd(), dataDir)} rollup --period ${latest?.period ?? ''}`);
}
