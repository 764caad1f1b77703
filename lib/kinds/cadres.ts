import { z } from 'zod';
import type { CadreRow } from '../model/rows.ts';
import { cellText } from '../normalize/cell.ts';
import { parseEmail, parseMobile } from '../normalize/contact.ts';
import { matchTownship } from '../normalize/township.ts';
import { parseUscc } from '../normalize/uscc.ts';
import { defineKind } from './defineKind.ts';
import { choice, choices, code, text } from './fields.ts';
import { DETAIL } from './messages.ts';
import type { RowReader } from './rowReader.ts';
import { nonEmpty, townshipCode, usccCode } from './schemaParts.ts';

/** DATA-CONTRACT §3.11 — 包保干部名册 (领导小组办公室), a snapshot; one row per assignment. */
const columns = {
  cadreId: { headers: ['干部编号'], required: true },
  name: { headers: ['姓名'], required: true },
  role: { headers: ['职务', '单位职务'] },
  mobile: { headers: ['手机号码', '手机'] },
  email: { headers: ['邮箱', '电子邮箱'] },
  assignmentType: { headers: ['挂钩类型'], required: true },
  target: { headers: ['挂钩对象'], required: true },
};

type Field = keyof typeof columns;

const ASSIGNMENT_TYPES = ['片区', '企业'] as const;
const ASSIGNMENT_CHOICES = choices<CadreRow['assignmentType']>(
  { 片区: '片区', 企业: '企业' },
  ASSIGNMENT_TYPES,
);

export const cadreRowSchema: z.ZodType<CadreRow> = z.union([
  z.object({
    cadreId: nonEmpty,
    name: nonEmpty,
    role: nonEmpty.optional(),
    mobile: z
      .string()
      .regex(/^1[3-9]\d{9}$/)
      .optional(),
    email: z.string().includes('@').optional(),
    assignmentType: z.literal('片区'),
    target: townshipCode,
  }),
  z.object({
    cadreId: nonEmpty,
    name: nonEmpty,
    role: nonEmpty.optional(),
    mobile: z
      .string()
      .regex(/^1[3-9]\d{9}$/)
      .optional(),
    email: z.string().includes('@').optional(),
    assignmentType: z.literal('企业'),
    target: usccCode,
  }),
]);

/** 片区 → a township (§2 matching); 企业 → a valid USCC. */
function target(
  r: RowReader<Field>,
  assignmentType: CadreRow['assignmentType'] | undefined,
): string | undefined {
  if (r.blank('target')) return r.missing('target');
  if (assignmentType === undefined) return undefined; // the row is rejected for its type already
  const cell = r.cell('target');
  if (assignmentType === '片区')
    return matchTownship(cell) ?? r.invalid('target', 'INVALID_TOWNSHIP', true, DETAIL.townshipTarget);
  return parseUscc(cellText(cell)) ?? r.invalid('target', 'INVALID_USCC', true, DETAIL.enterpriseTarget);
}

function optionalChecked(r: RowReader<Field>, field: 'mobile' | 'email'): string | undefined {
  if (r.blank(field)) return undefined;
  const value = field === 'mobile' ? parseMobile(r.cell(field)) : parseEmail(r.cell(field));
  return value ?? r.invalid(field, field === 'mobile' ? 'INVALID_MOBILE' : 'INVALID_EMAIL', false);
}

export const cadresParser = defineKind<CadreRow, Field>({
  kind: 'cadres',
  columns,
  schema: cadreRowSchema,
  key: { of: (row) => `${row.cadreId}|${row.assignmentType}|${row.target}`, field: 'target' },
  begin: () => (r) => {
    const person = {
      cadreId: code(r, 'cadreId'),
      name: text(r, 'name'),
      role: text(r, 'role'),
      mobile: optionalChecked(r, 'mobile'),
      email: optionalChecked(r, 'email'),
    };
    const assignmentType = choice(r, 'assignmentType', ASSIGNMENT_CHOICES);
    return { ...person, assignmentType, target: target(r, assignmentType) };
  },
});
