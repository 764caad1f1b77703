/** The bytes are not a readable zip archive (truncated, corrupt, or using a feature Excel never writes). */
export class ZipFormatError extends Error {
  constructor(
    message: string,
    /** A valid archive using a compression method Excel does not write (deflate64, bzip2, …). */
    readonly unsupported = false,
  ) {
    super(message);
    this.name = 'ZipFormatError';
  }
}
