/**
 * RULES 0: «Names in outputs are the NFKC-normalized text of the first source that has one:
 * registry, tax-employers, tax-payroll, insured, newform, survey, subsidies.»
 */
export const NAME_SOURCES = [
  'registry',
  'tax-employers',
  'tax-payroll',
  'insured',
  'newform',
  'survey',
  'subsidies',
] as const;
export type NameSource = (typeof NAME_SOURCES)[number];

const RANK = new Map<NameSource, number>(NAME_SOURCES.map((source, rank) => [source, rank]));

/** The best name offered so far per enterprise: an earlier source wins; within a source, the first offer. */
export class NameBook {
  private readonly best = new Map<string, { rank: number; name: string }>();

  offer(source: NameSource, creditCode: string, name: string | undefined): void {
    if (name === undefined) return;
    const rank = RANK.get(source) ?? NAME_SOURCES.length;
    const seen = this.best.get(creditCode);
    if (seen && seen.rank <= rank) return; // checked before normalizing: offered once per payroll row
    const text = name.normalize('NFKC').trim();
    if (text !== '') this.best.set(creditCode, { rank, name: text });
  }

  nameOf(creditCode: string): string | null {
    return this.best.get(creditCode)?.name ?? null;
  }
}
