/**
 * Generates a synthetic Wuyi County: every department's uploads for 2022-12 … 2023-06 exactly as
 * they send them (DATA-CONTRACT), each file's modification time set to its receipt time, and the
 * facts a correct rules engine must find (RULES). Deterministic: the same seed gives byte-identical
 * files and identical modification times.
 */
import { copyFile, mkdir, stat, utimes } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { loadPolicy } from '../seeds/policy.ts';
import { loadQuotas } from '../seeds/quotas.ts';
import { loadTownships } from '../seeds/townships.ts';
import { planActivities } from './activityPlan.ts';
import { planCadres } from './cadrePlan.ts';
import { planContacts } from './contactPlan.ts';
import { planEnforcement } from './enforcementPlan.ts';
import { buildPlanted } from './expected/planted.ts';
import type { FileJob } from './kinds/job.ts';
import type { GenerationContext } from './kinds/context.ts';
import { allJobs } from './kinds/index.ts';
import { prepareOutputDir } from './outputDir.ts';
import { buildCounty } from './population.ts';
import { createRandom } from './random.ts';
import { resolveScale } from './scale.ts';
import { planSubsidies } from './subsidyPlan.ts';
import { planSurveyCalendar, surveyingTownships } from './surveyCalendar.ts';
import { planSurveys } from './surveyPlan.ts';
import type { GenerateOptions, GeneratedCounty, GeneratedFile } from './types.ts';
import type { RowCounts } from './writers/table.ts';

export const DEFAULT_SEED = 20230331;
const CONCURRENT_FILES = 4;
/** The campaign year whose quotas and policy the county is built for. */
const YEAR = 2023;

export async function generateCounty(options: GenerateOptions): Promise<GeneratedCounty> {
  const seed = options.seed ?? DEFAULT_SEED;
  const size = resolveScale(options.scale);
  const random = createRandom(seed);
  const townships = loadTownships();
  const quotas = loadQuotas(YEAR).byTownship;
  const policy = loadPolicy(YEAR);
  await prepareOutputDir(options.outDir, options.overwrite ?? false);

  const surveyCalendar = planSurveyCalendar(random.fork('survey-calendar'), townships);
  const county = buildCounty({
    seed,
    random: random.fork('county'),
    size,
    townships,
    quotas,
    limits: policy.baseLimits,
    surveyingTownships: surveyingTownships(surveyCalendar),
  });
  const cadres = planCadres(random.fork('cadres'), county);
  const ctx: GenerationContext = {
    county,
    random: random.fork('files'),
    surveyCalendar,
    surveys: planSurveys(random.fork('surveys'), county, surveyCalendar),
    cadres,
    contacts: planContacts(random.fork('contacts'), county, cadres),
    activities: planActivities(random.fork('activities'), townships, quotas),
    enforcement: planEnforcement(random.fork('enforcement'), county),
    subsidies: planSubsidies(random.fork('subsidies'), county),
  };

  const jobs = allJobs(ctx);
  const files: GeneratedFile[] = [];
  const written = new Map<string, Promise<{ path: string; counts: RowCounts }>>();
  const writeOne = async (job: FileJob): Promise<{ path: string; counts: RowCounts }> => {
    const path = join(options.outDir, ...job.key.split('/'));
    await mkdir(dirname(path), { recursive: true });
    let counts: RowCounts;
    if (job.copyOf) {
      const original = await written.get(job.copyOf);
      if (!original) throw new Error(`${job.key}: ${job.copyOf} must be planned first`);
      await copyFile(original.path, path);
      counts = original.counts;
    } else {
      counts = await job.write(path);
    }
    await utimes(path, job.receivedAt.instant, job.receivedAt.instant);
    const file = describe(job, counts, (await stat(path)).size);
    files.push(file);
    options.onFile?.(file, files.length, jobs.length);
    return { path, counts };
  };
  // A few files at a time: small workbooks spend most of their time waiting for compression and disk.
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < jobs.length) {
      const job = jobs[next++];
      const done = writeOne(job);
      written.set(job.key, done);
      await done;
    }
  };
  await Promise.all(Array.from({ length: CONCURRENT_FILES }, worker));
  files.sort((a, b) =>
    a.receivedAt < b.receivedAt
      ? -1
      : a.receivedAt > b.receivedAt
        ? 1
        : a.key < b.key
          ? -1
          : a.key > b.key
            ? 1
            : 0,
  );
  return {
    seed,
    scale: size.label,
    outDir: options.outDir,
    counts: {
      enterprises: county.enterprises.length,
      people: county.people.count,
      files: files.length,
      rows: files.reduce((sum, f) => sum + f.rows, 0),
      bytes: files.reduce((sum, f) => sum + f.bytes, 0),
    },
    files,
    planted: buildPlanted(ctx),
  };
}

function describe(job: FileJob, counts: RowCounts, bytes: number): GeneratedFile {
  const accepted = job.expectedStatus === 'accepted';
  return {
    key: job.key,
    kind: job.kind,
    period: job.period,
    unit: job.unit,
    receivedAt: job.receivedAt.iso,
    format: job.format,
    ...(job.encoding ? { encoding: job.encoding } : {}),
    bytes,
    rows: counts.rows,
    invalidRows: counts.invalid,
    duplicateRows: counts.duplicate,
    expected: {
      status: job.expectedStatus,
      accepted: accepted ? counts.rows - counts.invalid - counts.duplicate : null,
      rejected: accepted ? counts.invalid + counts.duplicate : null,
      ...(job.reason ? { reason: job.reason } : {}),
    },
    ...(job.replaces ? { replaces: job.replaces } : {}),
    ...(job.copyOf ? { copyOf: job.copyOf } : {}),
    notes: job.notes,
  };
}
