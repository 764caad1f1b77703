/**
 * `registry` — 在册企业清单 (县市场监管局), one snapshot a month, received on the 5th of the next month.
 * Months alternate two header sets and three formats (XLSX with a merged title, GBK CSV, UTF-8 BOM
 * CSV); yes/no columns change style; a few codes come full-width, spaced or lower-case; two rows
 * carry a mistyped code and a few rows are repeated.
 */
import { MONTHS, lastDayOf, nextMonthAt, periodOf } from '../calendar.ts';
import {
  type DateStyle,
  type YesNoStyle,
  dateCell,
  fullWidth,
  townshipCell,
  withMess,
  yesNo,
} from '../mess.ts';
import type { Enterprise, RegistryEntry } from '../model.ts';
import { isInRegistryAt } from '../model.ts';
import { personName } from '../naming.ts';
import type { TableRow } from '../writers/table.ts';
import { type FieldValues, type Layout, headersOf, project } from './columns.ts';
import type { GenerationContext } from './context.ts';
import { brokenUscc } from './ghosts.ts';
import { type FileJob, type JobBase, csvJob, monthLabel, xlsxJob } from './job.ts';

const LAYOUT_A: Layout = [
  ['统一社会信用代码', 'creditCode'],
  ['企业名称', 'name'],
  ['登记状态', 'status'],
  ['所属乡镇（街道）', 'township'],
  ['住所', 'address'],
  ['成立日期', 'established'],
  ['企业类型', 'entityType'],
  ['是否规上企业', 'aboveScale'],
  ['是否国有企业', 'stateOwned'],
];
const LAYOUT_B: Layout = [
  ['序号', null],
  ['社会信用代码', 'creditCode'],
  ['市场主体名称', 'name'],
  ['经营状态', 'status'],
  ['属地', 'township'],
  ['注册地址', 'address'],
  ['成立日期', 'established'],
  ['市场主体类型', 'entityType'],
  ['规上企业', 'aboveScale'],
  ['国有企业', 'stateOwned'],
  ['法定代表人', 'legalRepresentative'],
];

type Format = 'xlsx' | 'gbk' | 'utf8bom';
const FORMATS: Format[] = ['xlsx', 'gbk', 'xlsx', 'xlsx', 'utf8bom', 'xlsx', 'xlsx'];
const YES_NO: YesNoStyle[] = ['chinese', 'letter', 'chinese', 'digit', 'tick', 'chinese', 'chinese'];
const AUTHOR = '武义县市场监督管理局';

export function registryJobs(ctx: GenerationContext): FileJob[] {
  const jobs: FileJob[] = [];
  for (let m = 0; m < MONTHS; m++) {
    const period = periodOf(m);
    const format = FORMATS[m];
    const layout = m % 2 === 0 ? LAYOUT_A : LAYOUT_B;
    const base: JobBase = {
      kind: 'registry',
      period,
      unit: null,
      fileName: `在册企业清单_${monthLabel(period)}.${format === 'xlsx' ? 'xlsx' : 'csv'}`,
      receivedAt: nextMonthAt(period, 5, '10:00'),
      notes: [
        `registry layout ${layout === LAYOUT_A ? 'A' : 'B'}`,
        format === 'xlsx' ? 'merged title rows' : `${format} CSV`,
      ],
    };
    const table = () => ({
      sheetName: '在册企业',
      titles:
        format === 'gbk'
          ? []
          : [
              `武义县在册企业清单（截至${lastDayOf(period).replace(/-/g, '.')}）`,
              ...(format === 'xlsx' ? ['数据来源：县市场监管局'] : []),
            ],
      header: headersOf(layout),
      rows: rows(ctx, m, layout, format === 'xlsx' ? 'cell' : m % 2 ? 'slash' : 'iso', YES_NO[m]),
    });
    const estimate = ctx.county.enterprises.length;
    jobs.push(
      format === 'xlsx'
        ? xlsxJob(base, AUTHOR, table, estimate)
        : csvJob(base, { encoding: format, lineEnd: '\r\n' }, table),
    );
  }
  return jobs;
}

function* rows(
  ctx: GenerationContext,
  m: number,
  layout: Layout,
  dates: DateStyle,
  yn: YesNoStyle,
): Generator<TableRow> {
  const r = ctx.random.fork(`registry/${periodOf(m)}`);
  const listed = ctx.county.enterprises.flatMap((e) =>
    e.registry !== null && isInRegistryAt(e, m) ? [{ e, reg: e.registry }] : [],
  );
  let serial = 0;
  const base = function* (): Generator<TableRow> {
    for (const { e, reg } of listed) {
      serial++;
      yield { cells: project(layout, values(ctx, e, reg, m, dates, yn, r.next()), serial) };
    }
  };
  const ghost = (): TableRow => {
    serial++;
    const { e, reg } = r.pick(listed);
    return {
      cells: project(
        layout,
        {
          ...values(ctx, e, reg, m, dates, yn, 1),
          creditCode: brokenUscc(r),
          name: `${e.name.slice(0, -4)}贸易有限公司`,
        },
        serial,
      ),
      mark: 'invalid',
    };
  };
  const duplicates = Math.max(1, Math.round(listed.length / 4000));
  yield* withMess(base(), { duplicates, invalid: [ghost, ghost], estimate: listed.length }, r);
}

function values(
  ctx: GenerationContext,
  e: Enterprise,
  reg: RegistryEntry,
  m: number,
  dates: DateStyle,
  yn: YesNoStyle,
  roll: number,
): FieldValues {
  const t = ctx.county.townships.find((x) => x.code === e.township);
  // A few codes as typed by hand: full-width, lower-case or with a space (all valid after normalization).
  const code =
    roll < 0.002
      ? fullWidth(e.code)
      : roll < 0.004
        ? e.code.toLowerCase()
        : roll < 0.005
          ? `${e.code.slice(0, 8)} ${e.code.slice(8)}`
          : e.code;
  return {
    creditCode: code,
    name: e.name,
    status: reg.inactiveFrom <= m ? reg.inactiveStatus : reg.activeStatus,
    township: t ? townshipCell(t, reg.townshipCell) : '',
    address: reg.address,
    established: dateCell(reg.established, dates),
    entityType: reg.entityType,
    aboveScale: yesNo(reg.aboveScale, yn),
    stateOwned: yesNo(reg.stateOwned, yn),
    legalRepresentative: personName(ctx.random.fork(`legal/${e.code}`), true),
  };
}
