import type { ContactRow } from '../model/rows.ts';
import type { Dataset } from '../snapshots/dataset.ts';
import { countDistinctEnterprises } from './attribution.ts';
import { flowRowsInSpan } from './flowRows.ts';
import { type CountingSpan, countingSpan, dateInSpan } from './span.ts';
import type { ComparisonFacts } from './types.ts';

/**
 * RULES 2.2 `keyEnterprises` (进重点企业): distinct key enterprises (RULES 1.7, as of P) with a
 * contact record of method 上门走访 dated in Y-01-01 .. end(P), from contacts snapshots of Y-01 .. P.
 */
export async function visitedKeyEnterpriseCodes(
  contacts: AsyncIterable<ContactRow> | Iterable<ContactRow>,
  keyEnterprises: ReadonlySet<string>,
  span: CountingSpan,
): Promise<Set<string>> {
  const codes = new Set<string>();
  for await (const row of contacts) {
    if (row.method !== '上门走访' || !row.creditCode || !keyEnterprises.has(row.creditCode)) continue;
    if (dateInSpan(row.contactedOn, span)) codes.add(row.creditCode);
  }
  return codes;
}

/** Per township (the enterprise's township as of P), the count of visited key enterprises. */
export async function keyEnterprises(
  dataset: Dataset,
  period: string,
  facts: Pick<ComparisonFacts, 'enterpriseTownship' | 'keyEnterprises'>,
  townships: ReadonlySet<string>,
): Promise<Map<string, number>> {
  const span = countingSpan(period);
  const codes = await visitedKeyEnterpriseCodes(
    flowRowsInSpan(dataset, 'contacts', span),
    facts.keyEnterprises,
    span,
  );
  return countDistinctEnterprises(codes, facts, townships);
}
