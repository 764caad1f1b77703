import type { TaxEmployersRow } from '../../model/rows.ts';
import type { NameBook } from '../names.ts';

/** What tax-employers (纳税企业名单及工资总额) says of one enterprise at P_tax. */
export interface TaxEmployerEntry {
  headcount?: number;
  wageTotal?: number;
}

export async function readTaxEmployers(
  rows: AsyncIterable<TaxEmployersRow>,
  names: NameBook,
): Promise<Map<string, TaxEmployerEntry>> {
  const employers = new Map<string, TaxEmployerEntry>();
  for await (const row of rows) {
    names.offer('tax-employers', row.creditCode, row.name);
    employers.set(row.creditCode, { headcount: row.headcount, wageTotal: row.wageTotal });
  }
  return employers;
}
