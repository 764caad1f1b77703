/**
 * The reference data the stack needs to draw its access boundaries: which departments upload which
 * kinds (`seeds/departments.json`) and the townships (`seeds/townships.json`). Read straight from the
 * JSON files — infra imports nothing from lib/ but the shared names (ARCHITECTURE: layers).
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';

/** The repository root (infra/ sits directly under it). */
export const REPO_ROOT = fileURLToPath(new URL('..', import.meta.url));

/** DATA-CONTRACT §1: the kinds keyed `<kind>/<YYYY-MM>/<unit>/<file>`; a unit segment is required. */
export const UNIT_SCOPED_KINDS = ['survey', 'activity', 'contacts'] as const;

export interface DepartmentSeed {
  code: string;
  name: string;
  uploads: string[];
}

export interface TownshipSeed {
  code: string;
  name: string;
}

export interface CountySeeds {
  county: { code: string; name: string };
  departments: DepartmentSeed[];
  townships: TownshipSeed[];
}

const departmentsFile = z.object({
  departments: z.array(
    z.object({
      code: z.string().regex(/^[a-z]+$/),
      name: z.string(),
      uploads: z.array(z.string().regex(/^[a-z-]+$/)),
    }),
  ),
});

const townshipsFile = z.object({
  county: z.object({ code: z.string().regex(/^\d{6}$/), name: z.string() }),
  townships: z.array(z.object({ code: z.string().regex(/^[0-9A-Z-]+$/), name: z.string() })),
});

function readJson(file: string): unknown {
  return JSON.parse(readFileSync(fileURLToPath(new URL(`../seeds/${file}`, import.meta.url)), 'utf8'));
}

/** Departments and townships as shipped in `seeds/`; throws naming the file when one is malformed. */
export function loadCountySeeds(): CountySeeds {
  const departments = departmentsFile.safeParse(readJson('departments.json'));
  if (!departments.success) throw new Error(`seeds/departments.json: ${departments.error.message}`);
  const townships = townshipsFile.safeParse(readJson('townships.json'));
  if (!townships.success) throw new Error(`seeds/townships.json: ${townships.error.message}`);
  return {
    county: townships.data.county,
    departments: departments.data.departments,
    townships: townships.data.townships,
  };
}
