import type { Manifest } from '../snapshots/manifest.ts';
import { snapshotId } from '../snapshots/manifest.ts';
import { localDate } from '../time/calendar.ts';

/**
 * RULES 3.2: township code → `submittedOn` for every township that has submitted its survey of Y.
 *
 * A township has submitted when one of its current survey snapshots with a period in Y has an
 * accepted row. `current` are the snapshots the check sees (the newest version of each as of the end
 * of D); `history` every receipt up to then, replaced versions included: the date is that of the
 * earliest receipt of any accepted version of such a snapshot, so a later correction does not move
 * it. A version whose rows were all rejected handed nothing in and does not date the submission.
 */
export function surveySubmissions(
  current: readonly Manifest[],
  history: readonly Manifest[],
  year: number,
  timeZone: string,
): Map<string, string> {
  const handedIn = (m: Manifest) =>
    m.kind === 'survey' &&
    m.unit !== null &&
    m.period.startsWith(`${year}-`) && // a survey filed under another year's period does not count
    m.status === 'accepted' &&
    m.accepted >= 1;

  const earliest = new Map<string, number>(); // snapshot id → earliest receipt (epoch ms)
  for (const m of history) {
    if (!handedIn(m)) continue;
    const id = snapshotId(m);
    const at = Date.parse(m.receivedAt);
    earliest.set(id, Math.min(at, earliest.get(id) ?? at));
  }

  const first = new Map<string, number>(); // township → earliest receipt over its counted snapshots
  for (const m of current) {
    if (!handedIn(m)) continue;
    const unit = m.unit as string;
    const at = earliest.get(snapshotId(m)) ?? Date.parse(m.receivedAt);
    first.set(unit, Math.min(at, first.get(unit) ?? at));
  }
  return new Map([...first].map(([unit, at]) => [unit, localDate(new Date(at), timeZone)]));
}
