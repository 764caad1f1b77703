import { z } from 'zod';
import type { SubsidyRow } from '../model/rows.ts';
import { defineKind } from './defineKind.ts';
import { date, money, text, uscc } from './fields.ts';
import { isoDate, nonEmpty, usccCode, yuan } from './schemaParts.ts';

/** DATA-CONTRACT §3.5 — 企业享受政府资金补助信息 (县财政局 and others), payments in the period month. */
const columns = {
  creditCode: { headers: ['统一社会信用代码', '社会信用代码'], required: true },
  name: { headers: ['企业名称', '单位名称'] },
  program: { headers: ['补助项目', '项目名称', '资金名称'] },
  amount: {
    headers: ['补助金额', '补助金额（元）', '金额（元）', '补助金额（万元）', '金额（万元）'],
    required: true,
    money: true,
  },
  paidOn: { headers: ['拨付日期', '兑现日期'] },
  payer: { headers: ['拨付部门', '资金来源'] },
};

export const subsidyRowSchema: z.ZodType<SubsidyRow> = z.object({
  creditCode: usccCode,
  name: nonEmpty.optional(),
  program: nonEmpty.optional(),
  amount: yuan,
  paidOn: isoDate.optional(),
  payer: nonEmpty.optional(),
});

/** Every payment counts, so subsidies have no duplicate key (an enterprise may be paid twice a month). */
export const subsidiesParser = defineKind<SubsidyRow, keyof typeof columns>({
  kind: 'subsidies',
  columns,
  schema: subsidyRowSchema,
  begin: (_table, ctx) => (r) => ({
    creditCode: uscc(r, 'creditCode'),
    name: text(r, 'name'),
    program: text(r, 'program'),
    amount: money(r, 'amount'),
    paidOn: date(r, 'paidOn', { date1904: ctx.date1904, notAfter: ctx.today }),
    payer: text(r, 'payer'),
  }),
});
