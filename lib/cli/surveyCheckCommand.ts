import { runSurveyCheck } from '../workflow/runSurveyCheck.ts';
import { type GlobalOptions, cliContext, failIfUndelivered, localWorkflowEnv } from './context.ts';
import { percent, table } from './format.ts';
import { dateArgument } from './validate.ts';

const ACTION = { remind: '提醒', overdue: '逾期督办', none: '' } as const;

/** `kuomian survey-check --date D [--send]` (RULES 5): the survey-deadline JSON, or a Chinese table. */
export async function surveyCheckCommand(options: GlobalOptions & { date?: string; send?: boolean }): Promise<void> {
  const date = dateArgument(options.date);
  const ctx = cliContext(options);
  const { result, alerts, delivery } = await runSurveyCheck(localWorkflowEnv(ctx), date, { send: Boolean(options.send) });
  if (options.json) {
    process.stdout.write(`${JSON.stringify(result)}\n`);
    failIfUndelivered(delivery);
    return;
  }
  const rows = result.townships.map((t) => [
    t.name,
    t.submitted ? '已报送' : '未报送',
    t.submittedOn ?? '—',
    t.late ? '逾期' : '',
    percent(t.coverage),
    ACTION[t.action],
  ]);
  const when = result.daysLeft >= 0 ? `距截止还有 ${result.daysLeft} 天` : `已过截止日 ${-result.daysLeft} 天`;
  process.stdout.write(
    `${date} 入企调查报送情况（截止 ${result.deadline}，${when}）\n${table(['乡镇（街道）', '报送', '报送日期', '逾期', '覆盖率', '今日动作'], rows)}\n` +
      `${delivery ? `提醒已发送 ${delivery.sent} 条，已发过跳过 ${delivery.skipped} 条，失败 ${delivery.failed} 条` : `今日应发提醒 ${alerts.length} 条（加 --send 发送）`}\n`,
  );
  failIfUndelivered(delivery);
}
