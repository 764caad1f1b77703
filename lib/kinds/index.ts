/**
 * Row parsing of the department uploads (DATA-CONTRACT §3, §4): per kind, which header row it needs,
 * and how each data row becomes a normalized row or a list of reasons.
 */
import type { Kind } from '../model/kinds.ts';
import type { RowOf } from '../model/rows.ts';
import { activityParser } from './activity.ts';
import type { KindParser } from './api.ts';
import { cadresParser } from './cadres.ts';
import { contactsParser } from './contacts.ts';
import { enforcementParser } from './enforcement.ts';
import { insuredParser } from './insured.ts';
import { newformParser } from './newform.ts';
import { registryParser } from './registry.ts';
import { subsidiesParser } from './subsidies.ts';
import { surveyParser } from './survey.ts';
import { taxEmployersParser } from './taxEmployers.ts';
import { taxPayrollParser } from './taxPayroll.ts';

export type { CadreRoster, KindParser, ParseContext, RowParser } from './api.ts';

const PARSERS: { [K in Kind]: KindParser<RowOf[K]> } = {
  registry: registryParser,
  'tax-payroll': taxPayrollParser,
  'tax-employers': taxEmployersParser,
  insured: insuredParser,
  subsidies: subsidiesParser,
  newform: newformParser,
  survey: surveyParser,
  activity: activityParser,
  contacts: contactsParser,
  enforcement: enforcementParser,
  cadres: cadresParser,
};

export function kindParser<K extends Kind>(kind: K): KindParser<RowOf[K]> {
  return PARSERS[kind];
}
