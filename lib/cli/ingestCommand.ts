import { stat } from 'node:fs/promises';
import { SingleBar } from 'cli-progress';
import { ingestFolder } from '../ingest/ingestFolder.ts';
import type { IngestOutcome } from '../ingest/ingestUpload.ts';
import { KIND_LABELS } from '../model/kinds.ts';
import { CliError, type GlobalOptions, cliContext } from './context.ts';

const STATUS = { accepted: '已接收', rejected: '已拒收', duplicate: '重复，未处理' } as const;
/** Files this large get a progress bar on a terminal. */
const PROGRESS_FROM_BYTES = 5 * 1024 * 1024;

/** `kuomian ingest ROOT` (RULES 5): one outcome per file, in order of receipt. */
export async function ingestCommand(root: string, options: GlobalOptions): Promise<void> {
  const rootStat = await stat(root).catch(() => undefined);
  if (!rootStat?.isDirectory()) throw new CliError(`无法读取上传目录：${root}`);
  const ctx = cliContext(options);
  const showProgress = !options.json && process.stderr.isTTY && !process.env.CI;
  let bar: SingleBar | undefined;
  await ingestFolder(
    root,
    {
      table: ctx.storage.table,
      objects: ctx.storage.objects,
      today: ctx.today(),
      onProgress: (read, size) => bar?.update(Math.min(read, size)),
    },
    {
      onStart: (entry) => {
        if (showProgress && entry.size >= PROGRESS_FROM_BYTES) {
          bar = new SingleBar({ format: `读取 ${entry.key} [{bar}] {percentage}%`, hideCursor: true, stream: process.stderr });
          bar.start(entry.size, 0);
        }
      },
      exclude: [ctx.dataDir],
      onOutcome: (outcome) => {
        bar?.stop();
        bar = undefined;
        process.stdout.write(`${options.json ? JSON.stringify(jsonLine(outcome)) : describe(outcome)}\n`);
      },
    },
  );
}

/** Exactly the fields of RULES 5 — `reason` only for a whole-file rejection. */
function jsonLine(o: IngestOutcome): Omit<IngestOutcome, 'warnings'> {
  const { key, kind, period, unit, status, rows, accepted, rejected, report, reason } = o;
  return { key, kind, period, unit, status, rows, accepted, rejected, report, ...(reason === undefined ? {} : { reason }) };
}

function describe(o: IngestOutcome): string {
  const what = o.kind ? `${KIND_LABELS[o.kind]} ${o.period ?? ''}${o.unit ? ` ${o.unit}` : ''}` : '';
  const head = `${STATUS[o.status]}  ${o.key}${what ? `（${what}）` : ''}`;
  if (o.status === 'rejected' && o.reason) return `${head}\n    原因：${o.reason}\n    报告：${o.report}`;
  const counts = `    读取${o.rows}行，接收${o.accepted}行，拒收${o.rejected}行${o.warnings ? `，提示${o.warnings}条` : ''}`;
  return `${head}\n${counts}${o.report ? `\n    报告：${o.report}` : ''}`;
}
