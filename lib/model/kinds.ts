/** The upload kinds of DATA-CONTRACT §3 and how the rules treat each. */
export const KINDS = [
  'registry',
  'tax-payroll',
  'tax-employers',
  'insured',
  'subsidies',
  'newform',
  'survey',
  'activity',
  'contacts',
  'enforcement',
  'cadres',
] as const;

export type Kind = (typeof KINDS)[number];

/** RULES 0: "as of P" means the latest snapshot with period ≤ P. */
export const SNAPSHOT_KINDS: readonly Kind[] = ['registry', 'insured', 'newform', 'cadres'];

/** RULES 0: the latest period ≤ P with data, ignored when more than 2 months old. */
export const MONTHLY_KINDS: readonly Kind[] = ['tax-payroll', 'tax-employers'];

/** RULES 0: records of the months a rule names. */
export const FLOW_KINDS: readonly Kind[] = ['subsidies', 'survey', 'activity', 'contacts', 'enforcement'];

/** DATA-CONTRACT §1: these kinds need a `<unit>` key segment. */
export const UNIT_SCOPED_KINDS: readonly Kind[] = ['survey', 'activity', 'contacts'];

/** Chinese names shown to clerks and leaders. */
export const KIND_LABELS: Record<Kind, string> = {
  registry: '在册企业清单',
  'tax-payroll': '个人所得税全员全额扣缴申报明细',
  'tax-employers': '纳税企业名单及工资总额',
  insured: '参保人员名单',
  subsidies: '企业享受政府资金补助信息',
  newform: '新业态企业信息',
  survey: '入企调查结果',
  activity: '社会保险政策活动开展情况统计表',
  contacts: '包保挂钩联系记录',
  enforcement: '执法检查记录',
  cadres: '包保干部名册',
};

export function isKind(value: string): value is Kind {
  return (KINDS as readonly string[]).includes(value);
}

export function isSnapshotKind(kind: Kind): boolean {
  return SNAPSHOT_KINDS.includes(kind);
}
