#!/usr/bin/env node
/**
 * `npm run synth`: synthesizes the stack offline, without AWS credentials, for both partitions —
 *   aws     environment-agnostic (deploys to the CLI's account/region)  → cdk.out/
 *   aws-cn  pinned to cn-northwest-1 (Ningxia)                           → cdk.out.cn/
 * and exits 1 when a synth fails or any validation finding is left unacknowledged: cdk-nag
 * (AwsSolutions, Serverless) and CDK's built-in CloudFormation validation.
 *
 * It runs the CDK CLI (`cdk synth --no-notices`, version check and telemetry off), so no network and
 * no credentials are needed; the cloud assembly it writes is the one `cdk deploy --app cdk.out` reads.
 *
 *   npm run synth -- -c departmentPrincipals='{"tax":"111122223333"}'
 *
 * KUOMIAN_SYNTH_OUT_DIR puts the two output folders elsewhere (the tests use a temporary folder).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const outBase = process.env.KUOMIAN_SYNTH_OUT_DIR ?? root;

const targets = [
  { partition: 'aws', out: 'cdk.out', context: {} },
  { partition: 'aws-cn', out: 'cdk.out.cn', context: { region: 'cn-northwest-1' } },
];

function readJson(file) {
  return existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : {};
}

/** `-c key=value` / `--context key=value` pairs from the command line. */
function commandLineContext(args) {
  const context = {};
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    const inline = arg.match(/^--context=(.*)$/);
    const pair = inline ? inline[1] : arg === '-c' || arg === '--context' ? args[++i] : undefined;
    if (pair === undefined) throw new Error(`unknown argument ${arg} (only -c key=value is accepted)`);
    const eq = pair.indexOf('=');
    if (eq < 1) throw new Error(`context argument "${pair}" is not key=value`);
    context[pair.slice(0, eq)] = pair.slice(eq + 1);
  }
  return context;
}

/** Findings left in CDK's validation report (acknowledged ones are removed from it). */
function unacknowledgedFindings(outDir) {
  const report = readJson(join(outDir, 'validation-report.json'));
  return (report.pluginReports ?? []).flatMap((plugin) =>
    (plugin.violations ?? []).map((v) => {
      const where = (v.violatingResources ?? [])
        .map((r) => r.constructPath ?? r.resourceLogicalId)
        .join(', ');
      return `${plugin.pluginName}: ${v.ruleName} (${v.severity}) ${where}`;
    }),
  );
}

const cdkJson = readJson(join(root, 'cdk.json'));
if (cdkJson.app !== 'npx tsx infra/app.ts')
  throw new Error('cdk.json "app" changed: update infra/synth.js to match');
let userContext;
try {
  userContext = commandLineContext(process.argv.slice(2));
} catch (error) {
  console.error(`synth: ${error.message}`);
  process.exit(2);
}
const cdk = join(root, 'node_modules', 'aws-cdk', 'bin', 'cdk');
const contextArgs = (context) => Object.entries(context).flatMap(([key, value]) => ['-c', `${key}=${value}`]);

let failed = false;
for (const target of targets) {
  const outDir = join(outBase, target.out);
  const started = Date.now();
  rmSync(outDir, { recursive: true, force: true });
  const args = ['synth', '--no-notices', '--quiet', '--output', outDir, ...contextArgs({ ...userContext, ...target.context })];
  const result = spawnSync(process.execPath, [cdk, ...args], {
    cwd: root,
    stdio: 'inherit',
    env: {
      ...process.env,
      CDK_DISABLE_VERSION_CHECK: '1',
      CDK_DISABLE_CLI_TELEMETRY: 'true',
      // No credentials and no network: never wait for the EC2 metadata service.
      AWS_EC2_METADATA_DISABLED: 'true',
    },
  });
  if (result.status !== 0) {
    console.error(`synth ${target.partition}: failed (exit ${result.status ?? result.signal})`);
    failed = true;
    continue;
  }
  const findings = unacknowledgedFindings(outDir);
  if (findings.length > 0) {
    console.error(`synth ${target.partition}: ${findings.length} unacknowledged finding(s):`);
    for (const finding of findings) console.error(`  ${finding}`);
    failed = true;
    continue;
  }
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  console.log(`synth ${target.partition}: ${join(outDir, 'KuomianStack.template.json')} (${seconds} s)`);
}
process.exit(failed ? 1 : 0);
