/**
 * `insured` — 参保人员名单 (县人力社保局), a snapshot at each month's end, received on the 8th of the
 * next month: one row per person and scheme (enterprise pension, injury, unemployment, public-sector
 * pension, resident pension), flexible workers without an employer carrying a township cell. Scheme
 * and status words and headers vary by month; some IDs come in their old 15-digit form, with spaces
 * or a lower-case x; a few rows are damaged by Excel or repeated.
 */
import { MONTHS, nextMonthAt, periodOf } from '../calendar.ts';
import { type DateStyle, dateCell, isoOfDay, spaced, townshipCell, withMess } from '../mess.ts';
import type { TownshipCellStyle } from '../model.ts';
import { ROLE } from '../people.ts';
import { fifteenDigitForm } from '../identifiers.ts';
import type { OutCell, TableRow } from '../writers/table.ts';
import { type Layout, headersOf, project } from './columns.ts';
import type { GenerationContext } from './context.ts';
import { damagedId } from './ghosts.ts';
import { type FileJob, type JobBase, csvJob, monthLabel, xlsxJob } from './job.ts';

const LAYOUT_A: Layout = [
  ['公民身份号码', 'idNumber'],
  ['姓名', 'name'],
  ['单位统一社会信用代码', 'employerCode'],
  ['单位名称', 'employerName'],
  ['险种', 'scheme'],
  ['参保状态', 'status'],
  ['缴费基数', 'base'],
  ['参保日期', 'startDate'],
  ['所属乡镇（街道）', 'township'],
];
const LAYOUT_B: Layout = [
  ['序号', null],
  ['社会保障号码', 'idNumber'],
  ['姓名', 'name'],
  ['统一社会信用代码', 'employerCode'],
  ['险种类型', 'scheme'],
  ['缴费状态', 'status'],
  ['月缴费基数', 'base'],
  ['本次参保日期', 'startDate'],
  ['所属乡镇', 'township'],
];
const LAYOUT_C: Layout = [
  ['身份证号码', 'idNumber'],
  ['姓名', 'name'],
  ['单位社会信用代码', 'employerCode'],
  ['险种', 'scheme'],
  ['缴费状态', 'status'],
  ['缴费基数', 'base'],
  ['参保日期', 'startDate'],
  ['所属乡镇（街道）', 'township'],
];

/** Words one export uses for schemes and statuses. */
interface Vocabulary {
  pension: string;
  injury: string;
  unemployment: string;
  public: string;
  resident: string;
  active: string;
  suspended: string;
  ended: string;
}
const WORDS_1: Vocabulary = {
  pension: '企业职工基本养老保险',
  injury: '工伤保险',
  unemployment: '失业保险',
  public: '机关事业单位养老保险',
  resident: '城乡居民基本养老保险',
  active: '参保缴费',
  suspended: '暂停缴费',
  ended: '终止参保',
};
const WORDS_2: Vocabulary = {
  pension: '企业养老',
  injury: '工伤',
  unemployment: '失业',
  public: '机关养老',
  resident: '居民养老',
  active: '正常缴费',
  suspended: '中断缴费',
  ended: '注销',
};

type Format = 'xlsx' | 'gbk' | 'utf8bom' | 'utf8';
const PLAN: [Format, Layout, Vocabulary][] = [
  ['utf8bom', LAYOUT_A, WORDS_1],
  ['xlsx', LAYOUT_B, WORDS_1],
  ['gbk', LAYOUT_C, WORDS_2],
  ['utf8bom', LAYOUT_A, WORDS_1],
  ['gbk', LAYOUT_B, WORDS_2],
  ['utf8', LAYOUT_A, WORDS_1],
  ['gbk', LAYOUT_C, WORDS_2],
];
const CELL_STYLES: TownshipCellStyle[] = ['name', 'alias', 'code12', 'name', 'code9'];

export function insuredJobs(ctx: GenerationContext): FileJob[] {
  const jobs: FileJob[] = [];
  const estimate = Math.round(ctx.county.people.count * 2.2);
  for (let m = 0; m < MONTHS; m++) {
    const period = periodOf(m);
    const [format, layout, words] = PLAN[m];
    const base: JobBase = {
      kind: 'insured',
      period,
      unit: null,
      fileName: `参保人员名单_${monthLabel(period)}末.${format === 'xlsx' ? 'xlsx' : 'csv'}`,
      receivedAt: nextMonthAt(period, 8, '10:00'),
      notes: [
        format === 'xlsx' ? 'workbook with numeric damaged IDs' : `${format} CSV`,
        '15-digit IDs',
        `scheme words «${words.pension}»`,
      ],
    };
    const table = () => ({
      sheetName: '参保人员',
      titles: format === 'xlsx' ? [`武义县参保人员名单（${monthLabel(period)}末）`] : [],
      header: headersOf(layout),
      rows: rows(ctx, m, layout, words, format, estimate),
    });
    jobs.push(
      format === 'xlsx'
        ? xlsxJob(base, '武义县社会保险事业管理中心', table, estimate)
        : csvJob(base, { encoding: format, lineEnd: format === 'utf8' ? '\n' : '\r\n' }, table),
    );
  }
  return jobs;
}

function* rows(
  ctx: GenerationContext,
  m: number,
  layout: Layout,
  words: Vocabulary,
  format: Format,
  estimate: number,
): Generator<TableRow> {
  const { county } = ctx;
  const { people, enterprises, townships } = county;
  const r = ctx.random.fork(`insured/${periodOf(m)}`);
  const dates: DateStyle = format === 'xlsx' ? 'cell' : m === 4 ? 'compact' : 'iso';
  let serial = 0;
  const row = (i: number, scheme: string, status: string, employer: number, township: string): TableRow => {
    serial++;
    let id = people.id[i];
    const roll = r.next();
    if (format !== 'xlsx' && roll < 0.002) id = fifteenDigitForm(id) ?? id;
    else if (roll < 0.003) id = spaced(id);
    else if (id.endsWith('X') && roll < 0.5) id = `${id.slice(0, 17)}x`;
    const e = employer >= 0 ? enterprises[employer] : null;
    const values: Record<string, OutCell> = {
      idNumber: id,
      name: people.name[i],
      employerCode: e ? e.code : '',
      employerName: e ? e.name : '',
      scheme,
      status,
      base: people.base[i] > 0 ? (format === 'xlsx' ? people.base[i] : String(people.base[i])) : null,
      startDate: people.startDay[i] > 0 ? dateCell(isoOfDay(people.startDay[i]), dates) : null,
      township,
    };
    return { cells: project(layout, values, serial) };
  };
  const statusWord = (status: 'active' | 'suspended' | 'ended') => words[status];
  const place = (index: number, i: number) =>
    index < 0 ? '' : townshipCell(townships[index], CELL_STYLES[i % CELL_STYLES.length]);
  const base = function* (): Generator<TableRow> {
    for (const e of enterprises) {
      const home = e.township === null ? -1 : townships.findIndex((t) => t.code === e.township);
      for (const i of county.staffOf[e.index]) {
        const status = people.pensionStatusAt(i, m);
        if (status !== null) {
          const word = statusWord(status);
          yield row(i, people.role[i] === ROLE.publicStaff ? words.public : words.pension, word, e.index, '');
          if (people.injury[i]) yield row(i, words.injury, word, e.index, '');
          if (people.unemployment[i]) yield row(i, words.unemployment, word, e.index, '');
        }
        if (people.resident[i]) {
          const converted = people.pensionFrom[i] <= m;
          yield row(i, words.resident, converted ? words.ended : words.active, -1, place(home, i));
        }
      }
    }
    for (const i of county.withoutEmployer) {
      if (people.role[i] === ROLE.resident) {
        yield row(i, words.resident, words.active, -1, place(people.township[i], i));
        continue;
      }
      const status = people.pensionStatusAt(i, m);
      if (status !== null) yield row(i, words.pension, statusWord(status), -1, place(people.township[i], i));
    }
  };
  const ghost = (): TableRow => {
    const { cell } = damagedId(r, format === 'xlsx' ? 'xlsx' : 'csv');
    const host = enterprises[r.int(0, enterprises.length - 1)];
    return {
      cells: project(
        layout,
        {
          idNumber: cell,
          name: '李某',
          employerCode: host.code,
          employerName: host.name,
          scheme: words.pension,
          status: words.active,
          base: '4462',
          startDate: null,
          township: '',
        },
        ++serial,
      ),
      mark: 'invalid',
    };
  };
  const duplicates = Math.max(2, Math.round(estimate / 40_000));
  yield* withMess(base(), { duplicates, invalid: [ghost, ghost, ghost], estimate }, r);
}
