/**
 * Local mode's storage (ARCHITECTURE «Local mode»): everything under one data directory, on disk,
 * surviving restarts, nothing written outside it.
 *
 *   <dataDir>/curated/…, rejects/…, reports/…, results/…   objects, at the keys' own paths
 *   <dataDir>/.table/<pk>/<sk>.json                         table items
 *   <dataDir>/outbox/alerts.jsonl                           alerts that would have been sent
 *
 * Objects sit at the top so a clerk finds `rejects/<their file>.csv` right in the data directory;
 * `locate()` answers with that relative path. An object key that starts with `outbox` (any case) is
 * stored under an escaped name, so it can never touch the outbox.
 */
import { join, resolve } from 'node:path';
import type { Notifier, ObjectStore, Table } from '../ports.ts';
import type { LockOptions } from './fileLock.ts';
import { FileObjectStore } from './fileObjectStore.ts';
import { FileTable } from './fileTable.ts';
import { OutboxNotifier } from './outboxNotifier.ts';

export { LockTimeoutError, StorageKeyError } from './errors.ts';
export { FileObjectStore } from './fileObjectStore.ts';
export { FileTable } from './fileTable.ts';
export { OUTBOX_FILE, type OutboxLine, OutboxNotifier } from './outboxNotifier.ts';

export const TABLE_DIR = '.table';
export const OUTBOX_DIR = 'outbox';

export interface LocalStorageOptions {
  /** Clock for the outbox's `sentAt` (default: the system clock). */
  now?: () => Date;
  /** How long a table write waits for another process's item lock (default 60 s). */
  lock?: LockOptions;
}

export interface LocalStorage {
  objects: ObjectStore;
  table: Table;
  notifier: Notifier;
  /** The data directory, absolute. */
  dataDir: string;
}

/** Opens (lazily creating) the storage under `dataDir`. Cheap: nothing is read or written yet. */
export function openLocalStorage(dataDir: string, options: LocalStorageOptions = {}): LocalStorage {
  const root = resolve(dataDir);
  return {
    objects: new FileObjectStore(root, [OUTBOX_DIR]),
    table: new FileTable(join(root, TABLE_DIR), options.lock),
    notifier: new OutboxNotifier(join(root, OUTBOX_DIR), options.now),
    dataDir: root,
  };
}
