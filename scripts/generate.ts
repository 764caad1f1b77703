/**
 * Generates the synthetic Wuyi County upload tree and its expectations file.
 *
 *   npx tsx scripts/generate.ts --scale small --out seeds/sample --force
 *   npx tsx scripts/generate.ts --scale county --out bench/data/county
 *   npx tsx scripts/generate.ts --scale 4 --out bench/data/x4
 */
import { Command, InvalidArgumentError } from 'commander';
import cliProgress from 'cli-progress';
import {
  DEFAULT_SEED,
  OutputDirError,
  type ScaleOption,
  defaultExpectationsPath,
  generateCounty,
  writeExpectations,
} from '../lib/synthetic/index.ts';

function parseScale(value: string): ScaleOption {
  if (value === 'small' || value === 'county') return value;
  const multiplier = Number(value);
  if (!Number.isFinite(multiplier) || multiplier <= 0)
    throw new InvalidArgumentError('small, county or a positive multiplier of the county');
  return multiplier;
}

function parseSeed(value: string): number {
  const seed = Number(value);
  if (!Number.isSafeInteger(seed)) throw new InvalidArgumentError('an integer');
  return seed;
}

const program = new Command()
  .name('generate')
  .description(
    'Write the uploads of a synthetic Wuyi County (2022-12 … 2023-06) and what a correct engine must find in them.',
  )
  .requiredOption('--out <dir>', 'upload root to write (only upload files go there)')
  .option(
    '--scale <scale>',
    'small | county | a multiplier of the county',
    parseScale,
    'small' as ScaleOption,
  )
  .option('--seed <n>', 'random seed (same seed, same bytes)', parseSeed, DEFAULT_SEED)
  .option('--expected <file>', 'expectations file (default: <out>-expected.json)')
  .option('--force', 'replace an upload tree already in <out>', false)
  .option('--quiet', 'no progress bar', false);

program.parse();
const options = program.opts<{
  out: string;
  scale: ScaleOption;
  seed: number;
  expected?: string;
  force: boolean;
  quiet: boolean;
}>();

const bar = options.quiet
  ? null
  : new cliProgress.SingleBar(
      { format: '{bar} {value}/{total} files  {key}', stream: process.stderr, clearOnComplete: true },
      cliProgress.Presets.shades_classic,
    );
const started = performance.now();
try {
  let startedBar = false;
  const county = await generateCounty({
    scale: options.scale,
    outDir: options.out,
    seed: options.seed,
    overwrite: options.force,
    onFile: (file, done, total) => {
      if (!bar) return;
      if (!startedBar) {
        bar.start(total, 0, { key: '' });
        startedBar = true;
      }
      bar.update(done, { key: file.key });
    },
  });
  bar?.stop();
  const expectedPath = options.expected ?? defaultExpectationsPath(options.out);
  await writeExpectations(county, expectedPath);
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  const megabytes = (county.counts.bytes / 1_048_576).toFixed(1);
  console.log(
    `${county.scale}: ${county.counts.enterprises} enterprises, ${county.counts.people} people, ${county.counts.files} files, ` +
      `${county.counts.rows} rows, ${megabytes} MB in ${seconds} s → ${options.out} (expectations: ${expectedPath})`,
  );
} catch (error) {
  bar?.stop();
  console.error(error instanceof OutputDirError ? error.message : error);
  process.exitCode = 1;
}
