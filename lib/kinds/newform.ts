import { z } from 'zod';
import type { NewformRow } from '../model/rows.ts';
import { defineKind } from './defineKind.ts';
import { count, text, uscc } from './fields.ts';
import { headcount, nonEmpty, usccCode } from './schemaParts.ts';

/** DATA-CONTRACT §3.6 — 新业态企业信息 (交通运输, 邮政管理, 经济商务, 市场监管), a snapshot. */
const columns = {
  creditCode: { headers: ['统一社会信用代码'], required: true },
  name: { headers: ['企业名称'] },
  formType: { headers: ['业态类型', '行业类别'] },
  workers: { headers: ['从业人员数', '从业人数', '骑手（司机）人数'] },
  supervisor: { headers: ['主管部门'] },
};

export const newformRowSchema: z.ZodType<NewformRow> = z.object({
  creditCode: usccCode,
  name: nonEmpty.optional(),
  formType: nonEmpty.optional(),
  workers: headcount.optional(),
  supervisor: nonEmpty.optional(),
});

export const newformParser = defineKind<NewformRow, keyof typeof columns>({
  kind: 'newform',
  columns,
  schema: newformRowSchema,
  key: { of: (row) => row.creditCode, field: 'creditCode' },
  begin: () => (r) => ({
    creditCode: uscc(r, 'creditCode'),
    name: text(r, 'name'),
    formType: text(r, 'formType'),
    workers: count(r, 'workers'),
    supervisor: text(r, 'supervisor'),
  }),
});
