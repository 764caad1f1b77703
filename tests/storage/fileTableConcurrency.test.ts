import { type ChildProcessWithoutNullStreams, spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { FileTable } from '../../lib/storage/local/fileTable.ts';
import { makeTempDir } from './helpers/tempDir.ts';

const CHILD = fileURLToPath(new URL('./helpers/raceTable.ts', import.meta.url));

interface Child {
  process: ChildProcessWithoutNullStreams;
  lines: string[];
  /** Resolves when the child printed `line`; rejects (with its stderr) if it exits first. */
  waitFor(line: string): Promise<void>;
  /** Resolves when the child exited with status 0. */
  finished: Promise<void>;
}

function startChild(args: string[]): Child {
  const child = spawn(process.execPath, ['--import', 'tsx', CHILD, ...args], { stdio: 'pipe' });
  const lines: string[] = [];
  let buffered = '';
  let stderr = '';
  const waiters: Array<() => void> = [];
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
    buffered += chunk;
    const parts = buffered.split('\n');
    buffered = parts.pop() ?? '';
    lines.push(...parts);
    for (const wake of waiters.splice(0)) wake();
  });
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
    stderr += chunk;
  });
  const exited = new Promise<number | null>((resolve) => child.on('exit', resolve));
  const finished = exited.then((code) => {
    if (code !== 0) throw new Error(`child exited with ${code}: ${stderr}`);
  });
  return {
    process: child,
    lines,
    finished,
    async waitFor(line: string) {
      while (!lines.includes(line)) {
        const woke = new Promise<void>((resolve) => waiters.push(resolve));
        const code = await Promise.race([woke.then(() => undefined), exited]);
        if (code !== undefined && !lines.includes(line)) {
          throw new Error(`child exited (${code}) before printing ${line}: ${stderr}`);
        }
      }
    },
  };
}

/** Starts the children, waits until each is ready, releases them at once, waits for them to end. */
async function race(argsOf: (i: number) => string[], count: number): Promise<Child[]> {
  const children = Array.from({ length: count }, (_, i) => startChild(argsOf(i)));
  await Promise.all(children.map((c) => c.waitFor('ready')));
  for (const c of children) c.process.stdin.write('go\n');
  await Promise.all(children.map((c) => c.finished));
  return children;
}

describe('FileTable across processes', () => {
  let temp: Awaited<ReturnType<typeof makeTempDir>>;
  beforeEach(async () => {
    temp = await makeTempDir();
  });
  afterEach(async () => {
    await temp.remove();
  });

  it('lets exactly one of six racing processes create an item with ifNotExists', async () => {
    const children = await race((i) => ['create', temp.dir, `p${i}`], 6);
    const outcomes = children.map((c) => c.lines.find((l) => l === 'won' || l === 'lost'));
    const winners = outcomes.flatMap((o, i) => (o === 'won' ? [`p${i}`] : []));
    expect(outcomes.filter((o) => o === 'lost')).toHaveLength(5);
    expect(winners).toHaveLength(1);
    const stored = await new FileTable(temp.dir).get('race', 'winner');
    expect(stored).toEqual({ pk: 'race', sk: 'winner', by: winners[0] });
  });

  it('loses no update when four processes each add 15 to a counter with ifMatch', async () => {
    await race((i) => ['increment', temp.dir, `p${i}`, '15'], 4);
    const counter = await new FileTable(temp.dir).get('counter', 'c');
    expect(counter).toEqual({
      pk: 'counter',
      sk: 'c',
      version: 60,
      'by-p0': true,
      'by-p1': true,
      'by-p2': true,
      'by-p3': true,
    });
  });
});
