import { UNASSIGNED } from '../seeds/townships.ts';
import type { ComparisonFacts } from './types.ts';

/**
 * Where a count lands: one of the scored townships, or `unassigned` (county departments, enterprises
 * with no township, codes that are not a township).
 */
export class TownshipCounter {
  private readonly counts = new Map<string, number>();

  constructor(private readonly townships: ReadonlySet<string>) {}

  /** The township itself when it is one of the scored ones, else `unassigned`. */
  place(code: string | undefined | null): string {
    return code !== undefined && code !== null && this.townships.has(code) ? code : UNASSIGNED;
  }

  add(code: string | undefined | null, amount = 1): void {
    const at = this.place(code);
    this.counts.set(at, (this.counts.get(at) ?? 0) + amount);
  }

  tally(): Map<string, number> {
    return new Map(this.counts);
  }
}

/** RULES 2.2: enterprise-based actuals go to the enterprise's township as of P (RULES 1.2). */
export function enterpriseTownship(
  facts: Pick<ComparisonFacts, 'enterpriseTownship'>,
  creditCode: string,
): string {
  return facts.enterpriseTownship.get(creditCode) ?? UNASSIGNED;
}

/** Counts distinct enterprises per township. */
export function countDistinctEnterprises(
  creditCodes: Iterable<string>,
  facts: Pick<ComparisonFacts, 'enterpriseTownship'>,
  townships: ReadonlySet<string>,
): Map<string, number> {
  const counter = new TownshipCounter(townships);
  for (const code of new Set(creditCodes)) counter.add(enterpriseTownship(facts, code));
  return counter.tally();
}
