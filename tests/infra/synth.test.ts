/**
 * The real thing: `npm run synth` (infra/synth.js) for both partitions, with the functions bundled
 * by the local esbuild, then cfn-lint on both templates. Slow (bundling, validation): one synth for
 * the whole file.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Json } from './synthKuomian.ts';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const SYNTH_TIMEOUT = 15 * 60_000;

/** cfn-lint from CFN_LINT, the PATH, or the machine image's pyenv shim; a missing one fails the test. */
function cfnLint(): string {
  const candidates = [process.env.CFN_LINT, 'cfn-lint', '/root/.pyenv/shims/cfn-lint'].filter(
    Boolean,
  ) as string[];
  for (const candidate of candidates) {
    if (spawnSync(candidate, ['--version'], { encoding: 'utf8' }).status === 0) return candidate;
  }
  throw new Error('cfn-lint not found: install it (pip install cfn-lint) or set CFN_LINT to its path');
}

interface LintFinding {
  Level: string;
  Rule: { Id: string };
  Message: string;
}

function lint(template: string, region: string): LintFinding[] {
  const result = spawnSync(cfnLint(), ['--format', 'json', '--regions', region, '--', template], {
    encoding: 'utf8',
  });
  // Exit status is a bit mask: 2 errors, 4 warnings, 8 informational; 1 means cfn-lint itself failed.
  if (result.status === null || (result.status & 1) === 1)
    throw new Error(`cfn-lint failed: ${result.stderr}`);
  return JSON.parse(result.stdout || '[]') as LintFinding[];
}

describe('npm run synth (issue 6 §5, §6)', () => {
  let out: string;
  let synth: ReturnType<typeof spawnSync>;
  const template = (folder: string) =>
    JSON.parse(readFileSync(join(out, folder, 'KuomianStack.template.json'), 'utf8'));

  beforeAll(() => {
    out = mkdtempSync(join(tmpdir(), 'kuomian-synth-'));
    synth = spawnSync(process.execPath, [join(ROOT, 'infra', 'synth.js')], {
      cwd: ROOT,
      encoding: 'utf8',
      env: {
        ...process.env,
        KUOMIAN_SYNTH_OUT_DIR: out,
        AWS_ACCESS_KEY_ID: '',
        AWS_SECRET_ACCESS_KEY: '',
        AWS_PROFILE: '',
      },
    });
  }, SYNTH_TIMEOUT);

  it('synthesizes both partitions without credentials and exits 0', () => {
    const problems = synth.stderr
      .toString()
      .split('\n')
      .filter((line) => /ERROR|Error|unacknowledged|failed/.test(line));
    expect(problems).toEqual([]);
    expect(synth.status).toBe(0);
    expect(synth.stdout.toString()).toMatch(/synth aws: .*cdk\.out\/KuomianStack\.template\.json/);
    expect(synth.stdout.toString()).toMatch(/synth aws-cn: .*cdk\.out\.cn\/KuomianStack\.template\.json/);
  });

  it('writes an environment-agnostic assembly for aws and a cn-northwest-1 one for aws-cn', () => {
    const environment = (folder: string) =>
      JSON.parse(readFileSync(join(out, folder, 'manifest.json'), 'utf8')).artifacts.KuomianStack.environment;
    expect(environment('cdk.out')).toBe('aws://unknown-account/unknown-region');
    expect(environment('cdk.out.cn')).toBe('aws://unknown-account/cn-northwest-1');
  });

  it('bundles every function as an ESM module with the reference data beside it', () => {
    const functions = Object.values(template('cdk.out').Resources as Record<string, Json>).filter(
      (r) => r.Type === 'AWS::Lambda::Function',
    );
    expect(functions).toHaveLength(3);
    for (const fn of functions) {
      const asset = join(out, 'cdk.out', fn.Metadata['aws:asset:path']);
      const code = readFileSync(join(asset, 'index.mjs'), 'utf8');
      expect(code.startsWith("import { createRequire } from 'module';")).toBe(true);
      expect(code).toMatch(/export\s*\{[^}]*handler/);
      expect(existsSync(join(asset, 'seeds', 'townships.json'))).toBe(true);
      expect(existsSync(join(asset, 'seeds', 'departments.json'))).toBe(true);
    }
  });

  it('passes cfn-lint with zero errors (aws, checked against us-east-1)', () => {
    const errors = lint(join(out, 'cdk.out', 'KuomianStack.template.json'), 'us-east-1').filter(
      (f) => f.Level === 'Error',
    );
    expect(errors.map((f) => `${f.Rule.Id} ${f.Message}`)).toEqual([]);
  });

  it('passes cfn-lint with zero errors (aws-cn, checked against cn-northwest-1)', () => {
    const errors = lint(join(out, 'cdk.out.cn', 'KuomianStack.template.json'), 'cn-northwest-1').filter(
      (f) => f.Level === 'Error',
    );
    expect(errors.map((f) => `${f.Rule.Id} ${f.Message}`)).toEqual([]);
  });
});
