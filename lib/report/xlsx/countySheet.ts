import type { Workbook } from 'exceljs';
import { METRICS } from '../../seeds/quotas.ts';
import {
  COUNTY_HEADERS,
  COUNTY_ROWS,
  METRIC_LABELS,
  METRIC_UNITS,
  NONE_TEXT,
  SHEETS,
  baselineText,
  countyVerdict,
  sheetTitle,
  targetText,
} from '../labels.ts';
import type { SupervisionReportModel } from '../model.ts';
import { type CellValue, FMT, put, putTable, putTitle, widths } from './cells.ts';

/** Sheet 全县情况: the county figures against the plan's targets (RULES 2.4). */
export function addCountySheet(wb: Workbook, model: SupervisionReportModel): void {
  const ws = wb.addWorksheet(SHEETS.county);
  const c = model.rollup.county;
  const t = model.targets;
  putTitle(ws, 1, COUNTY_HEADERS.length, sheetTitle(SHEETS.county, model.period));
  const rows: { values: CellValue[]; fmt: string }[] = [
    {
      values: [
        COUNTY_ROWS.newInsured,
        targetText('newInsured', t.newInsured),
        c.actual.newInsured,
        countyVerdict.completion(c.actual.newInsured / t.newInsured),
      ],
      fmt: FMT.integer,
    },
    ...METRICS.filter((m) => m !== 'newInsured').map((m) => ({
      values: [
        `${METRIC_LABELS[m]}（${METRIC_UNITS[m]}）`,
        c.quota[m],
        c.actual[m],
        c.completion[m] === null ? NONE_TEXT : countyVerdict.completion(c.completion[m]),
      ] as CellValue[],
      fmt: FMT.integer,
    })),
    {
      values: [COUNTY_ROWS.participationRate, NONE_TEXT, c.participationRate ?? NONE_TEXT, NONE_TEXT],
      fmt: FMT.percent2,
    },
    {
      values: [
        COUNTY_ROWS.participationRateBaseline,
        NONE_TEXT,
        c.participationRateBaseline ?? NONE_TEXT,
        NONE_TEXT,
      ],
      fmt: FMT.percent2,
    },
    {
      values: [
        COUNTY_ROWS.participationGain,
        targetText('gainPp', t.participationGainPp),
        c.participationRateGainPp ?? NONE_TEXT,
        countyVerdict.against(c.participationRateGainPp, t.participationGainPp),
      ],
      fmt: '0.00',
    },
    {
      values: [
        COUNTY_ROWS.baseConsolidation,
        targetText('base', t.baseConsolidation, t.baseConsolidationFrom),
        c.baseConsolidation ?? NONE_TEXT,
        countyVerdict.against(c.baseConsolidation, t.baseConsolidation),
      ],
      fmt: FMT.percent2,
    },
    {
      values: [COUNTY_ROWS.timeProgress, NONE_TEXT, model.rollup.timeProgress, NONE_TEXT],
      fmt: FMT.percent1,
    },
    {
      values: [COUNTY_ROWS.baseline, NONE_TEXT, baselineText(model.rollup.baseline), NONE_TEXT],
      fmt: FMT.text,
    },
  ];
  putTable(
    ws,
    2,
    COUNTY_HEADERS,
    rows.map((r) => r.values),
  );
  // Number formats differ by line, not by column.
  rows.forEach((r, i) => {
    const value = r.values[2];
    if (typeof value === 'number') put(ws, 3 + i, 3, value, r.fmt);
  });
  widths(ws, [30, 26, 16, 22]);
}
