import type { Workbook } from 'exceljs';
import { METRICS } from '../../seeds/quotas.ts';
import type { MetricValues } from '../../rollup/types.ts';
import {
  COUNTY_LABEL,
  METRIC_LABELS,
  NONE_TEXT,
  NO_STATUS,
  RANKING_HEADERS,
  REPORT_TITLE,
  SHEETS,
  STATUS_LABELS,
  UNASSIGNED_LABEL,
  rankingNote,
  sheetTitle,
} from '../labels.ts';
import type { SupervisionReportModel } from '../model.ts';
import { type CellValue, FMT, put, putHeader, putTitle, widths } from './cells.ts';

const WIDTH = 2 + METRICS.length * 3 + 2;

/** Sheet 排名: every township's quota, actual and completion per metric, score, status and rank (RULES 2.3). */
export function addRankingSheet(wb: Workbook, model: SupervisionReportModel): void {
  const ws = wb.addWorksheet(SHEETS.ranking, { views: [{ state: 'frozen', xSplit: 2, ySplit: 4 }] });
  const { rollup } = model;
  putTitle(ws, 1, WIDTH, sheetTitle(REPORT_TITLE, model.period));
  putTitle(ws, 2, WIDTH, rankingNote(`${(rollup.timeProgress * 100).toFixed(1)}%`, rollup.baseline), 11);

  // Two header rows: the metric over its three columns, then 任务数 / 完成数 / 完成率.
  putHeader(ws, 3, 1, RANKING_HEADERS.rank);
  putHeader(ws, 3, 2, RANKING_HEADERS.township);
  METRICS.forEach((metric, i) => {
    const col = 3 + i * 3;
    putHeader(ws, 3, col, METRIC_LABELS[metric]);
    ws.mergeCells(3, col, 3, col + 2);
    putHeader(ws, 4, col, RANKING_HEADERS.quota);
    putHeader(ws, 4, col + 1, RANKING_HEADERS.actual);
    putHeader(ws, 4, col + 2, RANKING_HEADERS.completion);
  });
  putHeader(ws, 3, WIDTH - 1, RANKING_HEADERS.score);
  putHeader(ws, 3, WIDTH, RANKING_HEADERS.status);
  for (const col of [1, 2, WIDTH - 1, WIDTH]) ws.mergeCells(3, col, 4, col);

  let row = 5;
  for (const t of rollup.townships) {
    writeLine(ws, row++, [t.rank, t.name], t.quota, t.actual, t.completion, [
      t.score,
      t.status ? STATUS_LABELS[t.status] : NO_STATUS,
    ]);
  }
  writeLine(ws, row++, [NONE_TEXT, UNASSIGNED_LABEL], null, rollup.unassigned, null, [NONE_TEXT, NONE_TEXT]);
  const c = rollup.county;
  writeLine(ws, row, [NONE_TEXT, COUNTY_LABEL], c.quota, c.actual, c.completion, [NONE_TEXT, NONE_TEXT]);
  ws.getRow(row).font = { bold: true };
  widths(ws, [6, 18, ...METRICS.flatMap(() => [9, 9, 9]), 8, 10]);
}

function writeLine(
  ws: import('exceljs').Worksheet,
  row: number,
  head: CellValue[],
  quota: MetricValues | null,
  actual: MetricValues,
  completion: MetricValues<number | null> | null,
  tail: CellValue[],
): void {
  for (const [i, v] of head.entries()) put(ws, row, i + 1, v);
  METRICS.forEach((metric, i) => {
    const col = 3 + i * 3;
    put(ws, row, col, quota ? quota[metric] : NONE_TEXT, FMT.integer);
    put(ws, row, col + 1, actual[metric], FMT.integer);
    put(ws, row, col + 2, completion?.[metric] ?? NONE_TEXT, FMT.percent1);
  });
  put(ws, row, WIDTH - 1, tail[0], FMT.score);
  put(ws, row, WIDTH, tail[1]);
}
