import type { ContactRow, EnforcementRow, SurveyRow } from '../model/rows.ts';
import type { Dataset } from '../snapshots/dataset.ts';
import { countDistinctEnterprises } from './attribution.ts';
import { flowRowsInSpan } from './flowRows.ts';
import { type CountingSpan, countingSpan, dateInSpan } from './span.ts';
import type { ComparisonFacts } from './types.ts';

type Rows<R> = AsyncIterable<R> | Iterable<R>;

/**
 * RULES 2.2 `coveredEnterprises`: distinct enterprises with a survey row, a contact record with
 * that USCC, or an enforcement record in the span. Survey rows count by their snapshot's period
 * (the caller passes those of Y-01 .. P); contact and enforcement records, read from snapshots of
 * Y-01 .. P, also need their own date in Y-01-01 .. end(P) (RULES 0).
 */
export async function coveredEnterpriseCodes(
  records: { survey: Rows<SurveyRow>; contacts: Rows<ContactRow>; enforcement: Rows<EnforcementRow> },
  span: CountingSpan,
): Promise<Set<string>> {
  const codes = new Set<string>();
  for await (const row of records.survey) codes.add(row.creditCode);
  for await (const row of records.contacts) {
    if (row.creditCode && dateInSpan(row.contactedOn, span)) codes.add(row.creditCode);
  }
  for await (const row of records.enforcement) {
    if (dateInSpan(row.actedOn, span)) codes.add(row.creditCode);
  }
  return codes;
}

/** Per township (the enterprise's township as of P), the count of covered enterprises. */
export async function coveredEnterprises(
  dataset: Dataset,
  period: string,
  facts: Pick<ComparisonFacts, 'enterpriseTownship'>,
  townships: ReadonlySet<string>,
): Promise<Map<string, number>> {
  const span = countingSpan(period);
  const codes = await coveredEnterpriseCodes(
    {
      survey: flowRowsInSpan(dataset, 'survey', span),
      contacts: flowRowsInSpan(dataset, 'contacts', span),
      enforcement: flowRowsInSpan(dataset, 'enforcement', span),
    },
    span,
  );
  return countDistinctEnterprises(codes, facts, townships);
}
