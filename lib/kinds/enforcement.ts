import { z } from 'zod';
import type { EnforcementMeasure, EnforcementRow } from '../model/rows.ts';
import { defineKind } from './defineKind.ts';
import { choice, choices, date, text, uscc } from './fields.ts';
import { isoDate, nonEmpty, usccCode } from './schemaParts.ts';

/** DATA-CONTRACT §3.10 — 执法检查记录 (监督管理和执法检查专班), the period month. */
const columns = {
  creditCode: { headers: ['统一社会信用代码'], required: true },
  measure: { headers: ['措施', '执法措施'], required: true },
  actedOn: { headers: ['日期', '执法日期'], required: true },
  result: { headers: ['结果', '整改结果'] },
};

const MEASURES = ['提醒', '约谈', '整改通知', '联合执法', '行政处罚'] as const;
const MEASURE_CHOICES = choices<EnforcementMeasure>(
  // 整改通知书 is the document's own name for 整改通知.
  { ...Object.fromEntries(MEASURES.map((m) => [m, m])), 整改通知书: '整改通知' },
  MEASURES,
);

export const enforcementRowSchema: z.ZodType<EnforcementRow> = z.object({
  creditCode: usccCode,
  measure: z.enum(MEASURES),
  actedOn: isoDate,
  result: nonEmpty.optional(),
});

/** Every inspection counts (RULES 1.7 counts reminders), so enforcement has no duplicate key. */
export const enforcementParser = defineKind<EnforcementRow, keyof typeof columns>({
  kind: 'enforcement',
  columns,
  schema: enforcementRowSchema,
  begin: (_table, ctx) => (r) => ({
    creditCode: uscc(r, 'creditCode'),
    measure: choice(r, 'measure', MEASURE_CHOICES),
    actedOn: date(r, 'actedOn', { date1904: ctx.date1904, notAfter: ctx.today }),
    result: text(r, 'result'),
  }),
});
