import type { Workbook } from 'exceljs';
import { NONE_TEXT, NO_TARGETS, SHEETS, TARGET_HEADERS, sheetTitle, problemText } from '../labels.ts';
import type { SupervisionReportModel } from '../model.ts';
import { type CellValue, FMT, put, putTable, putTitle, widths } from './cells.ts';

/** Sheet 重点企业名单: per township, the enterprises the comparison flagged, with the plan's words (RULES 1.7). */
export function addTargetsSheet(wb: Workbook, model: SupervisionReportModel): void {
  const ws = wb.addWorksheet(SHEETS.targets, { views: [{ state: 'frozen', ySplit: 2 }] });
  putTitle(ws, 1, TARGET_HEADERS.length, sheetTitle(SHEETS.targets, model.period));
  const rows: CellValue[][] = [];
  for (const list of model.targetLists) {
    for (const e of list.enterprises) {
      rows.push([
        list.name,
        e.creditCode,
        e.name ?? NONE_TEXT,
        e.eligibleEmployees ?? NONE_TEXT,
        e.coveredEmployees ?? NONE_TEXT,
        e.uninsured ?? NONE_TEXT,
        e.rate ?? NONE_TEXT,
        e.subsidies12m,
        problemText(e),
      ]);
    }
  }
  if (rows.length === 0) {
    putTable(ws, 2, TARGET_HEADERS, []);
    put(ws, 3, 1, NO_TARGETS);
    return;
  }
  putTable(ws, 2, TARGET_HEADERS, rows, [
    undefined,
    undefined,
    undefined,
    FMT.integer,
    FMT.integer,
    FMT.integer,
    FMT.percent1,
    FMT.money,
    undefined,
  ]);
  widths(ws, [16, 22, 34, 10, 10, 10, 10, 16, 60]);
}
