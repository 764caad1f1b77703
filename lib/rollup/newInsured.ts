import type { InsuredRow } from '../model/rows.ts';
import type { Dataset } from '../snapshots/dataset.ts';
import { TownshipCounter, enterpriseTownship } from './attribution.ts';
import { isActiveInPension } from '../snapshots/activeInPension.ts';
import { type Baseline, loadBaseline } from './baseline.ts';
import { type CountingSpan, countingSpan, dateInSpan } from './span.ts';
import type { BaselineInfo, ComparisonFacts } from './types.ts';

/**
 * RULES 2.2 `newInsured`: persons active in pension as of P and not active in pension in B; without
 * B, persons active in pension as of P whose startDate lies in Y-01-01 .. end(P).
 */
export function isNewInsured(row: InsuredRow, baseline: Baseline, span: CountingSpan): boolean {
  if (!isActiveInPension(row)) return false;
  if (baseline.activeInPension === null) return dateInSpan(row.startDate, span);
  return !baseline.activeInPension.has(row.idNumber);
}

/**
 * RULES 2.2: the township of the person's employer as of P (RULES 1.2); without an employer, the
 * row's township cell; else `unassigned` (undefined here, placed by the counter).
 */
export function newInsuredTownship(
  row: InsuredRow,
  facts: Pick<ComparisonFacts, 'enterpriseTownship'>,
): string | undefined {
  if (row.employerCode) return enterpriseTownship(facts, row.employerCode);
  return row.township;
}

/** Counts new insured persons per township over the insured rows as of P. */
export async function countNewInsured(
  rowsAsOfP: AsyncIterable<InsuredRow> | Iterable<InsuredRow>,
  baseline: Baseline,
  span: CountingSpan,
  facts: Pick<ComparisonFacts, 'enterpriseTownship'>,
  townships: ReadonlySet<string>,
): Promise<Map<string, number>> {
  const counter = new TownshipCounter(townships);
  const counted = new Set<string>(); // persons, not rows
  for await (const row of rowsAsOfP) {
    if (counted.has(row.idNumber) || !isNewInsured(row, baseline, span)) continue;
    counted.add(row.idNumber);
    counter.add(newInsuredTownship(row, facts));
  }
  return counter.tally();
}

/** Reads the baseline and the insured as of P from the dataset and counts. */
export async function newInsured(
  dataset: Dataset,
  period: string,
  facts: Pick<ComparisonFacts, 'enterpriseTownship'>,
  townships: ReadonlySet<string>,
): Promise<{ baseline: BaselineInfo; tally: Map<string, number> }> {
  const baseline = await loadBaseline(dataset, period);
  const tally = await countNewInsured(
    dataset.unitedAsOf('insured', period),
    baseline,
    countingSpan(period),
    facts,
    townships,
  );
  return { baseline: baseline.info, tally };
}
