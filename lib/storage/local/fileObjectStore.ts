/**
 * The local ObjectStore: every object is a file under a root folder, its path the key with each
 * `/`-separated segment encoded by the name codec (DATA-CONTRACT 5.6: paths stay inside the data
 * directory, unsafe characters percent-encoded). A key like `rejects/tax-payroll/2023-03/工资.csv.csv`
 * is stored at exactly that path, so a clerk finds reports where the key says they are.
 */
import type { Dirent } from 'node:fs';
import { open, readdir, readFile } from 'node:fs/promises';
import { resolve, sep } from 'node:path';
import type { Readable } from 'node:stream';
import { NotFoundError, type ObjectStore } from '../ports.ts';
import { copyFileAtomic, writeFileAtomic } from './atomicWrite.ts';
import { compareCodePoints } from './codePointOrder.ts';
import { StorageKeyError } from './errors.ts';
import { LOCAL_STORAGE_MESSAGES } from './messages.ts';
import { continuesInNext, decodeComponents, encodeSegment } from './nameCodec.ts';

/** Linux allows 4096 bytes in a path; stay well below so every platform can open the file. */
const MAX_PATH_BYTES = 3000;

/** Errors meaning "no object here": absent, or a parent on the way is not a folder. */
const ABSENT = new Set(['ENOENT', 'ENOTDIR', 'EISDIR']);

function errorCode(err: unknown): string {
  return (err as NodeJS.ErrnoException).code ?? '';
}

export class FileObjectStore implements ObjectStore {
  private readonly root: string;
  private readonly reservedTop: ReadonlySet<string>;

  /**
   * @param root folder the keys are relative to.
   * @param reservedTopNames top-level names the caller keeps for other files (e.g. `outbox`); a key
   *   whose first segment equals one (ignoring case) is stored under an escaped name instead, and
   *   those folders are never listed as objects.
   */
  constructor(root: string, reservedTopNames: readonly string[] = []) {
    this.root = resolve(root);
    this.reservedTop = new Set(reservedTopNames.map((n) => n.toLowerCase()));
  }

  /** The file-name components of a key, relative to the root. */
  private components(key: string): string[] {
    if (key === '') throw new StorageKeyError(LOCAL_STORAGE_MESSAGES.emptyKey, key);
    const components = key
      .split('/')
      .flatMap((segment, i) => encodeSegment(segment, i === 0 ? this.reservedTop : undefined));
    if (Buffer.byteLength(components.join('/'), 'utf8') > MAX_PATH_BYTES) {
      throw new StorageKeyError(LOCAL_STORAGE_MESSAGES.keyTooLong(key), key);
    }
    return components;
  }

  private pathOf(key: string): string {
    const path = resolve(this.root, ...this.components(key));
    // Belt and braces: the codec cannot produce `..` or absolute names, but never write outside.
    if (!path.startsWith(this.root + sep))
      throw new StorageKeyError(LOCAL_STORAGE_MESSAGES.outsideRoot(key), key);
    return path;
  }

  async put(key: string, body: Buffer | string): Promise<void> {
    await this.store(key, (path) => writeFileAtomic(path, body));
  }

  async putFile(key: string, from: string): Promise<void> {
    await this.store(key, (path) => copyFileAtomic(from, path));
  }

  private async store(key: string, write: (path: string) => Promise<void>): Promise<void> {
    const path = this.pathOf(key);
    try {
      await write(path);
    } catch (err) {
      if (['ENOTDIR', 'EISDIR', 'EEXIST'].includes(errorCode(err))) {
        throw new StorageKeyError(LOCAL_STORAGE_MESSAGES.keyConflict(key), key);
      }
      throw err;
    }
  }

  async get(key: string): Promise<Buffer | undefined> {
    try {
      return await readFile(this.pathOf(key));
    } catch (err) {
      if (ABSENT.has(errorCode(err))) return undefined;
      throw err;
    }
  }

  async openRead(key: string): Promise<Readable> {
    const path = this.pathOf(key);
    try {
      // Open first so absence is reported here, not as a stream error later.
      const handle = await open(path, 'r');
      if (!(await handle.stat()).isFile()) {
        await handle.close();
        throw new NotFoundError(key);
      }
      return handle.createReadStream();
    } catch (err) {
      if (ABSENT.has(errorCode(err))) throw new NotFoundError(key);
      throw err;
    }
  }

  async list(prefix: string): Promise<string[]> {
    // Start at the deepest folder every match must be under: the prefix's complete segments.
    const complete = prefix.split('/').slice(0, -1);
    const startComponents = complete.flatMap((segment, i) =>
      encodeSegment(segment, i === 0 ? this.reservedTop : undefined),
    );
    const keys: string[] = [];
    await this.walk(startComponents, (components) => {
      const segments = decodeComponents(components);
      if (segments === undefined) return;
      const key = segments.join('/');
      if (key.startsWith(prefix) && this.isCanonical(key, components)) keys.push(key);
    });
    return keys.sort(compareCodePoints);
  }

  /** Only names this store writes are objects: a file someone else dropped here is not. */
  private isCanonical(key: string, components: readonly string[]): boolean {
    try {
      return key !== '' && this.components(key).join('/') === components.join('/');
    } catch {
      return false;
    }
  }

  private async walk(components: string[], visit: (components: string[]) => void): Promise<void> {
    let entries: Dirent[];
    try {
      entries = await readdir(resolve(this.root, ...components), { withFileTypes: true });
    } catch (err) {
      if (ABSENT.has(errorCode(err))) return;
      throw err;
    }
    for (const entry of entries) {
      const name = entry.name;
      // Temp, lock and hidden files start with `.`; reserved top-level folders belong to others.
      if (name.startsWith('.')) continue;
      if (components.length === 0 && this.reservedTop.has(name.toLowerCase())) continue;
      const next = [...components, name];
      if (entry.isDirectory()) await this.walk(next, visit);
      else if (entry.isFile() && !continuesInNext(name)) visit(next);
    }
  }

  locate(key: string): string {
    return this.components(key).join('/');
  }
}
