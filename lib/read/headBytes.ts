/** The front of a byte sequence, looked at before deciding how to read the whole of it. */
export interface Head {
  bytes: Buffer;
  /** The whole file is in `bytes`. */
  complete: boolean;
  /** The entire sequence again, from its first byte (single use). */
  all: AsyncGenerator<Buffer, void, undefined>;
}

export async function readHead(chunks: AsyncGenerator<Buffer, void, undefined>, size: number): Promise<Head> {
  const taken: Buffer[] = [];
  let length = 0;
  let complete = false;
  while (length < size) {
    const next = await chunks.next();
    if (next.done) {
      complete = true;
      break;
    }
    taken.push(next.value);
    length += next.value.length;
  }
  return { bytes: Buffer.concat(taken), complete, all: replay(taken, chunks, complete) };
}

async function* replay(
  taken: Buffer[],
  rest: AsyncGenerator<Buffer, void, undefined>,
  ended: boolean,
): AsyncGenerator<Buffer, void, undefined> {
  try {
    yield* taken;
    if (!ended) yield* rest;
  } finally {
    await rest.return(undefined);
  }
}
