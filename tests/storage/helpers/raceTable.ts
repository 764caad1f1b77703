/**
 * A child process for the cross-process tests of the file table. It opens the table, prints
 * `ready`, waits for `go` on stdin (so all children start together), then:
 * - `create <dir> <id>`: one put of the same item with ifNotExists; prints `won` or `lost`;
 * - `increment <dir> <id> <times>`: read-modify-write of a counter with ifMatch on its version,
 *   retrying lost rounds, until it has added `times`; prints `done`.
 */
import { createInterface } from 'node:readline';
import { FileTable } from '../../../lib/storage/local/fileTable.ts';

const [mode, dir, id, times] = process.argv.slice(2);
const table = new FileTable(dir);

async function create(): Promise<string> {
  const won = await table.put({ pk: 'race', sk: 'winner', by: id }, { ifNotExists: true });
  return won ? 'won' : 'lost';
}

async function increment(): Promise<string> {
  for (let done = 0; done < Number(times); ) {
    const current = await table.get('counter', 'c');
    const version = (current?.version as number | undefined) ?? 0;
    const next = { pk: 'counter', sk: 'c', version: version + 1, [`by-${id}`]: true };
    const ok =
      current === undefined
        ? await table.put(next, { ifNotExists: true })
        : await table.put({ ...current, ...next }, { ifMatch: { version } });
    if (ok) done++;
  }
  return 'done';
}

const lines = createInterface({ input: process.stdin });
process.stdout.write('ready\n');
for await (const line of lines) {
  if (line.trim() !== 'go') continue;
  process.stdout.write(`${mode === 'create' ? await create() : await increment()}\n`);
  break;
}
lines.close();
