import type { Rational } from './rational.ts';
import { compareBasis } from './scoring.ts';

export interface Rankable {
  code: string;
  score: number | null;
  basis: Rational | null;
}

/**
 * RULES 2.3: rank by the rounded score, then the basis, both descending; equal pairs share a rank
 * and the next rank skips (1, 2, 2, 4). Returned in rank order, then code. A township with nothing
 * to score (no quota at all) gets no rank and comes last.
 */
export function rankTownships<T extends Rankable>(items: readonly T[]): { item: T; rank: number | null }[] {
  const better = (a: T, b: T): number => {
    if (a.score !== b.score) return a.score === null ? 1 : b.score === null ? -1 : b.score - a.score;
    return compareBasis(b.basis, a.basis);
  };
  const sorted = [...items].sort((a, b) => better(a, b) || (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
  const ranked: { item: T; rank: number | null }[] = [];
  sorted.forEach((item, index) => {
    if (item.score === null) {
      ranked.push({ item, rank: null });
      return;
    }
    const previous = ranked[index - 1];
    const tied = previous !== undefined && better(previous.item, item) === 0;
    ranked.push({ item, rank: tied ? (previous.rank as number) : index + 1 });
  });
  return ranked;
}
