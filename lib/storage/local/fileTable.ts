/**
 * The local Table: one folder per partition key, one JSON file per item named after its sort key
 * (`<root>/<pk>/<sk>.json`, both encoded by the name codec so any key is a safe file name). Writes
 * replace the file atomically; every write of an item holds that item's lock file, so conditional
 * puts behave as DynamoDB's do even when several processes share the data directory.
 */
import { type Dirent, existsSync } from 'node:fs';
import { mkdir, readdir, readFile, rm } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import type { Item, PutCondition, Table } from '../ports.ts';
import { writeFileAtomic } from './atomicWrite.ts';
import { compareCodePoints } from './codePointOrder.ts';
import { StorageKeyError } from './errors.ts';
import { type LockOptions, withFileLock } from './fileLock.ts';
import { LOCAL_STORAGE_MESSAGES } from './messages.ts';
import { continuesInNext, decodeComponents, encodeSegment } from './nameCodec.ts';

const ITEM_SUFFIX = '.json';

function errorCode(err: unknown): string {
  return (err as NodeJS.ErrnoException).code ?? '';
}

function checkKey(pk: unknown, sk: unknown = '-'): void {
  // DynamoDB refuses empty or non-string key attributes; so does this table, to catch bugs locally.
  if (typeof pk !== 'string' || typeof sk !== 'string' || pk === '' || sk === '') {
    throw new StorageKeyError(LOCAL_STORAGE_MESSAGES.emptyItemKey, `${String(pk)}|${String(sk)}`);
  }
}

function skComponents(sk: string): string[] {
  const components = encodeSegment(sk);
  components[components.length - 1] += ITEM_SUFFIX;
  return components;
}

function matches(existing: Item | undefined, condition: PutCondition): boolean {
  if (condition.ifNotExists && existing !== undefined) return false;
  if (condition.ifMatch !== undefined) {
    if (existing === undefined) return false;
    for (const [name, value] of Object.entries(condition.ifMatch)) {
      if (existing[name] !== value) return false;
    }
  }
  return true;
}

export class FileTable implements Table {
  private readonly root: string;

  constructor(
    root: string,
    private readonly lockOptions: LockOptions = {},
  ) {
    this.root = resolve(root);
  }

  private partitionDir(pk: string): string {
    return resolve(this.root, ...encodeSegment(pk));
  }

  private itemPath(pk: string, sk: string): string {
    checkKey(pk, sk);
    return resolve(this.partitionDir(pk), ...skComponents(sk));
  }

  private async read(path: string): Promise<Item | undefined> {
    try {
      return JSON.parse(await readFile(path, 'utf8')) as Item;
    } catch (err) {
      if (['ENOENT', 'ENOTDIR'].includes(errorCode(err))) return undefined;
      throw err;
    }
  }

  /** Runs a write of one item under its lock (the lock file sits next to the item file). */
  private async locked<T>(path: string, task: () => Promise<T>): Promise<T> {
    const dir = dirname(path);
    await mkdir(dir, { recursive: true });
    const lockPath = join(dir, `.${basename(path)}.lock`);
    return withFileLock(lockPath, task, this.lockOptions);
  }

  async get(pk: string, sk: string): Promise<Item | undefined> {
    return this.read(this.itemPath(pk, sk));
  }

  async put(item: Item, condition?: PutCondition): Promise<boolean> {
    const path = this.itemPath(item.pk, item.sk);
    const body = JSON.stringify(item);
    return this.locked(path, async () => {
      if (condition !== undefined && !matches(await this.read(path), condition)) return false;
      await writeFileAtomic(path, body);
      return true;
    });
  }

  async delete(pk: string, sk: string): Promise<void> {
    const path = this.itemPath(pk, sk);
    if (!existsSync(dirname(path))) return; // no partition folder, no item: nothing to lock or delete
    await this.locked(path, () => rm(path, { force: true }));
  }

  async query(pk: string, options: { skPrefix?: string } = {}): Promise<Item[]> {
    checkKey(pk);
    const prefix = options.skPrefix ?? '';
    const dir = this.partitionDir(pk);
    const sortKeys: string[] = [];
    await this.walk(dir, [], (components) => {
      const last = components[components.length - 1];
      if (!last.endsWith(ITEM_SUFFIX)) return;
      const named = [...components.slice(0, -1), last.slice(0, -ITEM_SUFFIX.length)];
      const segments = decodeComponents(named);
      if (segments?.length !== 1) return;
      const sk = segments[0];
      if (sk === '' || !sk.startsWith(prefix)) return;
      // Only canonical names are items: a file someone else dropped here is not.
      if (skComponents(sk).join('/') === components.join('/')) sortKeys.push(sk);
    });
    sortKeys.sort(compareCodePoints);
    const items: Item[] = [];
    for (const sk of sortKeys) {
      const item = await this.read(resolve(dir, ...skComponents(sk)));
      if (item !== undefined) items.push(item); // deleted since the listing: gone
    }
    return items;
  }

  private async walk(
    dir: string,
    components: string[],
    visit: (components: string[]) => void,
  ): Promise<void> {
    let entries: Dirent[];
    try {
      entries = await readdir(resolve(dir, ...components), { withFileTypes: true });
    } catch (err) {
      if (['ENOENT', 'ENOTDIR'].includes(errorCode(err))) return;
      throw err;
    }
    for (const entry of entries) {
      if (entry.name.startsWith('.')) continue; // lock and temp files
      const next = [...components, entry.name];
      // Sub-folders of a partition exist only where a long sort key was split.
      if (entry.isDirectory() && continuesInNext(entry.name)) await this.walk(dir, next, visit);
      else if (entry.isFile()) visit(next);
    }
  }
}
