import ExcelJS from 'exceljs';
import { ISSUER, REPORT_TITLE, sheetTitle } from '../labels.ts';
import type { SupervisionReportModel } from '../model.ts';
import { addActivitySheet } from './activitySheet.ts';
import { addCountySheet } from './countySheet.ts';
import { addFeedsSheet } from './feedsSheet.ts';
import { addLaggingSheet } from './laggingSheet.ts';
import { addRankingSheet } from './rankingSheet.ts';
import { addTargetsSheet } from './targetsSheet.ts';

/**
 * The 督查专报 as a workbook for clerks (RULES 2.5): 排名, 全县情况, 滞后乡镇, 活动统计, 重点企业名单,
 * 数据报送情况. Every text is a string cell; no cell holds a formula (DATA-CONTRACT 5.6).
 */
export async function supervisionReportXlsx(model: SupervisionReportModel): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = ISSUER;
  wb.title = sheetTitle(REPORT_TITLE, model.period);
  // A fixed timestamp from the model keeps the file a function of its data (no clock).
  const issued = new Date(`${model.issuedOn}T00:00:00Z`);
  wb.created = issued;
  wb.modified = issued;
  addRankingSheet(wb, model);
  addCountySheet(wb, model);
  addLaggingSheet(wb, model);
  addActivitySheet(wb, model);
  addTargetsSheet(wb, model);
  addFeedsSheet(wb, model);
  return Buffer.from(await wb.xlsx.writeBuffer());
}
