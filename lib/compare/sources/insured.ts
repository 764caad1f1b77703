import type { InsuredRow } from '../../model/rows.ts';
import { isActiveInPension } from '../../snapshots/activeInPension.ts';
import { coversPerson } from '../covered.ts';
import type { NameBook } from '../names.ts';

/** A person active in the enterprise pension scheme as of P. */
export interface PensionMembership {
  /** undefined: not through an employer (灵活就业). */
  employer: string | undefined;
  base: number | undefined;
}

/** What insured (参保人员名单) as of P says, reduced to what the rules ask. Internal: full IDs. */
export interface InsuredFacts {
  /** RULES 1.4: covered persons. */
  covered: Set<string>;
  /** Active pension memberships, one per person. */
  pension: Map<string, PensionMembership>;
  /** Active injury memberships: person → employer (undefined without one). */
  injury: Map<string, string | undefined>;
  /** Employers of any row, whatever the scheme or status (RULES 1.1). */
  employers: Set<string>;
}

export async function readInsured(rows: AsyncIterable<InsuredRow>, names: NameBook): Promise<InsuredFacts> {
  const facts: InsuredFacts = {
    covered: new Set(),
    pension: new Map(),
    injury: new Map(),
    employers: new Set(),
  };
  for await (const row of rows) {
    if (row.employerCode !== undefined) {
      facts.employers.add(row.employerCode);
      names.offer('insured', row.employerCode, row.employerName);
    }
    if (coversPerson(row)) facts.covered.add(row.idNumber);
    if (isActiveInPension(row)) facts.pension.set(row.idNumber, { employer: row.employerCode, base: row.base });
    else if (row.status === 'active' && row.scheme === 'injury') facts.injury.set(row.idNumber, row.employerCode);
  }
  return facts;
}

/** Per employer: RULES 1.5 `insured` and `injuryGap`, and how many are active in injury (NEWFORM_NO_INJURY). */
export interface InsuredCounts {
  insured: number;
  injuryGap: number;
  injuryInsured: number;
}

export function insuredCounts(facts: InsuredFacts): Map<string, InsuredCounts> {
  const counts = new Map<string, InsuredCounts>();
  const of = (employer: string): InsuredCounts => {
    let c = counts.get(employer);
    if (!c) {
      c = { insured: 0, injuryGap: 0, injuryInsured: 0 };
      counts.set(employer, c);
    }
    return c;
  };
  // RULES 1.5 insured: distinct persons active in the pension scheme with employerCode e.
  // injuryGap: of them, those not active in injury with employer e.
  for (const [idNumber, { employer }] of facts.pension) {
    if (employer === undefined) continue;
    const c = of(employer);
    c.insured += 1;
    if (facts.injury.get(idNumber) !== employer) c.injuryGap += 1;
  }
  for (const employer of facts.injury.values()) if (employer !== undefined) of(employer).injuryInsured += 1;
  return counts;
}
