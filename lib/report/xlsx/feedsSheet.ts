import type { Workbook } from 'exceljs';
import { FEED_HEADERS, FEED_STATE_LABELS, NONE_TEXT, SHEETS, kindLabel, sheetTitle } from '../labels.ts';
import type { SupervisionReportModel } from '../model.ts';
import { FMT, putTable, putTitle, widths } from './cells.ts';

/** Sheet 数据报送情况: which data each department and township sent, and how old it is (RULES 2.5). */
export function addFeedsSheet(wb: Workbook, model: SupervisionReportModel): void {
  const ws = wb.addWorksheet(SHEETS.feeds, { views: [{ state: 'frozen', ySplit: 2 }] });
  putTitle(ws, 1, FEED_HEADERS.length, sheetTitle(SHEETS.feeds, model.period));
  putTable(
    ws,
    2,
    FEED_HEADERS,
    model.feeds.map((f) => [
      kindLabel(f.kind),
      f.source,
      f.period ?? NONE_TEXT,
      f.receivedOn ?? NONE_TEXT,
      f.monthsOld ?? NONE_TEXT,
      FEED_STATE_LABELS[f.state],
    ]),
    [undefined, undefined, undefined, undefined, FMT.integer, undefined],
  );
  widths(ws, [30, 30, 12, 14, 12, 12]);
}
