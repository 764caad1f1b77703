import { runRollup } from '../workflow/runRollup.ts';
import { type GlobalOptions, cliContext, localWorkflowEnv } from './context.ts';
import { rankingTable } from './rankingTable.ts';
import { periodArgument } from './validate.ts';

/** `kuomian rollup --period P` (RULES 5): the rollup JSON, or the Chinese ranking table. */
export async function rollupCommand(options: GlobalOptions & { period?: string }): Promise<void> {
  const period = periodArgument(options.period);
  const ctx = cliContext(options);
  const { rollup, reports } = await runRollup(localWorkflowEnv(ctx), period);
  if (options.json) {
    process.stdout.write(`${JSON.stringify(rollup)}\n`);
    return;
  }
  process.stdout.write(`${rankingTable(rollup)}\n\n督查专报：${reports.html}\n          ${reports.xlsx}\n`);
}
