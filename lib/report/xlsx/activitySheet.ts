import type { Workbook } from 'exceljs';
import { ACTIVITY_TYPES } from '../../model/rows.ts';
import { type ActivityFigures, emptyFigures } from '../../rollup/activityTotals.ts';
import {
  ACTIVITY_HEADERS,
  ACTIVITY_LABELS,
  COUNTY_LABEL,
  SHEETS,
  SUBTOTAL_LABEL,
  TOTAL_LABEL,
  cumulativeText,
} from '../labels.ts';
import type { SupervisionReportModel } from '../model.ts';
import { type CellValue, FMT, putTable, putTitle, widths } from './cells.ts';

const FIGURES = ['count', 'staff', 'served', 'consulted', 'materials'] as const;
const HEADERS = [
  ACTIVITY_HEADERS.unit,
  ACTIVITY_HEADERS.activity,
  ...FIGURES.map((f) => ACTIVITY_HEADERS[f]),
];

function line(unit: string, label: string, f: ActivityFigures): CellValue[] {
  return [unit, label, ...FIGURES.map((k) => f[k])];
}

/** Sheet 活动统计: the plan's 社会保险政策活动开展情况统计表, summed per township and for the county. */
export function addActivitySheet(wb: Workbook, model: SupervisionReportModel): void {
  const ws = wb.addWorksheet(SHEETS.activity, { views: [{ state: 'frozen', ySplit: 2 }] });
  putTitle(ws, 1, HEADERS.length, `${SHEETS.activity}（${cumulativeText(model.period)}）`);
  const rows: CellValue[][] = [];
  const county = Object.fromEntries(ACTIVITY_TYPES.map((a) => [a, emptyFigures()])) as Record<
    string,
    ActivityFigures
  >;
  const countyTotal = emptyFigures();
  for (const unit of model.activity) {
    for (const a of ACTIVITY_TYPES) {
      rows.push(line(unit.name, ACTIVITY_LABELS[a], unit.byActivity[a]));
      for (const k of FIGURES) county[a][k] += unit.byActivity[a][k];
    }
    rows.push(line(unit.name, SUBTOTAL_LABEL, unit.total));
    for (const k of FIGURES) countyTotal[k] += unit.total[k];
  }
  for (const a of ACTIVITY_TYPES) rows.push(line(COUNTY_LABEL, ACTIVITY_LABELS[a], county[a]));
  rows.push(line(COUNTY_LABEL, TOTAL_LABEL, countyTotal));
  putTable(ws, 2, HEADERS, rows, [undefined, undefined, ...FIGURES.map(() => FMT.integer)]);
  widths(ws, [22, 20, 14, 10, 16, 14, 18]);
}
