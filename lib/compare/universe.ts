/**
 * RULES 1.1 Enterprises: «every USCC in registry, tax-employers, tax-payroll (employers), insured
 * (employers of any row), newform, survey (Y-01..P) and subsidies (12 months ending P)», by creditCode.
 */
export function enterpriseUniverse(sources: Iterable<Iterable<string>>): string[] {
  const codes = new Set<string>();
  for (const source of sources) for (const code of source) codes.add(code);
  return [...codes].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}
