/**
 * RULES 5: on failure the command exits non-zero with a one-line reason on stderr (and prints no
 * result on stdout) — for a bad period, a missing option, an unknown or missing command.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { runCli } from './runCli.ts';

let root: string;

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'kuomian-cli-errors-'));
});

afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

const failures: [string, string[], RegExp][] = [
  ['a month that does not exist', ['compare', '--period', '2023-13', '--json'], /--period.*2023-13/],
  ['a missing --period', ['digest', '--json'], /--period/],
  ['a date that does not exist', ['survey-check', '--date', '2023-02-30', '--json'], /--date.*2023-02-30/],
  ['an unknown command', ['frobnicate', '--json'], /frobnicate/],
  ['no command at all', ['--json'], /缺少命令/],
];

describe.concurrent('a failing command', () => {
  test.each(failures)('%s: non-zero exit, one line on stderr, nothing on stdout', async (_what, args, reason) => {
    const run = await runCli([...args, '--data-dir', join(root, 'data')]);
    expect(run.status).not.toBe(0);
    expect(run.stdout).toBe('');
    expect(run.stderr.endsWith('\n')).toBe(true);
    expect(run.stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(run.stderr).toMatch(reason);
  });
});
