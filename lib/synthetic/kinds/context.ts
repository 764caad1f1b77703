/** Everything the per-kind writers read: the county and the plans of its departments' records. */
import type { ActivityFilePlan } from '../activityPlan.ts';
import type { CadrePlan } from '../cadrePlan.ts';
import type { ContactFilePlan } from '../contactPlan.ts';
import type { EnforcementPlan } from '../enforcementPlan.ts';
import type { County } from '../model.ts';
import type { Random } from '../random.ts';
import type { SubsidyPayment } from '../subsidyPlan.ts';
import type { SurveyCalendar } from '../surveyCalendar.ts';
import type { SurveyFilePlan } from '../surveyPlan.ts';

export interface GenerationContext {
  county: County;
  random: Random;
  surveyCalendar: SurveyCalendar;
  surveys: SurveyFilePlan[];
  cadres: CadrePlan;
  contacts: ContactFilePlan[];
  activities: ActivityFilePlan[];
  enforcement: EnforcementPlan;
  subsidies: SubsidyPayment[];
}

export function townshipByCode(ctx: GenerationContext, code: string) {
  const t = ctx.county.townships.find((x) => x.code === code);
  if (!t) throw new Error(`unknown township ${code}`);
  return t;
}
