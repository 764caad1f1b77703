/** Every file of every kind, in a fixed order (originals before their copies). */
import { activityJobs } from './activity.ts';
import { cadreJobs } from './cadres.ts';
import { contactJobs } from './contacts.ts';
import type { GenerationContext } from './context.ts';
import { enforcementJobs } from './enforcement.ts';
import { insuredJobs } from './insured.ts';
import type { FileJob } from './job.ts';
import { newformJobs } from './newform.ts';
import { registryJobs } from './registry.ts';
import { subsidyJobs } from './subsidies.ts';
import { surveyJobs } from './survey.ts';
import { taxEmployersJobs } from './taxEmployers.ts';
import { taxPayrollJobs } from './taxPayroll.ts';

export function allJobs(ctx: GenerationContext): FileJob[] {
  return [
    ...cadreJobs(ctx),
    ...registryJobs(ctx),
    ...taxPayrollJobs(ctx),
    ...taxEmployersJobs(ctx),
    ...insuredJobs(ctx),
    ...subsidyJobs(ctx),
    ...newformJobs(ctx),
    ...surveyJobs(ctx),
    ...activityJobs(ctx),
    ...contactJobs(ctx),
    ...enforcementJobs(ctx),
  ];
}
