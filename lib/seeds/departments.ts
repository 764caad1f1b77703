import { z } from 'zod';
import { KINDS } from '../model/kinds.ts';
import { readSeed } from './readSeed.ts';

/** County departments that upload data, and which kinds each may upload (DATA-CONTRACT §1). */
export interface Department {
  code: string;
  name: string;
  uploads: (typeof KINDS)[number][];
}

const schema = z.object({
  departments: z.array(z.object({ code: z.string().regex(/^[a-z]+$/), name: z.string(), uploads: z.array(z.enum(KINDS)) })),
});

let cached: Department[] | undefined;

export function loadDepartments(): Department[] {
  cached ??= readSeed('departments.json', schema).departments;
  return cached;
}

export function isDepartmentCode(code: string): boolean {
  return loadDepartments().some((d) => d.code === code);
}
