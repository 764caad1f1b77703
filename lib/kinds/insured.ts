import { z } from 'zod';
import type { InsuredRow, InsuredStatus, Scheme } from '../model/rows.ts';
import { defineKind } from './defineKind.ts';
import { choice, choices, date, money, residentId, text, township, uscc } from './fields.ts';
import { isoDate, nonEmpty, residentIdNumber, townshipCode, usccCode, yuan } from './schemaParts.ts';

/** DATA-CONTRACT §3.4 — 参保人员名单 (县人力社保局), a snapshot as of the period's end; one row per person and scheme. */
const columns = {
  idNumber: {
    headers: ['公民身份号码', '社会保障号码', '身份证号码', '身份证号', '证件号码'],
    required: true,
  },
  name: { headers: ['姓名'] },
  employerCode: { headers: ['单位统一社会信用代码', '统一社会信用代码', '单位社会信用代码'] },
  employerName: { headers: ['单位名称'] },
  scheme: { headers: ['险种', '险种类型'], required: true },
  status: { headers: ['参保状态', '缴费状态'], required: true },
  base: { headers: ['缴费基数', '月缴费基数'], money: true },
  startDate: { headers: ['参保日期', '本次参保日期'] },
  township: { headers: ['所属乡镇（街道）', '所属乡镇'] },
};

const SCHEME_WORDS: Record<Scheme, string[]> = {
  pension: ['企业职工基本养老保险', '企业养老', '职工养老', '基本养老保险'],
  injury: ['工伤保险', '工伤'],
  unemployment: ['失业保险', '失业'],
  public: ['机关事业单位养老保险', '机关养老'],
  resident: ['城乡居民基本养老保险', '城乡居民养老保险', '居民养老'],
};

const STATUS_WORDS: Record<InsuredStatus, string[]> = {
  active: ['参保缴费', '正常缴费', '正常参保', '正常'],
  suspended: ['暂停缴费', '中断缴费', '暂停'],
  ended: ['终止参保', '终止', '注销'],
};

function wordTable<T extends string>(words: Record<T, string[]>) {
  const entries = (Object.entries(words) as [T, string[]][]).flatMap(([value, list]) =>
    list.map((w) => [w, value] as const),
  );
  return choices<T>(
    Object.fromEntries(entries) as Record<string, T>,
    entries.map(([w]) => w),
  );
}

const SCHEMES = wordTable(SCHEME_WORDS);
const STATUSES = wordTable(STATUS_WORDS);

export const insuredRowSchema: z.ZodType<InsuredRow> = z.object({
  idNumber: residentIdNumber,
  name: nonEmpty.optional(),
  employerCode: usccCode.optional(),
  employerName: nonEmpty.optional(),
  scheme: z.enum(['pension', 'injury', 'unemployment', 'public', 'resident']),
  status: z.enum(['active', 'suspended', 'ended']),
  base: yuan.optional(),
  startDate: isoDate.optional(),
  township: townshipCode.optional(),
});

export const insuredParser = defineKind<InsuredRow, keyof typeof columns>({
  kind: 'insured',
  columns,
  masked: ['idNumber'],
  schema: insuredRowSchema,
  key: { of: (row) => `${row.idNumber}|${row.scheme}`, field: 'idNumber' },
  begin: (_table, ctx) => (r) => ({
    idNumber: residentId(r, 'idNumber', ctx.today),
    name: text(r, 'name'),
    // Empty: insured not through an employer (灵活就业).
    employerCode: uscc(r, 'employerCode'),
    employerName: text(r, 'employerName'),
    scheme: choice(r, 'scheme', SCHEMES),
    status: choice(r, 'status', STATUSES),
    base: money(r, 'base'),
    startDate: date(r, 'startDate', { date1904: ctx.date1904 }),
    township: township(r, 'township'),
  }),
});
