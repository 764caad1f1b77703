import type { TaxPayrollRow } from '../../model/rows.ts';
import { parseResidentId } from '../../normalize/residentId.ts';
import type { Policy } from '../../seeds/policy.ts';
import { isEligible, isWageRow, paidMore } from '../employment.ts';
import { toFen } from '../money.ts';
import type { NameBook } from '../names.ts';

/** An employed person (RULES 1.3) under the one employer they belong to. Internal: holds the full ID. */
export interface EmployedPerson {
  idNumber: string;
  employer: string;
  /** Wage income from that employer at P_tax, in fen. */
  incomeFen: number;
  name: string | undefined;
  eligible: boolean;
}

export interface PayrollFacts {
  /** Rows per employer at P_tax, of any income type (RULES 1.5: «tax-payroll at P_tax has any row for e»). */
  rowsByEmployer: Map<string, number>;
  /** Every employed person once. */
  employed: EmployedPerson[];
}

/** A person's wage rows from one employer at P_tax, summed. */
interface WagesFromEmployer {
  idNumber: string;
  employer: string;
  /** Fen. */
  paid: number;
  name: string | undefined;
}

/**
 * Streams tax-payroll at P_tax into employment (RULES 1.3): wage rows summed per (person, employer),
 * then each person given to the employer that paid the most.
 */
export async function readEmployment(
  rows: AsyncIterable<TaxPayrollRow>,
  endOfP: string,
  policy: Policy,
  names: NameBook,
): Promise<PayrollFacts> {
  const rowsByEmployer = new Map<string, number>();
  // Per person, the wages from each employer in order of appearance: one employer (the usual case)
  // is kept as it is, several as a list. Keyed by person only — a key per (person, employer) pair
  // cost a string a row.
  const paid = new Map<string, WagesFromEmployer | WagesFromEmployer[]>();
  for await (const row of rows) {
    rowsByEmployer.set(row.employerCode, (rowsByEmployer.get(row.employerCode) ?? 0) + 1);
    names.offer('tax-payroll', row.employerCode, row.employerName);
    if (!isWageRow(row)) continue;
    const idNumber = residentIdOf(row, endOfP);
    if (idNumber === undefined) continue; // not a resident ID (passport, …): not a person these rules can age
    const seen = paid.get(idNumber);
    const same = fromEmployer(seen, row.employerCode);
    if (same) {
      same.paid += toFen(row.income);
      same.name ??= row.name || undefined;
      continue;
    }
    const wages = { idNumber, employer: row.employerCode, paid: toFen(row.income), name: row.name || undefined };
    if (seen === undefined) paid.set(idNumber, wages);
    else if (Array.isArray(seen)) seen.push(wages);
    else paid.set(idNumber, [seen, wages]);
  }

  const holder: WagesFromEmployer[] = [];
  for (const wages of paid.values()) {
    if (!Array.isArray(wages)) {
      holder.push(wages);
      continue;
    }
    let best = wages[0] as WagesFromEmployer;
    for (const candidate of wages.slice(1)) if (paidMore(candidate.employer, candidate.paid, best)) best = candidate;
    holder.push(best);
  }
  paid.clear();

  const employed: EmployedPerson[] = [];
  for (const person of holder) {
    employed.push({
      idNumber: person.idNumber,
      employer: person.employer,
      incomeFen: person.paid,
      name: person.name?.normalize('NFKC').trim() || undefined,
      eligible: isEligible(person.idNumber, endOfP, policy),
    });
  }
  return { rowsByEmployer, employed };
}

/** A person's wages from one employer, among what is known of them so far. */
function fromEmployer(
  seen: WagesFromEmployer | WagesFromEmployer[] | undefined,
  employer: string,
): WagesFromEmployer | undefined {
  if (seen === undefined) return undefined;
  if (Array.isArray(seen)) return seen.find((w) => w.employer === employer);
  return seen.employer === employer ? seen : undefined;
}

const RESIDENT_ID = '居民身份证';

/**
 * RULES 1.3 «a person (valid resident ID)»: ingestion has validated and normalized the number when
 * idType is 居民身份证 (DATA-CONTRACT 3.2); any other type counts only if its number is a valid one.
 */
function residentIdOf(row: TaxPayrollRow, endOfP: string): string | undefined {
  if (row.idType === RESIDENT_ID) return row.idNumber;
  const parsed = parseResidentId(row.idNumber, endOfP);
  return parsed.ok ? parsed.id : undefined;
}
