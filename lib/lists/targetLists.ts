import type { Comparison, EnterpriseEvidence, Fact } from '../compare/types.ts';
import { type EnterpriseResult, FLAG_LABELS } from '../model/comparison.ts';
import { KIND_LABELS } from '../model/kinds.ts';
import { UNASSIGNED, loadTownships, townshipName } from '../seeds/townships.ts';
import { unitName } from '../seeds/units.ts';
import {
  COLUMNS,
  EMPLOYEES_SOURCE_LABELS,
  FIGURE_LABELS,
  NO,
  NO_DATA,
  SHEETS,
  SOURCE_LABELS,
  STALE,
  VALUE_LABELS,
  YES,
} from './labels.ts';
import { localDate } from '../time/calendar.ts';
import { CAMPAIGN_TIME_ZONE } from '../config/names.ts';
import { type SheetWriter, writeWorkbook } from './xlsxStream.ts';

/** One workbook of lists: a township's, or the county's (all townships, with a township column). */
export interface ListWorkbook {
  /** Township code, or `county`. */
  scope: string;
  fileName: string;
  bytes: Buffer;
}

/**
 * The lists people work from (数据比对名单), per township and for the county: flagged enterprises with
 * the facts behind each flag, uninsured people per enterprise (IDs masked), the subsidy-precondition
 * list for the finance bureau, joint-enforcement candidates, and what data the figures rest on.
 */
export async function targetListWorkbooks(comparison: Comparison): Promise<ListWorkbook[]> {
  const scopes = [...loadTownships().map((t) => t.code), UNASSIGNED];
  const out: ListWorkbook[] = [];
  for (const scope of scopes) {
    const bytes = await listWorkbook(comparison, (township) => township === scope, false);
    out.push({ scope, fileName: `${comparison.period}-${townshipName(scope)}-比对名单.xlsx`, bytes });
  }
  const county = await listWorkbook(comparison, () => true, true);
  out.push({ scope: 'county', fileName: `${comparison.period}-全县-比对名单.xlsx`, bytes: county });
  return out;
}

async function listWorkbook(c: Comparison, inScope: (township: string) => boolean, county: boolean): Promise<Buffer> {
  const enterprises = c.result.enterprises.map((e, i) => ({ e, ev: c.evidence[i] })).filter(({ e }) => inScope(e.township));
  const withTownship = (cols: string[]) => (county ? [COLUMNS.township, ...cols] : cols);
  const place = (township: string) => (county ? [townshipName(township)] : []);
  return writeWorkbook((addSheet) => {
    const flagged = addSheet(
      SHEETS.flagged,
      withTownship([
        COLUMNS.creditCode, COLUMNS.name, COLUMNS.eligibleEmployees, COLUMNS.employeesSource, COLUMNS.insured,
        COLUMNS.rate, COLUMNS.uninsured, COLUMNS.injuryGap, COLUMNS.subsidies12m, COLUMNS.flags, COLUMNS.key, COLUMNS.evidence,
      ]),
      county ? [12, 22, 36] : [22, 36],
    );
    for (const { e, ev } of enterprises) {
      if (e.flags.length === 0 && !e.key) continue;
      flagged.addRow([
        ...place(e.township), e.creditCode, e.name, e.eligibleEmployees, EMPLOYEES_SOURCE_LABELS[e.employeesSource], e.insured,
        percent(e.rate), e.uninsured, e.injuryGap, e.subsidies12m, e.flags.map((f) => FLAG_LABELS[f]).join('；'),
        e.key ? YES : NO, evidenceText(ev),
      ]);
    }
    const people = addSheet(SHEETS.uninsured, withTownship([COLUMNS.creditCode, COLUMNS.name, COLUMNS.maskedId, COLUMNS.personName, COLUMNS.income]));
    for (const p of c.uninsuredPeople) {
      if (inScope(p.township)) people.addRow([...place(p.township), p.creditCode, p.enterpriseName, p.maskedId, p.name, p.income]);
    }
    addReasoned(addSheet(SHEETS.subsidy, withTownship([COLUMNS.creditCode, COLUMNS.name, COLUMNS.subsidies12m, COLUMNS.rate, COLUMNS.reason])),
      enterprises.filter(({ e }) => e.subsidyPrecondition), (e) => [e.subsidies12m, percent(e.rate)], (ev) => ev.subsidyPrecondition, place);
    addReasoned(addSheet(SHEETS.enforcement, withTownship([COLUMNS.creditCode, COLUMNS.name, COLUMNS.flags, COLUMNS.rate, COLUMNS.reason])),
      enterprises.filter(({ e }) => e.jointEnforcement), (e) => [e.flags.map((f) => FLAG_LABELS[f]).join('；'), percent(e.rate)], (ev) => ev.jointEnforcement, place);
    if (county) townshipSheet(addSheet, c);
    feedSheet(addSheet, c);
  });
}

function addReasoned(
  sheet: SheetWriter,
  rows: { e: EnterpriseResult; ev: EnterpriseEvidence }[],
  figures: (e: EnterpriseResult) => (string | number | null)[],
  facts: (ev: EnterpriseEvidence) => Fact[] | null,
  place: (township: string) => string[],
): void {
  for (const { e, ev } of rows) sheet.addRow([...place(e.township), e.creditCode, e.name, ...figures(e), factsText(facts(ev) ?? [])]);
}

function townshipSheet(addSheet: Parameters<Parameters<typeof writeWorkbook>[0]>[0], c: Comparison): void {
  const sheet = addSheet(SHEETS.townships, [
    COLUMNS.township, COLUMNS.enterprises, COLUMNS.eligibleEmployees, COLUMNS.coveredEmployees, COLUMNS.rate,
    COLUMNS.flagCount, COLUMNS.uninsuredPeople, COLUMNS.subsidyPrecondition, COLUMNS.jointEnforcement,
  ]);
  const flaggedEnterprises = new Map<string, number>();
  for (const e of c.result.enterprises) {
    if (e.flags.length > 0) flaggedEnterprises.set(e.township, (flaggedEnterprises.get(e.township) ?? 0) + 1);
  }
  for (const t of c.county.townships) {
    const flagged = flaggedEnterprises.get(t.township) ?? 0;
    sheet.addRow([t.name, t.enterprises, t.eligibleEmployees, t.coveredEmployees, percent(t.rate), flagged, t.uninsuredPeople, t.subsidyPrecondition, t.jointEnforcement]);
  }
}

function feedSheet(addSheet: Parameters<Parameters<typeof writeWorkbook>[0]>[0], c: Comparison): void {
  const sheet = addSheet(SHEETS.feeds, [COLUMNS.kind, COLUMNS.feedPeriod, COLUMNS.feedUnit, COLUMNS.receivedAt, COLUMNS.monthsOld, COLUMNS.feedRows], [28, 12, 14, 22, 12, 10]);
  for (const feed of c.feedStatus) {
    if (feed.snapshots.length === 0) {
      sheet.addRow([KIND_LABELS[feed.kind], feed.ignoredAsStale ? `${feed.latestPeriod}${STALE}` : NO_DATA, '', '', '', '']);
      continue;
    }
    for (const s of feed.snapshots) {
      sheet.addRow([KIND_LABELS[feed.kind], s.period, unitName(s.unit), shanghaiTime(s.receivedAt), s.monthsOld, s.rows]);
    }
  }
}

/** Receipt instants are stored in UTC; county users read Beijing time. */
const clockTime = new Intl.DateTimeFormat('en-GB', { timeZone: CAMPAIGN_TIME_ZONE, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });

function shanghaiTime(instant: string): string {
  const at = new Date(instant);
  return `${localDate(at, CAMPAIGN_TIME_ZONE)} ${clockTime.format(at)}`;
}

function evidenceText(ev: EnterpriseEvidence): string {
  return ev.flags.map((f) => `【${FLAG_LABELS[f.flag]}】${factsText(f.facts)}`).join(' ');
}

function factsText(facts: Fact[]): string {
  return facts
    .map((f) => {
      const where = [SOURCE_LABELS[f.source], f.from && f.period && f.from !== f.period ? `${f.from}至${f.period}` : f.period, f.date]
        .filter(Boolean)
        .join('·');
      return `${where}：${FIGURE_LABELS[f.figure] ?? f.figure}=${formatValue(f.figure, f.value)}`;
    })
    .join('；');
}

function formatValue(figure: string, value: Fact['value']): string {
  if (value === null) return NO_DATA;
  if (typeof value === 'boolean') return value ? YES : NO;
  if (figure === 'flag' && typeof value === 'string') return FLAG_LABELS[value as keyof typeof FLAG_LABELS] ?? value;
  if (typeof value === 'string' && VALUE_LABELS[value]) return VALUE_LABELS[value];
  if (typeof value === 'number' && /rate|Rate|Margin/.test(figure)) return percent(value) ?? '';
  return String(value);
}

function percent(rate: number | null): string | null {
  return rate === null ? null : `${(rate * 100).toFixed(1)}%`;
}
