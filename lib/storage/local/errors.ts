/** Errors of the local adapters, as named classes a caller can catch. */

/** A key (object key, pk or sk) that cannot be stored as a file: empty, unencodable, too long, or in conflict. */
export class StorageKeyError extends Error {
  constructor(
    message: string,
    readonly key: string,
  ) {
    super(message);
    this.name = 'StorageKeyError';
  }
}

/** An item lock stayed held longer than the caller is willing to wait. */
export class LockTimeoutError extends Error {
  constructor(
    message: string,
    readonly lockPath: string,
  ) {
    super(message);
    this.name = 'LockTimeoutError';
  }
}
