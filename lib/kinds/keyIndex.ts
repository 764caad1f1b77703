/**
 * Remembers which row first had each key of a file (DATA-CONTRACT 4.6 duplicates) in a few bytes per
 * key, so a 1,000,000-row payroll file stays within the function's memory: keys are kept as 64-bit
 * hashes (two independent 32-bit FNV-1a) in an open-addressing table, not as strings. Two different
 * keys share a 64-bit hash with probability ~n²/2⁶⁵ (3·10⁻⁸ for a million rows); such a row would be
 * reported as a duplicate of the other — a clerk sees it in the report and no data is lost silently.
 */
export class KeyIndex {
  private hi = new Uint32Array(1 << 12);
  private lo = new Uint32Array(1 << 12);
  private rows = new Uint32Array(1 << 12); // row number + 1; 0 marks an empty slot
  private size = 0;

  /** The row that first had the key, after recording `row` as its first when it is new. */
  firstRowOf(key: string, row: number): number {
    const [h1, h2] = hashes(key);
    const slot = this.find(h1, h2);
    if (this.rows[slot] !== 0) return this.rows[slot] - 1;
    this.hi[slot] = h1;
    this.lo[slot] = h2;
    this.rows[slot] = row + 1;
    if (++this.size * 2 > this.rows.length) this.grow();
    return row;
  }

  private find(h1: number, h2: number): number {
    const mask = this.rows.length - 1;
    let slot = (h1 ^ (h2 >>> 7)) & mask;
    while (this.rows[slot] !== 0 && (this.hi[slot] !== h1 || this.lo[slot] !== h2)) slot = (slot + 1) & mask;
    return slot;
  }

  private grow(): void {
    const { hi, lo, rows } = this;
    this.hi = new Uint32Array(rows.length * 2);
    this.lo = new Uint32Array(rows.length * 2);
    this.rows = new Uint32Array(rows.length * 2);
    for (let i = 0; i < rows.length; i++) {
      if (rows[i] === 0) continue;
      const slot = this.find(hi[i], lo[i]);
      this.hi[slot] = hi[i];
      this.lo[slot] = lo[i];
      this.rows[slot] = rows[i];
    }
  }
}

function hashes(key: string): [number, number] {
  let a = 0x811c9dc5;
  let b = 0x01000193 ^ 0x5bd1e995;
  for (let i = 0; i < key.length; i++) {
    const c = key.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ c, 0x5bd1e995) ^ (b >>> 13);
  }
  return [a >>> 0, b >>> 0];
}
