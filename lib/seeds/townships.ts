import { z } from 'zod';
import { readSeed } from './readSeed.ts';

/** Wuyi County's 19 townships (统筹区), DATA-CONTRACT §2. */
export interface Township {
  code: string;
  name: string;
  aliases: string[];
}

const schema = z.object({
  county: z.object({ code: z.string(), name: z.string() }),
  townships: z
    .array(z.object({ code: z.string().min(1), name: z.string().min(1), aliases: z.array(z.string()) }))
    .min(1),
});

export const UNASSIGNED = 'unassigned';

let cached: Township[] | undefined;

/** The townships in code order. */
export function loadTownships(): Township[] {
  cached ??= readSeed('townships.json', schema)
    .townships.slice()
    .sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
  return cached;
}

export function townshipName(code: string): string {
  if (code === UNASSIGNED) return '未落地';
  return loadTownships().find((t) => t.code === code)?.name ?? code;
}
