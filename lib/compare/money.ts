/**
 * Money is summed and compared in whole fen (分): sums of yuan amounts with cents (and 万元 converted
 * at ingestion) stay exact, so «≥ 100000 yuan» holds for 99999.99 + 0.01 (RULES 0: exact thresholds).
 */
export function toFen(yuan: number): number {
  return Math.round(yuan * 100);
}

export function toYuan(fen: number): number {
  return fen / 100;
}
