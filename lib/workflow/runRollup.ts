import { DATA_PREFIX } from '../config/names.ts';
import { supervisionReportHtml, supervisionReportModel, supervisionReportXlsx, feedStatus, trendPoint } from '../report/index.ts';
import type { TrendPoint } from '../report/model.ts';
import { activityTotals } from '../rollup/activityTotals.ts';
import { comparisonFacts, rollupFromDataset, rollupSeeds } from '../rollup/index.ts';
import type { RollupResult } from '../rollup/types.ts';
import { loadDepartments } from '../seeds/departments.ts';
import { loadPolicy } from '../seeds/policy.ts';
import { loadTownships } from '../seeds/townships.ts';
import type { Dataset } from '../snapshots/dataset.ts';
import { parsePeriod, periodsBetween } from '../snapshots/period.ts';
import { loadDataset } from '../snapshots/storedDataset.ts';
import { localDate } from '../time/calendar.ts';
import type { WorkflowEnv } from './env.ts';
import { comparisonOf } from './runCompare.ts';
import { inputsFingerprint, loadResult, saveResult } from './resultStore.ts';

export interface RollupRun {
  rollup: RollupResult;
  /** Where the 督查专报 was written. */
  reports: { xlsx: string; html: string };
}

/**
 * The monthly rollup of P (RULES 2): scores stored as a result, the 督查专报 written as XLSX and HTML.
 * Running it twice for a period gives the same stored result.
 */
export async function runRollup(env: WorkflowEnv, period: string, dataset?: Dataset): Promise<RollupRun> {
  const data = dataset ?? (await loadDataset(env.table, env.objects));
  const year = parsePeriod(period).year;
  const seeds = rollupSeeds(year); // fails clearly when the year's quotas are missing
  const policy = loadPolicy(year);
  const { comparison } = await comparisonOf(env, data, period);
  // RULES 2.4: the participation rate as of (Y−1)-12, under the campaign year's policy.
  const { comparison: baseline } = await comparisonOf(env, data, `${year - 1}-12`, year);
  const facts = comparisonFacts(comparison.result, baseline.result, comparison.baseConsolidation.county.ratio);
  const rollup = await rollupFromDataset(data, period, facts, seeds);
  await saveResult(env.objects, 'rollup', period, inputsFingerprint(data, period), env.now(), rollup);

  const townships = loadTownships();
  const model = supervisionReportModel({
    rollup,
    policy: seeds.policy,
    targets: policy.targets,
    issuedOn: localDate(env.now(), env.timeZone),
    activity: await activityTotals(data, period, townships.map((t) => t.code)),
    enterprises: comparison.result.enterprises,
    feeds: feedStatus(data.currentManifests(), period, {
      timeZone: env.timeZone,
      monthlyMaxAgeMonths: policy.payrollMaxAgeMonths,
      townships,
      departments: loadDepartments(),
    }),
    trend: await earlierMonths(env, period),
  });
  const base = `${DATA_PREFIX.reports}${period}/督查专报-${period}`;
  await env.objects.put(`${base}.xlsx`, await supervisionReportXlsx(model), {
    contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  });
  await env.objects.put(`${base}.html`, supervisionReportHtml(model), { contentType: 'text/html; charset=utf-8' });
  return { rollup, reports: { xlsx: env.objects.locate(`${base}.xlsx`), html: env.objects.locate(`${base}.html`) } };
}

/** County completion of the earlier months of the year, from their stored rollups (for the trend chart). */
async function earlierMonths(env: WorkflowEnv, period: string): Promise<TrendPoint[]> {
  const { year, month } = parsePeriod(period);
  if (month === 1) return [];
  const points: TrendPoint[] = [];
  for (const p of periodsBetween(`${year}-01`, period).slice(0, -1)) {
    const stored = await loadResult<RollupResult>(env.objects, 'rollup', p);
    if (stored) points.push(trendPoint(stored.value));
  }
  return points;
}
