import { runDigest } from '../workflow/runDigest.ts';
import { type GlobalOptions, cliContext, failIfUndelivered, localWorkflowEnv } from './context.ts';
import { periodArgument } from './validate.ts';

/** `kuomian digest --period P [--send]` (RULES 5): the alerts month P produces, one JSON object each. */
export async function digestCommand(options: GlobalOptions & { period?: string; send?: boolean }): Promise<void> {
  const period = periodArgument(options.period);
  const ctx = cliContext(options);
  const { alerts, delivery } = await runDigest(localWorkflowEnv(ctx), period, { send: Boolean(options.send) });
  if (options.json) {
    for (const alert of alerts) process.stdout.write(`${JSON.stringify(alert)}\n`);
    failIfUndelivered(delivery);
    return;
  }
  for (const alert of alerts) process.stdout.write(`【${alert.cadreId}】${alert.sms}\n`);
  process.stdout.write(
    delivery
      ? `已发送 ${delivery.sent} 条，已发过跳过 ${delivery.skipped} 条，失败 ${delivery.failed} 条；发件箱：${ctx.dataDir}/outbox/alerts.jsonl\n`
      : `共 ${alerts.length} 条提醒（加 --send 发送到发件箱）\n`,
  );
  failIfUndelivered(delivery);
}
