import { z } from 'zod';
import type { TaxEmployersRow } from '../model/rows.ts';
import { defineKind } from './defineKind.ts';
import { count, money, text, uscc } from './fields.ts';
import { headcount, nonEmpty, usccCode, yuan } from './schemaParts.ts';

/** DATA-CONTRACT §3.3 — 纳税企业名单及工资总额 (县税务局), the period month. */
const columns = {
  creditCode: { headers: ['纳税人识别号', '统一社会信用代码'], required: true },
  name: { headers: ['纳税人名称', '企业名称'] },
  wageTotal: { headers: ['工资薪金总额', '工资总额', '应发工资总额'], money: true },
  headcount: { headers: ['扣缴申报人数', '申报人数', '从业人数'] },
};

export const taxEmployersRowSchema: z.ZodType<TaxEmployersRow> = z.object({
  creditCode: usccCode,
  name: nonEmpty.optional(),
  wageTotal: yuan.optional(),
  headcount: headcount.optional(),
});

export const taxEmployersParser = defineKind<TaxEmployersRow, keyof typeof columns>({
  kind: 'tax-employers',
  columns,
  schema: taxEmployersRowSchema,
  key: { of: (row) => row.creditCode, field: 'creditCode' },
  begin: () => (r) => ({
    creditCode: uscc(r, 'creditCode'),
    name: text(r, 'name'),
    wageTotal: money(r, 'wageTotal'),
    headcount: count(r, 'headcount'),
  }),
});
