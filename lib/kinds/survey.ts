import { z } from 'zod';
import type { SurveyRow } from '../model/rows.ts';
import { lastDayOfPeriod } from '../normalize/calendar.ts';
import { defineKind } from './defineKind.ts';
import { choice, choices, count, date, text, uscc, yesNo } from './fields.ts';
import { headcount, isoDate, nonEmpty, usccCode } from './schemaParts.ts';

/** DATA-CONTRACT §3.7 — 入企调查结果 (开发区, 乡镇街道), unit-scoped. */
const columns = {
  creditCode: { headers: ['统一社会信用代码'], required: true },
  name: { headers: ['企业名称'] },
  surveyedOn: { headers: ['调查日期'] },
  employees: { headers: ['用工人数', '职工人数', '在职职工人数'], required: true },
  insuredReported: { headers: ['已参保人数'] },
  willingness: { headers: ['参保意愿'] },
  keyTarget: { headers: ['是否重点扩面对象', '重点扩面对象'] },
  surveyor: { headers: ['调查人'] },
};

const WILLINGNESS = ['愿意', '观望', '不愿意'] as const;
const WILLINGNESS_CHOICES = choices<SurveyRow['willingness']>(
  Object.fromEntries(WILLINGNESS.map((w) => [w, w])),
  WILLINGNESS,
);

export const surveyRowSchema: z.ZodType<SurveyRow> = z.object({
  creditCode: usccCode,
  name: nonEmpty.optional(),
  surveyedOn: isoDate,
  employees: headcount,
  insuredReported: headcount.optional(),
  willingness: z.enum(WILLINGNESS).optional(),
  keyTarget: z.boolean().optional(),
  surveyor: nonEmpty.optional(),
});

export const surveyParser = defineKind<SurveyRow, keyof typeof columns>({
  kind: 'survey',
  columns,
  schema: surveyRowSchema,
  key: { of: (row) => row.creditCode, field: 'creditCode' },
  begin: (_table, ctx) => {
    // §3.7: without a survey date, the survey counts as of the last day of the period.
    const periodEnd = lastDayOfPeriod(ctx.period);
    return (r) => ({
      creditCode: uscc(r, 'creditCode'),
      name: text(r, 'name'),
      surveyedOn: date(r, 'surveyedOn', { date1904: ctx.date1904, notAfter: ctx.today }) ?? periodEnd,
      employees: count(r, 'employees'),
      insuredReported: count(r, 'insuredReported'),
      willingness: choice(r, 'willingness', WILLINGNESS_CHOICES),
      keyTarget: yesNo(r, 'keyTarget'),
      surveyor: text(r, 'surveyor'),
    });
  },
});
