import { relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runDemo } from '../demo/runDemo.ts';
import type { GlobalOptions } from './context.ts';
import { rankingTable } from './rankingTable.ts';

const SAMPLE = fileURLToPath(new URL('../../seeds/sample/', import.meta.url));

/** `kuomian demo` (npm start): the whole workflow on the sample county, in a fresh data directory. */
export async function demoCommand(options: GlobalOptions & { uploads?: string }): Promise<void> {
  const dataDir = resolve(options.dataDir ?? './.kuomian-demo');
  const started = Date.now();
  const log = (line: string) => process.stdout.write(`${line}\n`);
  log(`武义县社会保险提标扩面 — 本地演示（数据目录 ${relative(process.cwd(), dataDir) || '.'}）\n`);
  const result = await runDemo(options.uploads ?? SAMPLE, dataDir, log);
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
