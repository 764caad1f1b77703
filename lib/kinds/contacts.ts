import { z } from 'zod';
import { FileRejection } from '../ingest/reasons.ts';
import type { ContactMethod, ContactRow } from '../model/rows.ts';
import type { CadreRoster } from './api.ts';
import { nameLookup } from './cadreRoster.ts';
import { defineKind } from './defineKind.ts';
import { choice, choices, code, date, text, uscc } from './fields.ts';
import { DETAIL } from './messages.ts';
import type { RowReader } from './rowReader.ts';
import { isoDate, nonEmpty, usccCode } from './schemaParts.ts';

/** DATA-CONTRACT §3.9 — 包保挂钩联系记录, unit-scoped, contacts made in the period month. */
const columns = {
  cadreId: { headers: ['干部编号'] },
  cadreName: { headers: ['干部姓名', '联系干部'] },
  creditCode: { headers: ['企业统一社会信用代码', '统一社会信用代码'] },
  contactedOn: { headers: ['联系日期', '走访日期'], required: true },
  method: { headers: ['联系方式', '方式'] },
  summary: { headers: ['联系内容', '内容'] },
};

type Field = keyof typeof columns;

const METHODS = ['上门走访', '电话', '座谈', '其他'] as const;
const METHOD_CHOICES = choices<ContactMethod>(
  {
    上门走访: '上门走访',
    走访: '上门走访',
    上门: '上门走访',
    入企: '上门走访',
    入企走访: '上门走访',
    电话: '电话',
    电话联系: '电话',
    座谈: '座谈',
    座谈会: '座谈',
    其他: '其他',
  },
  ['上门走访（走访、上门、入企）', '电话', '座谈', '其他'],
);

export const contactRowSchema: z.ZodType<ContactRow> = z.object({
  cadreId: nonEmpty,
  creditCode: usccCode.optional(),
  contactedOn: isoDate,
  method: z.enum(METHODS),
  summary: nonEmpty.optional(),
});

/** The cadre of a record: 干部编号 in the roster, else a 干部姓名 that names exactly one cadre. */
function cadre(
  r: RowReader<Field>,
  roster: CadreRoster,
  idsOfName: (name: string) => string[],
): string | undefined {
  const id = code(r, 'cadreId', { required: false });
  if (id !== undefined) {
    if (roster.ids.has(id)) return id;
    r.error('cadreId', 'UNKNOWN_CADRE', DETAIL.cadreRoster);
    return undefined;
  }
  const name = text(r, 'cadreName', { required: false });
  if (name === undefined) return r.missing(r.has('cadreId') ? 'cadreId' : 'cadreName');
  const ids = idsOfName(name).filter((candidate) => roster.ids.has(candidate));
  if (ids.length === 1) return ids[0];
  if (ids.length === 0) r.error('cadreName', 'UNKNOWN_CADRE', DETAIL.cadreRoster);
  else r.error('cadreName', 'AMBIGUOUS_CADRE', DETAIL.sameNameCadres(ids));
  return undefined;
}

/**
 * A method outside the list is kept as 其他 (with a warning) rather than dropped to the default
 * 上门走访: only real visits may count as 上门走访 for key enterprises (RULES 2.2).
 */
function method(r: RowReader<Field>): ContactMethod {
  if (r.blank('method')) return '上门走访';
  return choice(r, 'method', METHOD_CHOICES, { required: false }) ?? '其他';
}

export const contactsParser = defineKind<ContactRow, Field>({
  kind: 'contacts',
  columns,
  oneOf: [['cadreId', 'cadreName']],
  schema: contactRowSchema,
  begin: (_table, ctx) => {
    const roster = ctx.cadres;
    if (!roster) throw new FileRejection('NO_CADRE_ROSTER');
    const idsOfName = nameLookup(roster);
    return (r) => ({
      cadreId: cadre(r, roster, idsOfName),
      creditCode: uscc(r, 'creditCode'),
      contactedOn: date(r, 'contactedOn', { date1904: ctx.date1904, notAfter: ctx.today }),
      method: method(r),
      summary: text(r, 'summary'),
    });
  },
});
