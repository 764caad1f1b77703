import { z } from 'zod';
import type { TaxPayrollRow } from '../model/rows.ts';
import { normalizeHeader } from '../normalize/text.ts';
import { defineKind } from './defineKind.ts';
import { code, money, residentId, text, uscc } from './fields.ts';
import { nonEmpty, usccCode, yuan } from './schemaParts.ts';

/** DATA-CONTRACT §3.2 — 个人所得税全员全额扣缴申报明细 (县税务局), wages of the period month. */
const columns = {
  employerCode: {
    headers: [
      '扣缴义务人纳税人识别号',
      '扣缴单位纳税人识别号',
      '扣缴义务人统一社会信用代码',
      '统一社会信用代码',
    ],
    required: true,
  },
  employerName: { headers: ['扣缴义务人名称', '扣缴单位名称'] },
  idType: { headers: ['身份证件类型', '证件类型'] },
  idNumber: { headers: ['身份证件号码', '证件号码', '身份证号码', '身份证号'], required: true },
  name: { headers: ['姓名'] },
  incomeType: { headers: ['所得项目'] },
  employmentType: { headers: ['任职受雇从业类型'] },
  income: { headers: ['收入额', '收入', '本期收入'], required: true, money: true },
};

export const RESIDENT_ID_TYPE = '居民身份证';
/** Ways the tax system and clerks write the resident ID card type. */
const RESIDENT_ID_TYPES = new Set(
  ['居民身份证', '身份证', '中华人民共和国居民身份证', '中国居民身份证'].map(normalizeHeader),
);

export const taxPayrollRowSchema: z.ZodType<TaxPayrollRow> = z.object({
  employerCode: usccCode,
  employerName: nonEmpty.optional(),
  idType: nonEmpty,
  idNumber: nonEmpty,
  name: nonEmpty.optional(),
  incomeType: nonEmpty,
  employmentType: nonEmpty,
  income: yuan,
});

export const taxPayrollParser = defineKind<TaxPayrollRow, keyof typeof columns>({
  kind: 'tax-payroll',
  columns,
  masked: ['idNumber'],
  schema: taxPayrollRowSchema,
  key: { of: (row) => `${row.employerCode}|${row.idNumber}|${row.incomeType}`, field: 'idNumber' },
  begin: (_table, ctx) => (r) => {
    const givenType = text(r, 'idType');
    const idType =
      givenType === undefined || RESIDENT_ID_TYPES.has(normalizeHeader(givenType))
        ? RESIDENT_ID_TYPE
        : givenType;
    return {
      employerCode: uscc(r, 'employerCode'),
      employerName: text(r, 'employerName'),
      idType,
      // §3.2: the resident-ID check applies to 居民身份证 only; passports and permits are kept as given.
      idNumber: idType === RESIDENT_ID_TYPE ? residentId(r, 'idNumber', ctx.today) : code(r, 'idNumber'),
      name: text(r, 'name'),
      incomeType: text(r, 'incomeType') ?? '正常工资薪金',
      employmentType: text(r, 'employmentType') ?? '雇员',
      income: money(r, 'income'),
    };
  },
});
