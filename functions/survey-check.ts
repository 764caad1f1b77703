/**
 * Survey-deadline Lambda, called daily at 09:00 Asia/Shanghai through March and April: checks the
 * 31 March enterprise survey (RULES 3) for today (or `{ "date": "YYYY-MM-DD" }` from the event) and
 * delivers each reminder exactly once.
 */
import middy from '@middy/core';
import { z } from 'zod';
import { localDate } from '../lib/time/calendar.ts';
import { runSurveyCheck } from '../lib/workflow/runSurveyCheck.ts';
import { awsWorkflowEnv } from './workflowEnv.ts';

const surveyEvent = z
  .object({ date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).optional() })
  .passthrough()
  .nullish();

export async function dailySurveyCheck(event: unknown) {
  const input = surveyEvent.parse(event);
  const env = awsWorkflowEnv();
  const date = input?.date ?? localDate(env.now(), env.timeZone);
  const { result, delivery } = await runSurveyCheck(env, date, { send: true });
  const summary = {
    date,
    submitted: result.townships.filter((t) => t.submitted).length,
    actions: result.townships.filter((t) => t.action !== 'none').length,
    delivery: delivery && { sent: delivery.sent, skipped: delivery.skipped, failed: delivery.failed },
  };
  console.log(JSON.stringify({ msg: 'survey check done', ...summary }));
  if (delivery && delivery.failed > 0) throw new Error(`${delivery.failed} alerts failed; the retry sends only those`);
  return summary;
}

export const handler = middy().handler(dailySurveyCheck);
