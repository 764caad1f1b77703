/** The 督查专报 (RULES 2.5): the report model, its XLSX for clerks and its HTML for reading. */
export type {
  ActivityLine,
  FeedState,
  FeedStatusRow,
  LaggingTownship,
  MetricBehind,
  ReportTargets,
  SupervisionReportModel,
  TargetEnterprise,
  TownshipProgress,
  TownshipTargetList,
  TrendPoint,
} from './model.ts';
export { type SupervisionReportParts, supervisionReportModel } from './supervisionReportModel.ts';
export { supervisionReportXlsx } from './xlsx/supervisionReportXlsx.ts';
export { supervisionReportHtml } from './html/supervisionReportHtml.ts';
export { type FeedStatusOptions, feedStatus } from './feedStatus.ts';
export { targetLists } from './targetLists.ts';
export { laggingTownships } from './laggingTownships.ts';
export { trendPoint, yearTrend } from './trend.ts';
