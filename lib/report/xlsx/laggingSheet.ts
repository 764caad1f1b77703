import type { Workbook } from 'exceljs';
import {
  LAGGING_HEADERS,
  METRIC_LABELS,
  NONE_TEXT,
  NO_LAGGING,
  SHEETS,
  STATUS_LABELS,
  sheetTitle,
} from '../labels.ts';
import type { SupervisionReportModel } from '../model.ts';
import { type CellValue, FMT, put, putTable, putTitle, widths } from './cells.ts';

/** Sheet 滞后乡镇: townships behind time progress, one line per metric behind (RULES 2.5). */
export function addLaggingSheet(wb: Workbook, model: SupervisionReportModel): void {
  const ws = wb.addWorksheet(SHEETS.lagging);
  putTitle(ws, 1, LAGGING_HEADERS.length, sheetTitle(SHEETS.lagging, model.period));
  const rows: CellValue[][] = [];
  for (const t of model.lagging) {
    const head: CellValue[] = [t.rank ?? NONE_TEXT, t.name, STATUS_LABELS[t.status], t.score ?? NONE_TEXT];
    if (t.behind.length === 0) rows.push([...head, NONE_TEXT, null, null, null, null, null]);
    for (const b of t.behind) {
      rows.push([
        ...head,
        METRIC_LABELS[b.metric],
        b.quota,
        b.actual,
        b.completion,
        b.dueByTimeProgress,
        b.shortfall,
      ]);
    }
  }
  if (rows.length === 0) {
    put(ws, 2, 1, NO_LAGGING);
    return;
  }
  putTable(ws, 2, LAGGING_HEADERS, rows, [
    FMT.integer,
    undefined,
    undefined,
    FMT.score,
    undefined,
    FMT.integer,
    FMT.integer,
    FMT.percent1,
    FMT.integer,
    FMT.integer,
  ]);
  widths(ws, [6, 16, 10, 8, 22, 10, 10, 10, 16, 10]);
}
