/** Chinese labels of the target lists (issue: 数据比对名单). One place for every user-facing text. */
import type { FactSource } from '../compare/types.ts';
import type { EmployeesSource } from '../model/comparison.ts';

export const SHEETS = {
  flagged: '重点关注企业',
  uninsured: '应保未保人员',
  subsidy: '财政补助前置条件',
  enforcement: '联合执法建议',
  townships: '乡镇汇总',
  feeds: '数据来源',
} as const;

export const SOURCE_LABELS: Record<FactSource, string> = {
  registry: '市场监管·在册企业',
  'tax-payroll': '税务·全员全额扣缴申报',
  'tax-employers': '税务·纳税企业名单',
  insured: '人社·参保名单',
  subsidies: '财政等·补助信息',
  newform: '新业态企业信息',
  survey: '乡镇·入企调查',
  activity: '宣传活动统计',
  contacts: '包保联系记录',
  enforcement: '执法检查记录',
  cadres: '包保干部名册',
  comparison: '比对结果',
  policy: '政策标准',
};

export const EMPLOYEES_SOURCE_LABELS: Record<EmployeesSource, string> = {
  payroll: '个税申报',
  'tax-employers': '纳税企业申报人数',
  survey: '入企调查',
  none: '无数据',
};

/** Figures named in evidence, in Chinese. Unknown figures are shown by their field name. */
export const FIGURE_LABELS: Record<string, string> = {
  eligibleEmployees: '应参保职工数',
  coveredEmployees: '已参保职工数',
  insured: '在本单位参保人数',
  uninsured: '未参保人数',
  rate: '参保率',
  countyRate: '全县参保率',
  injuryGap: '参加养老未参加工伤人数',
  subsidies12m: '近12个月补助金额（元）',
  subsidyThreshold: '补助金额标准（元）',
  minimumRate: '最低参保率',
  largeEnterpriseEmployees: '用工规模标准（人）',
  lowRateMargin: '低于全县参保率的幅度',
  operating: '正常经营',
  aboveScale: '规上企业',
  stateOwned: '国有企业',
  workers: '从业人员数',
  injuryInsured: '参加工伤人数',
  keyTarget: '重点扩面对象',
  measure: '执法措施',
  reminders: '提醒/约谈/整改通知次数',
  headcount: '申报人数',
  employees: '用工人数',
  status: '登记状态',
  payrollRows: '个税申报工资薪金行数',
  wageTotal: '工资薪金总额（元）',
  flag: '问题类型',
};

/** Text values that appear in evidence, in Chinese. */
export const VALUE_LABELS: Record<string, string> = {
  active: '存续（正常经营）',
  inactive: '吊销/注销/停业',
};

export const COLUMNS = {
  creditCode: '统一社会信用代码',
  name: '企业名称',
  township: '乡镇（街道）',
  eligibleEmployees: '应参保职工数',
  employeesSource: '人数来源',
  insured: '在本单位参保人数',
  coveredEmployees: '已参保职工数',
  rate: '参保率',
  uninsured: '未参保人数',
  injuryGap: '养老已保工伤未保人数',
  subsidies12m: '近12个月补助（元）',
  flags: '问题类型',
  evidence: '依据（来源·所属期·数据）',
  key: '重点企业',
  maskedId: '身份证号码（已脱敏）',
  personName: '姓名',
  income: '本月工资薪金收入（元）',
  reason: '列入原因',
  kind: '数据类型',
  feedPeriod: '采用所属期',
  feedUnit: '报送单位',
  receivedAt: '接收时间',
  monthsOld: '距本期（月）',
  feedRows: '有效行数',
  enterprises: '企业数',
  flagCount: '问题企业数',
  uninsuredPeople: '应保未保人数',
  subsidyPrecondition: '补助前置条件企业数',
  jointEnforcement: '联合执法建议企业数',
};

export const YES = '是';
export const NO = '否';
export const NO_DATA = '无数据';
export const STALE = '（超过2个月，未采用）';
