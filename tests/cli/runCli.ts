/** Runs the real `kuomian` command (bin/kuomian.js) in a child process, as a county clerk would. */
import { execFile } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeUploads } from './fixture.ts';

const BIN = fileURLToPath(new URL('../../bin/kuomian.js', import.meta.url));
const REPO = fileURLToPath(new URL('../..', import.meta.url));

export interface CliRun {
  status: number;
  stdout: string;
  stderr: string;
}

export function runCli(args: readonly string[]): Promise<CliRun> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [BIN, ...args],
      // CI set: no progress bars; TZ deliberately not Shanghai, so nothing may rest on the machine's zone.
      { cwd: REPO, env: { ...process.env, CI: '1', TZ: 'America/Los_Angeles' }, maxBuffer: 64 * 1024 * 1024 },
      (error, stdout, stderr) => {
        const status = error ? (typeof error.code === 'number' ? error.code : 1) : 0;
        resolve({ status, stdout, stderr });
      },
    );
  });
}

/** Runs and insists on success, so a failing command shows its stderr in the test output. */
export async function runOk(args: readonly string[]): Promise<string> {
  const run = await runCli(args);
  if (run.status !== 0) throw new Error(`kuomian ${args.join(' ')} exited ${run.status}: ${run.stderr}`);
  return run.stdout;
}

/** A temporary folder with the hand-made upload tree (`uploads/`) and an empty data directory (`data/`). */
export async function countyWorkspace(): Promise<{ root: string; uploads: string; dataDir: string; remove(): Promise<void> }> {
  const root = await mkdtemp(join(tmpdir(), 'kuomian-cli-'));
  const uploads = join(root, 'uploads');
  await writeUploads(uploads);
  return { root, uploads, dataDir: join(root, 'data'), remove: () => rm(root, { recursive: true, force: true }) };
}

/** The JSON lines of an output, parsed. */
export function jsonLines(stdout: string): unknown[] {
  return stdout
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line));
}

/** Every object's keys, recursively, in order — so a test also pins the key order of RULES 5. */
export function keyOrder(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(keyOrder);
  if (value !== null && typeof value === 'object') {
    return Object.entries(value as Record<string, unknown>).map(([k, v]) => [k, keyOrder(v)]);
  }
  return null;
}
