/**
 * Remembers which row first had each key of a file (DATA-CONTRACT 4.6 duplicates) in a few bytes per
 * key, so a 1,000,000-row payroll file stays within the function's memory: keys are kept as 64-bit
 * hashes (two independent 32-bit FNV-1a) in an open-addressing table, not as strings. Two different
 * keys share a 64-bit hash with probability ~n²/2⁶⁵ (3·10⁻⁸ for a million rows); such a row would be
 * reported as a duplicate of the other — a clerk sees it in the report and no data is lost silently.
 */
export class KeyIndex {
  /**
   * Slots of three words, side by side so that a probe touches one cache line: the two halves of the
   * hash and the row number + 1 (0 marks an empty slot).
   */
  private table = new Uint32Array(3 << 12);
  private capacity = 1 << 12;
  private size = 0;

  /** The row that first had the key, after recording `row` as its first when it is new. */
  firstRowOf(key: string, row: number): number {
    const [h1, h2] = hashes(key);
    const at = this.find(h1, h2) * 3;
    const table = this.table;
    if (table[at + 2] !== 0) return (table[at + 2] as number) - 1;
    table[at] = h1;
    table[at + 1] = h2;
    table[at + 2] = row + 1;
    // Up to three quarters full: 16–32 bytes a row (a 1 GiB file of ~10M rows needs ~300 MB at the
    // moment it grows), with short probe runs as the slots sit side by side.
    if (++this.size * 4 > this.capacity * 3) this.grow();
    return row;
  }

  private find(h1: number, h2: number): number {
    const mask = this.capacity - 1;
    const table = this.table;
    let slot = (h1 ^ (h2 >>> 7)) & mask;
    while (table[slot * 3 + 2] !== 0 && (table[slot * 3] !== h1 || table[slot * 3 + 1] !== h2)) {
      slot = (slot + 1) & mask;
    }
    return slot;
  }

  private grow(): void {
    const old = this.table;
    this.capacity *= 2;
    this.table = new Uint32Array(this.capacity * 3);
    for (let at = 0; at < old.length; at += 3) {
      if (old[at + 2] === 0) continue;
      const h1 = old[at] as number;
      const h2 = old[at + 1] as number;
      const slot = this.find(h1, h2) * 3;
      this.table[slot] = h1;
      this.table[slot + 1] = h2;
      this.table[slot + 2] = old[at + 2] as number;
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
