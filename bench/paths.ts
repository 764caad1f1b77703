/** Where the benchmark reads and writes: generated data only under bench/data (git-ignored). */
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO_ROOT = fileURLToPath(new URL('..', import.meta.url));
export const BENCH_DIR = join(REPO_ROOT, 'bench');
export const DATA_DIR = join(BENCH_DIR, 'data');
export const RESULTS_FILE = join(BENCH_DIR, 'results.json');
export const PARTIAL_RESULTS_FILE = join(DATA_DIR, 'results-partial.json');
export const SEEDS_DIR = join(REPO_ROOT, 'seeds');
