import { z } from 'zod';
import { ACTIVITY_TYPES, type ActivityRow } from '../model/rows.ts';
import { cellText } from '../normalize/cell.ts';
import { activityOfLabel, PRINTED_LABELS } from './activityLabels.ts';
import { parseServed } from './activityServed.ts';
import { checkNamedUnit, namedUnit } from './activityUnit.ts';
import { defineKind } from './defineKind.ts';
import { count, text } from './fields.ts';
import { DETAIL } from './messages.ts';
import type { RowReader } from './rowReader.ts';
import { headcount, nonEmpty } from './schemaParts.ts';

/**
 * DATA-CONTRACT §3.8 — 社会保险政策活动开展情况统计表, unit-scoped, the period month. Both layouts:
 * the form as printed in the plan (the served column holds `120（30）`), and the long table with its
 * own 其中咨询人数 column.
 */
const columns = {
  activity: { headers: ['活动内容'], required: true },
  count: { headers: ['家（次、个）数', '家（次）数', '活动次数'], required: true },
  staff: { headers: ['出动人数'], required: true },
  served: { headers: ['宣传服务对象人数（其中咨询：人）', '宣传服务对象人数'], required: true },
  consulted: { headers: ['其中咨询人数', '其中咨询', '咨询人数'] },
  materials: { headers: ['发放宣传资料（份）', '发放宣传资料'], required: true },
  note: { headers: ['备注', '备注（发放短信、拨打电话等情况）'] },
};

type Field = keyof typeof columns;

export const activityRowSchema: z.ZodType<ActivityRow> = z
  .object({
    activity: z.enum(ACTIVITY_TYPES),
    count: headcount,
    staff: headcount,
    served: headcount,
    consulted: headcount,
    materials: headcount,
    note: nonEmpty.optional(),
  })
  .refine((row) => row.consulted <= row.served, { path: ['served'] });

/** §3.8: an empty cell of the form means 0. */
function figure(r: RowReader<Field>, field: Field): number | undefined {
  return r.blank(field) ? 0 : count(r, field, { required: true });
}

function label(r: RowReader<Field>): ActivityRow['activity'] | undefined {
  if (r.blank('activity')) return r.missing('activity');
  const activity = activityOfLabel(cellText(r.cell('activity')));
  if (!activity) r.error('activity', 'UNKNOWN_ACTIVITY', DETAIL.activities(PRINTED_LABELS));
  return activity;
}

/** The total served and, from the 其中咨询人数 column or the bracket, the consultations. */
function servedAndConsulted(r: RowReader<Field>): { served?: number; consulted?: number } {
  const parsed = parseServed(r.cell('served'));
  if (parsed.status === 'invalid') return servedError(r, 'INVALID_NUMBER', DETAIL.servedForms);
  const total = parsed.status === 'ok' ? parsed.total : 0;
  const fromBracket = parsed.status === 'ok' ? parsed.consulted : undefined;
  if (total < 0) return servedError(r, 'NEGATIVE');
  if (!Number.isInteger(total) || (fromBracket !== undefined && !Number.isInteger(fromBracket))) {
    return servedError(r, 'NOT_INTEGER');
  }
  const fromColumn = r.has('consulted') && !r.blank('consulted') ? figure(r, 'consulted') : undefined;
  if (r.has('consulted') && !r.blank('consulted') && fromColumn === undefined) return {};
  const consulted = fromColumn ?? fromBracket ?? 0;
  if (consulted > total) {
    r.error(fromColumn !== undefined ? 'consulted' : 'served', 'INVALID_VALUE', DETAIL.consultedOverServed);
  }
  return { served: total, consulted };
}

function servedError(
  r: RowReader<Field>,
  code: 'INVALID_NUMBER' | 'NEGATIVE' | 'NOT_INTEGER',
  detail?: string,
) {
  r.error('served', code, detail);
  return {};
}

export const activityParser = defineKind<ActivityRow, Field>({
  kind: 'activity',
  columns,
  schema: activityRowSchema,
  // §3.8: each activity once per form; a second row with the same label is a DUPLICATE.
  key: { of: (row) => row.activity, field: 'activity' },
  begin: (table, ctx) => {
    const named = namedUnit(table.preamble);
    if (named) checkNamedUnit(named, ctx.unit);
    return (r) => ({
      activity: label(r),
      count: figure(r, 'count'),
      staff: figure(r, 'staff'),
      ...servedAndConsulted(r),
      materials: figure(r, 'materials'),
      note: text(r, 'note'),
    });
  },
});
