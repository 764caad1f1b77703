import type { CadreRow, ContactRow } from '../model/rows.ts';
import type { Dataset } from '../snapshots/dataset.ts';

/** One 包保 assignment of the cadres roster (DATA-CONTRACT §3.11). */
export interface Assignment {
  cadreId: string;
  assignmentType: '片区' | '企业';
  /** A township code (片区) or a USCC (企业). */
  target: string;
}

/** A contact record together with the snapshot it came in. */
export interface ContactRecord {
  /** The snapshot's unit: a township or department code. */
  unit: string | null;
  period: string;
  row: ContactRow;
}

export interface CadreDuty {
  cadreId: string;
  /** The cadre's assignments in roster order of (type, target). */
  assignments: Assignment[];
  /** The assignments without a contact this month. */
  missing: Assignment[];
}

/** RULES 4.1 for month P: per cadre, and summed for the leading group's office. */
export interface ContactDutyResult {
  period: string;
  /** Every cadre of the roster as of P, by cadre id. */
  cadres: CadreDuty[];
  totals: { cadres: number; assignments: number; missing: number; cadresWithMissing: number };
}

/**
 * RULES 4.1: every assignment in the cadres roster as of P needs at least one contact record of that
 * cadre dated in P — for 企业, with that USCC (in any contacts snapshot of period P); for 片区, in a
 * contacts snapshot of that township (unit = the township code) of period P.
 */
export function contactDuty(
  period: string,
  roster: readonly CadreRow[],
  contacts: Iterable<ContactRecord>,
): ContactDutyResult {
  const withEnterprise = new Set<string>(); // cadre|USCC
  const inTownship = new Set<string>(); // cadre|unit
  for (const { unit, period: filed, row } of contacts) {
    // RULES 0: flow snapshots of the month, and the record's own date in it.
    if (filed !== period || !row.contactedOn.startsWith(`${period}-`)) continue;
    if (row.creditCode !== undefined) withEnterprise.add(`${row.cadreId}|${row.creditCode}`);
    if (unit !== null) inTownship.add(`${row.cadreId}|${unit}`);
  }

  const byCadre = new Map<string, Assignment[]>();
  const seen = new Set<string>();
  for (const row of roster) {
    const assignment: Assignment = {
      cadreId: row.cadreId,
      assignmentType: row.assignmentType,
      target: row.target,
    };
    const key = `${row.cadreId}|${row.assignmentType}|${row.target}`;
    if (seen.has(key)) continue;
    seen.add(key);
    byCadre.set(row.cadreId, [...(byCadre.get(row.cadreId) ?? []), assignment]);
  }

  const cadres: CadreDuty[] = [...byCadre.keys()].sort(compare).map((cadreId) => {
    const assignments = (byCadre.get(cadreId) ?? []).sort(
      (a, b) =>
        compare(a.assignmentType === '片区' ? '0' : '1', b.assignmentType === '片区' ? '0' : '1') ||
        compare(a.target, b.target),
    );
    const missing = assignments.filter((a) =>
      a.assignmentType === '企业'
        ? !withEnterprise.has(`${cadreId}|${a.target}`)
        : !inTownship.has(`${cadreId}|${a.target}`),
    );
    return { cadreId, assignments, missing };
  });

  return {
    period,
    cadres,
    totals: {
      cadres: cadres.length,
      assignments: cadres.reduce((n, c) => n + c.assignments.length, 0),
      missing: cadres.reduce((n, c) => n + c.missing.length, 0),
      cadresWithMissing: cadres.filter((c) => c.missing.length > 0).length,
    },
  };
}

/** The contact records of the current contacts snapshots with periods in [from, to]. */
export async function contactRecords(dataset: Dataset, from: string, to: string): Promise<ContactRecord[]> {
  const out: ContactRecord[] = [];
  for (const snapshot of dataset.flow('contacts', from, to)) {
    const { unit, period } = snapshot.manifest;
    for await (const row of snapshot.rows()) out.push({ unit, period, row });
  }
  return out;
}

/** The roster as of P: the cadres snapshot(s) as of P, units united (RULES 0). */
export async function cadreRoster(dataset: Dataset, period: string): Promise<CadreRow[]> {
  const out: CadreRow[] = [];
  for await (const row of dataset.unitedAsOf('cadres', period)) out.push(row);
  return out;
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
