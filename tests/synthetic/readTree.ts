/**
 * Test helpers: generate a small county once per test file into a temporary directory, and read its
 * files back as plain rows (CSV in UTF-8 or GBK, XLSX through ExcelJS).
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { parse } from 'csv-parse/sync';
import iconv from 'iconv-lite';
import { generateCounty } from '../../lib/synthetic/index.ts';
import type { GeneratedCounty, ScaleOption } from '../../lib/synthetic/index.ts';

export interface Generated {
  dir: string;
  county: GeneratedCounty;
  cleanup(): void;
}

export async function generateInTemp(scale: ScaleOption = 0.008, seed = 7): Promise<Generated> {
  const dir = mkdtempSync(join(tmpdir(), 'kuomian-synthetic-'));
  const county = await generateCounty({ scale, outDir: join(dir, 'uploads'), seed });
  return { dir: join(dir, 'uploads'), county, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

/** The text of a CSV file: UTF-8 (BOM dropped) when it decodes as UTF-8, GBK otherwise. */
export function csvText(path: string): { text: string; encoding: 'utf8' | 'gbk' } {
  const bytes = readFileSync(path);
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return { text: text.replace(/^\uFEFF/, ''), encoding: 'utf8' };
  } catch {
    return { text: iconv.decode(bytes, 'gbk'), encoding: 'gbk' };
  }
}

export type Cell = string | number | Date | null;

/** Every row of the first sheet (XLSX) or of the CSV, cells as stored. */
export async function readGrid(path: string): Promise<Cell[][]> {
  if (path.endsWith('.csv')) return parse(csvText(path).text, { relax_column_count: true }) as string[][];
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(path);
  const grid: Cell[][] = [];
  workbook.worksheets[0].eachRow({ includeEmpty: false }, (row) => {
    const values = (row.values as unknown[]).slice(1).map((v) => (v === undefined ? null : (v as Cell)));
    grid.push(values);
  });
  return grid;
}

/** Rows below the header row (the first with three or more distinct non-empty cells), keyed by header. */
export async function readRecords(path: string): Promise<Record<string, Cell>[]> {
  const grid = await readGrid(path);
  const headerIndex = grid.findIndex((row) => new Set(row.filter((c) => c !== null && c !== '')).size >= 3);
  const header = grid[headerIndex].map((c) => String(c ?? ''));
  return grid
    .slice(headerIndex + 1)
    .map((row) => Object.fromEntries(header.map((h, k) => [h, row[k] ?? null])));
}

/** Codes and IDs as DATA-CONTRACT 4.4 normalizes them: NFKC, no whitespace, upper case. */
export function normalizeCode(value: Cell): string {
  return String(value ?? '')
    .normalize('NFKC')
    .replace(/\s+/g, '')
    .toUpperCase();
}

/** The one generated file matching `where` (fails the test when there is none). */
export function fileWhere(
  g: Generated,
  where: (file: GeneratedCounty['files'][number]) => unknown,
): GeneratedCounty['files'][number] {
  const file = g.county.files.find(where);
  if (!file) throw new Error('no generated file matches');
  return file;
}

/** The first of `candidates` that is a column of the records. */
export function columnOf(records: Record<string, Cell>[], candidates: string[]): string {
  const column = Object.keys(records[0] ?? {}).find((h) => candidates.includes(h));
  if (column === undefined) throw new Error(`none of the columns ${candidates.join(', ')}`);
  return column;
}
