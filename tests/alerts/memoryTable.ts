import type { Item, PutCondition, Table } from '../../lib/storage/ports.ts';

/**
 * An in-memory Table honouring the conditions as ports.ts documents them: `ifNotExists` — no item
 * with the key; `ifMatch` — the item exists and each named attribute equals the value. Every call
 * yields to the event loop first, so concurrent callers really interleave between a read and a write.
 */
export class MemoryTable implements Table {
  readonly items = new Map<string, Item>();
  puts = 0;

  private static key(pk: string, sk: string): string {
    return JSON.stringify([pk, sk]);
  }

  async get(pk: string, sk: string): Promise<Item | undefined> {
    await tick();
    const item = this.items.get(MemoryTable.key(pk, sk));
    return item === undefined ? undefined : structuredClone(item);
  }

  async put(item: Item, condition?: PutCondition): Promise<boolean> {
    await tick();
    this.puts++;
    const key = MemoryTable.key(item.pk, item.sk);
    const existing = this.items.get(key);
    if (condition?.ifNotExists && existing !== undefined) return false;
    if (condition?.ifMatch !== undefined) {
      if (existing === undefined) return false;
      for (const [name, value] of Object.entries(condition.ifMatch))
        if (existing[name] !== value) return false;
    }
    this.items.set(key, structuredClone(item));
    return true;
  }

  async query(pk: string, options: { skPrefix?: string } = {}): Promise<Item[]> {
    await tick();
    return [...this.items.values()]
      .filter((i) => i.pk === pk && i.sk.startsWith(options.skPrefix ?? ''))
      .sort((a, b) => (a.sk < b.sk ? -1 : a.sk > b.sk ? 1 : 0))
      .map((i) => structuredClone(i));
  }

  async delete(pk: string, sk: string): Promise<void> {
    await tick();
    this.items.delete(MemoryTable.key(pk, sk));
  }
}

function tick(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}
