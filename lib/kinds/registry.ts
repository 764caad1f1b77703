import { z } from 'zod';
import type { RegistryRow } from '../model/rows.ts';
import { townshipFromAddress } from '../normalize/township.ts';
import { defineKind } from './defineKind.ts';
import { choice, choices, date, text, township, uscc, yesNo } from './fields.ts';
import { isoDate, nonEmpty, townshipCode, usccCode } from './schemaParts.ts';

/** DATA-CONTRACT §3.1 — 在册企业清单 (县市场监管局), a snapshot as of the period's end. */
const columns = {
  creditCode: { headers: ['统一社会信用代码', '社会信用代码', '信用代码'], required: true },
  name: { headers: ['企业名称', '单位名称', '名称', '市场主体名称'], required: true },
  status: { headers: ['登记状态', '经营状态', '企业状态'], required: true },
  township: { headers: ['所属乡镇（街道）', '所属乡镇', '乡镇街道', '属地'] },
  address: { headers: ['住所', '注册地址', '经营场所', '地址'] },
  established: { headers: ['成立日期'] },
  entityType: { headers: ['企业类型', '市场主体类型'] },
  aboveScale: { headers: ['是否规上企业', '规上企业'] },
  stateOwned: { headers: ['是否国有企业', '国有企业'] },
};

const ACTIVE = ['存续', '在业', '开业', '正常', '在营'];
const INACTIVE = ['吊销', '注销', '迁出', '撤销', '停业', '歇业'];
/** Official texts such as `存续（在营、开业、在册）` or `吊销，未注销` start with one of the words. */
const STATUS = choices<RegistryRow['status']>(
  Object.fromEntries([...ACTIVE.map((w) => [w, 'active']), ...INACTIVE.map((w) => [w, 'inactive'])]),
  [...ACTIVE, ...INACTIVE],
  true,
);

export const registryRowSchema: z.ZodType<RegistryRow> = z.object({
  creditCode: usccCode,
  name: nonEmpty,
  status: z.enum(['active', 'inactive']),
  township: townshipCode.optional(),
  address: nonEmpty.optional(),
  established: isoDate.optional(),
  entityType: nonEmpty.optional(),
  aboveScale: z.boolean().optional(),
  stateOwned: z.boolean().optional(),
});

export const registryParser = defineKind<RegistryRow, keyof typeof columns>({
  kind: 'registry',
  columns,
  schema: registryRowSchema,
  key: { of: (row) => row.creditCode, field: 'creditCode' },
  begin: (_table, ctx) => (r) => {
    const address = text(r, 'address');
    return {
      creditCode: uscc(r, 'creditCode'),
      name: text(r, 'name'),
      status: choice(r, 'status', STATUS),
      // §3.1: the address is used when the township cell is empty (or unrecognizable).
      township: township(r, 'township') ?? (address ? townshipFromAddress(address) : undefined),
      address,
      established: date(r, 'established', { date1904: ctx.date1904, notAfter: ctx.today }),
      entityType: text(r, 'entityType'),
      aboveScale: yesNo(r, 'aboveScale'),
      stateOwned: yesNo(r, 'stateOwned'),
    };
  },
});
