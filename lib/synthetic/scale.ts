/**
 * How big the synthetic county is. `county` is Wuyi's size (≈ 25,000 enterprises, ≈ 200,000
 * people); a number multiplies it (2, 4 for benchmarks; below 1 for quick tests); `small` is a
 * sample of ≈ 400 enterprises and ≈ 4,000 people for tests and the demo.
 */
export type ScaleOption = 'small' | 'county' | number;

export interface CountySize {
  /** For messages and the expectations file. */
  label: string;
  enterprises: number;
  /** People with an employer, without one (flexible workers, residents), before the year's growth. */
  people: number;
  /**
   * Share of a township's new-insured target the population can carry. A sample of 1/60 of the
   * county cannot reach Attachment 2's targets of thousands, so below county scale the targets of
   * townships with large quotas shrink with the sample; the townships with quotas of 20 keep theirs,
   * so that every status (超序时, 略滞后, 滞后) shows in the sample too.
   */
  flowFactor: number;
}

const COUNTY_ENTERPRISES = 25_000;
const COUNTY_PEOPLE = 200_000;
/** Below this the planted sorts of enterprises no longer fit. */
const MIN_ENTERPRISES = 150;

export function resolveScale(scale: ScaleOption): CountySize {
  if (scale === 'small') return { label: 'small', enterprises: 400, people: 4_000, flowFactor: 0.04 };
  const multiplier = scale === 'county' ? 1 : scale;
  if (!Number.isFinite(multiplier) || multiplier <= 0)
    throw new Error(`scale must be small, county or a positive number: ${scale}`);
  const enterprises = Math.round(COUNTY_ENTERPRISES * multiplier);
  if (enterprises < MIN_ENTERPRISES) {
    throw new Error(
      `scale ${multiplier} is too small: at least ${MIN_ENTERPRISES / COUNTY_ENTERPRISES} of the county is needed`,
    );
  }
  return {
    label: scale === 'county' ? 'county' : `county×${multiplier}`,
    enterprises,
    people: Math.round(COUNTY_PEOPLE * multiplier),
    flowFactor: Math.min(1, 2.5 * multiplier),
  };
}

/** How many enterprises of a planted sort: a share of all, never fewer than `minimum`. */
export function plantedCount(size: CountySize, share: number, minimum: number): number {
  return Math.max(minimum, Math.round(size.enterprises * share));
}
