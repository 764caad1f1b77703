import { z } from 'zod';
import { isTownshipCode } from '../normalize/township.ts';
import { isValidUscc } from '../normalize/uscc.ts';

/** Building blocks of the normalized rows' schemas (lib/model/rows.ts). */
export const usccCode = z.string().refine(isValidUscc);
export const residentIdNumber = z.string().regex(/^\d{17}[\dX]$/);
export const isoDate = z.iso.date();
export const yuan = z.number().finite().nonnegative();
export const headcount = z.number().int().nonnegative();
export const townshipCode = z.string().refine(isTownshipCode);
export const nonEmpty = z.string().min(1);
