import type { CadreRow, RegistryRow, SurveyRow } from '../../lib/model/rows.ts';

const CHARSET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

/** A valid USCC (GB 32100-2015) numbered `n`: `91330723` + 9 digits + check character. */
export function uscc(n: number): string {
  const body = `91330723${String(n).padStart(9, '0')}`;
  const sum = [...body].reduce((s, c, i) => s + CHARSET.indexOf(c) * WEIGHTS[i], 0);
  return body + CHARSET[(31 - (sum % 31)) % 31];
}

export function surveyRow(creditCode: string, employees = 10): SurveyRow {
  return { creditCode, surveyedOn: '2023-03-10', employees };
}

export function registryRow(creditCode: string, fields: Partial<RegistryRow> = {}): RegistryRow {
  return { creditCode, name: `企业${creditCode.slice(-4)}`, status: 'active', ...fields };
}

export function cadre(
  cadreId: string,
  assignmentType: '片区' | '企业',
  target: string,
  extra: Partial<CadreRow> = {},
): CadreRow {
  return { cadreId, name: `干部${cadreId}`, assignmentType, target, ...extra };
}

export const DATIAN = '330723200000'; // 大田乡
export const BAIMU = '330723201000'; // 白姆乡
export const KFQ = '330723-KFQ'; // 开发区

export const POLICY_2023 = {
  surveyDeadline: '03-31',
  surveyRemindDaysLeft: [7, 3, 0],
  surveyOverdueEveryDays: 7,
};
