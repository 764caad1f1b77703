/**
 * A tiny, hand-made county: the uploads of a handful of enterprises and people, small enough that
 * every figure of `compare`, `rollup`, `survey-check` and `digest` for 2023-03 can be worked out by
 * hand (the tests state them). Files are written as a department would drop them (UTF-8 CSV,
 * Chinese headers and names), each with the modification time that is its receipt (RULES 3.1).
 *
 * Codes (valid check characters, GB 32100 / GB 11643):
 *   E1 91330723MA2B00001H 武义甲机械（武义）有限公司 开发区, 规上; payroll-sourced
 *   E2 91330723MA2B00002L 武义乙贸易有限公司 桐琴镇 (by address), 规上; payroll, nobody insured
 *   E3 91330723MA2B00003P 武义丙建设有限公司 大田乡, 国有; tax-employers headcount 7
 *   E4 91330723MA2B00004T 武义丁快递有限公司 not in the registry; newform; survey of 桐琴镇, 50 employees
 *   E5 91330723MA2B00005X 武义戊科技有限公司 开发区, 注销 in 2023-03
 *   E6 91330723MA2B000061 武义己五金厂 开发区 (alias 经济开发区), nothing else known
 */
import { mkdir, utimes, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';

export const E1 = '91330723MA2B00001H';
export const E2 = '91330723MA2B00002L';
export const E3 = '91330723MA2B00003P';
export const E4 = '91330723MA2B00004T';
export const E5 = '91330723MA2B00005X';
export const E6 = '91330723MA2B000061';

/** People: ID number, name, sex and birth date as the ID says. */
export const PEOPLE = {
  P1: { id: '330723198505010112', name: '陈一鸣' }, // male 1985-05-01
  P2: { id: '330723199002020225', name: '林秀英' }, // female 1990-02-02
  P3: { id: '330723197007070310', name: '王建国' }, // male 1970-07-07 (52 at end of 2023-03: eligible)
  P4: { id: '330723200001010418', name: '周小龙' }, // male 2000-01-01
  P5: { id: '330723197001010528', name: '吴桂芳' }, // female 1970-01-01 (53: past retirement age 50)
  P6: { id: '330723199503030616', name: '赵志强' }, // male 1995-03-03
  P7: { id: '330723199808080729', name: '孙丽娟' }, // female 1998-08-08
  P8: { id: '330723199206060819', name: '郑海波' }, // male 1992-06-06, insured without employer
  P9: { id: '330723198004040911', name: '冯德才' },
  P10: { id: '330723198105051011', name: '何少华' },
  P11: { id: '330723198206061120', name: '马春燕' },
  P12: { id: '330723198307071213', name: '蒋文斌' },
  P13: { id: '330723198808081313', name: '韩立军' }, // insured without employer or township
  P14: { id: '330723199309091415', name: '钱多多' }, // 劳务报酬 only
} as const;

const { P1, P2, P3, P4, P5, P6, P7, P8, P9, P10, P11, P12, P13, P14 } = PEOPLE;

interface UploadFile {
  key: string;
  /** Receipt: the file's modification time (Asia/Shanghai wall clock written with its offset). */
  receivedAt: string;
  rows: string[][];
}

const REGISTRY_HEADER = ['统一社会信用代码', '企业名称', '登记状态', '所属乡镇（街道）', '住所', '是否规上企业', '是否国有企业'];
const registryRows = (e5Status: string) => [
  REGISTRY_HEADER,
  [E1, '武义甲机械（武义）有限公司', '存续', '开发区', '武义县开发区温泉南路1号', '是', '否'],
  [E2, '武义乙贸易有限公司', '在业', '', '武义县桐琴镇工业区8号', '是', '否'],
  [E3, '武义丙建设有限公司', '存续', '大田乡', '', '否', '是'],
  [E5, '武义戊科技有限公司', e5Status, '开发区', '', '否', '否'],
  [E6, '武义己五金厂', '存续', '经济开发区', '', '', ''],
];

const PAYROLL_HEADER = ['扣缴义务人纳税人识别号', '扣缴义务人名称', '身份证件类型', '身份证件号码', '姓名', '所得项目', '任职受雇从业类型', '收入额'];
const wage = (employer: string, employerName: string, person: { id: string; name: string }, income: number, incomeType = '正常工资薪金') => [
  employer,
  employerName,
  '居民身份证',
  person.id,
  person.name,
  incomeType,
  '雇员',
  String(income),
];

const INSURED_HEADER = ['公民身份号码', '姓名', '单位统一社会信用代码', '单位名称', '险种', '参保状态', '缴费基数', '参保日期', '所属乡镇（街道）'];
const insured = (
  person: { id: string; name: string },
  employer: string,
  scheme: string,
  status: string,
  base: string,
  startDate: string,
  township = '',
) => [person.id, person.name, employer, '', scheme, status, base, startDate, township];

const SURVEY_HEADER = ['统一社会信用代码', '企业名称', '调查日期', '用工人数', '已参保人数', '参保意愿', '是否重点扩面对象', '调查人'];
const CONTACTS_HEADER = ['干部编号', '企业统一社会信用代码', '联系日期', '联系方式', '联系内容'];
const ACTIVITY_HEADER = ['活动内容', '家（次、个）数', '出动人数', '宣传服务对象人数', '其中咨询人数', '发放宣传资料（份）', '备注'];
const ENFORCEMENT_HEADER = ['统一社会信用代码', '措施', '日期', '结果'];
const SUBSIDY_HEADER = ['统一社会信用代码', '企业名称', '补助项目', '补助金额（元）', '拨付日期'];

export const UPLOADS: UploadFile[] = [
  { key: 'registry/2022-12/在册企业清单.csv', receivedAt: '2023-01-05T09:00:00+08:00', rows: registryRows('存续') },
  {
    key: 'tax-payroll/2022-12/个税全员全额扣缴申报明细.csv',
    receivedAt: '2023-01-10T09:00:00+08:00',
    rows: [
      PAYROLL_HEADER,
      wage(E1, '武义甲机械', P1, 6000),
      wage(E1, '武义甲机械', P2, 4000),
      wage(E1, '武义甲机械', P3, 7000),
      wage(E2, '武义乙贸易', P6, 4500),
    ],
  },
  {
    key: 'insured/2022-12/参保人员名单.csv',
    receivedAt: '2023-01-10T10:00:00+08:00',
    rows: [
      INSURED_HEADER,
      insured(P1, E1, '企业职工基本养老保险', '参保缴费', '3000', '2015-01-01'),
      insured(P1, E1, '工伤保险', '参保缴费', '', '2015-01-01'),
      insured(P2, E1, '企业职工基本养老保险', '参保缴费', '3000', '2016-05-01'),
      insured(P2, E1, '工伤保险', '参保缴费', '', '2016-05-01'),
      insured(P9, E3, '企业职工基本养老保险', '参保缴费', '4000', '2010-01-01'),
      insured(P9, E3, '工伤保险', '参保缴费', '', '2010-01-01'),
    ],
  },
  // Outside the 12 months ending 2023-03: never counted in subsidies12m.
  {
    key: 'subsidies/2022-03/finance/企业补助.csv',
    receivedAt: '2022-04-10T09:00:00+08:00',
    rows: [SUBSIDY_HEADER, [E2, '武义乙贸易有限公司', '技术改造', '999999', '2022-03-15']],
  },
  {
    key: 'subsidies/2022-06/finance/企业补助.csv',
    receivedAt: '2022-07-10T09:00:00+08:00',
    rows: [SUBSIDY_HEADER, [E1, '武义甲机械', '技术改造', '50000', '2022-06-20']],
  },
  {
    key: 'subsidies/2023-01/finance/企业补助.csv',
    receivedAt: '2023-02-10T09:00:00+08:00',
    // 万元 in the header: 12 → 120000 yuan.
    rows: [['统一社会信用代码', '企业名称', '补助项目', '补助金额（万元）', '拨付日期'], [E2, '武义乙贸易', '稳岗补贴', '12', '2023-01-20']],
  },
  {
    key: 'enforcement/2023-01/执法检查记录.csv',
    receivedAt: '2023-02-01T09:00:00+08:00',
    rows: [ENFORCEMENT_HEADER, [E2, '提醒', '2023-01-10', '未整改']],
  },
  {
    key: 'enforcement/2023-02/执法检查记录.csv',
    receivedAt: '2023-03-01T09:00:00+08:00',
    rows: [ENFORCEMENT_HEADER, [E2, '约谈', '2023-02-15', '未整改'], [E3, '提醒', '2023-02-20', '整改中']],
  },
  {
    key: 'cadres/2023-02/包保干部名册.csv',
    receivedAt: '2023-02-01T09:00:00+08:00',
    rows: [
      ['干部编号', '姓名', '职务', '手机号码', '邮箱', '挂钩类型', '挂钩对象'],
      ['C001', '张卫东', '开发区管委会副主任', '13900000001', 'c001@wuyi.gov.cn', '片区', '开发区'],
      ['C001', '张卫东', '开发区管委会副主任', '13900000001', 'c001@wuyi.gov.cn', '企业', E1],
      ['C002', '李红梅', '桐琴镇副镇长', '13900000002', 'c002@wuyi.gov.cn', '片区', '桐琴镇'],
      ['C002', '李红梅', '桐琴镇副镇长', '13900000002', 'c002@wuyi.gov.cn', '企业', E2],
      ['C002', '李红梅', '桐琴镇副镇长', '13900000002', 'c002@wuyi.gov.cn', '企业', E4],
      ['C003', '王立新', '大田乡党委委员', '13900000003', 'c003@wuyi.gov.cn', '片区', '大田乡'],
      ['C003', '王立新', '大田乡党委委员', '13900000003', 'c003@wuyi.gov.cn', '企业', E3],
      ['C004', '赵明', '白姆乡副乡长', '13900000004', '', '片区', '白姆'],
    ],
  },
  {
    key: 'contacts/2023-02/330723200000/联系记录.csv',
    receivedAt: '2023-03-01T10:00:00+08:00',
    rows: [CONTACTS_HEADER, ['C003', E3, '2023-02-10', '上门走访', '宣传参保政策']],
  },
  {
    // The form as printed in the plan, with its title and 责任单位 rows.
    key: 'activity/2023-02/330723-KFQ/活动开展情况统计表.csv',
    receivedAt: '2023-03-02T09:00:00+08:00',
    rows: [
      ['社会保险政策活动开展情况统计表'],
      ['责任单位：开发区'],
      ['活动内容', '家（次、个）数', '出动人数', '宣传服务对象人数（其中咨询：人）', '发放宣传资料（份）', '备注（发放短信、拨打电话等情况）'],
      ['“进市场”宣传', '1', '3', '50（10）', '100', ''],
      ['“进乡村”宣传', '2', '4', '120（其中咨询：30人）', '200', ''],
    ],
  },
  { key: 'registry/2023-03/在册企业清单.csv', receivedAt: '2023-03-05T09:00:00+08:00', rows: registryRows('注销') },
  {
    key: 'newform/2023-03/transport/新业态企业.csv',
    receivedAt: '2023-03-10T09:00:00+08:00',
    rows: [['统一社会信用代码', '企业名称', '业态类型', '从业人员数', '主管部门'], [E4, '武义丁快递有限公司', '快递', '10', '县邮政管理局']],
  },
  {
    key: 'survey/2023-03/330723-KFQ/入企调查结果.csv',
    receivedAt: '2023-03-20T10:00:00+08:00',
    rows: [SURVEY_HEADER, [E1, '武义甲机械', '2023-03-15', '6', '4', '愿意', '否', '调查员甲']],
  },
  {
    // Received after 2023-03-24: the check of that day does not see it.
    key: 'survey/2023-03/330723102000/入企调查结果.csv',
    receivedAt: '2023-03-25T10:00:00+08:00',
    rows: [
      SURVEY_HEADER,
      [E4, '武义丁快递', '2023-03-18', '50', '0', '观望', '是', '调查员乙'],
      [E2, '武义乙贸易', '2023-03-18', '3', '0', '不愿意', '否', '调查员乙'],
    ],
  },
  {
    key: 'contacts/2023-03/330723-KFQ/联系记录.csv',
    receivedAt: '2023-03-28T09:00:00+08:00',
    rows: [CONTACTS_HEADER, ['C001', E1, '2023-03-10', '走访', '政策宣传'], ['C001', '', '2023-03-12', '电话', '片区工作对接']],
  },
  {
    key: 'contacts/2023-03/330723102000/联系记录.csv',
    receivedAt: '2023-03-28T09:30:00+08:00',
    rows: [CONTACTS_HEADER, ['C002', E4, '2023-03-05', '上门走访', '动员参保'], ['C002', E2, '2023-03-06', '电话', '督促整改']],
  },
  {
    key: 'activity/2023-03/330723200000/活动开展情况统计表.csv',
    receivedAt: '2023-03-30T09:00:00+08:00',
    rows: [ACTIVITY_HEADER, ['进乡村', '3', '6', '90', '20', '150', '发放短信50条']],
  },
  {
    key: 'activity/2023-03/330723201000/活动开展情况统计表.csv',
    receivedAt: '2023-03-30T09:10:00+08:00',
    rows: [ACTIVITY_HEADER, ['进乡村', '1', '2', '30', '5', '40', '']],
  },
  {
    key: 'activity/2023-03/330723202000/活动开展情况统计表.csv',
    receivedAt: '2023-03-30T09:20:00+08:00',
    rows: [ACTIVITY_HEADER, ['进乡村', '1', '2', '30', '5', '40', '']],
  },
  {
    // A county department's activity counts under `unassigned` (RULES 2.2).
    key: 'activity/2023-03/hrss/活动开展情况统计表.csv',
    receivedAt: '2023-03-30T09:30:00+08:00',
    rows: [ACTIVITY_HEADER, ['进乡村', '4', '8', '200', '50', '300', ''], ['进企业', '2', '4', '60', '10', '80', '']],
  },
  {
    key: 'insured/2023-03/参保人员名单.csv',
    receivedAt: '2023-04-05T09:00:00+08:00',
    rows: [
      INSURED_HEADER,
      insured(P1, E1, '企业职工基本养老保险', '参保缴费', '3000', '2015-01-01'),
      insured(P1, E1, '工伤保险', '参保缴费', '', '2015-01-01'),
      insured(P2, E1, '企业职工基本养老保险', '参保缴费', '3000', '2016-05-01'),
      insured(P2, E1, '工伤保险', '参保缴费', '', '2016-05-01'),
      insured(P3, E1, '企业职工基本养老保险', '参保缴费', '3231', '2023-01-15'),
      insured(P6, E2, '企业职工基本养老保险', '暂停缴费', '4500', '2021-01-01'),
      insured(P8, '', '企业职工基本养老保险', '参保缴费', '4462', '2023-02-01', '履坦镇'),
      insured(P9, E3, '企业职工基本养老保险', '参保缴费', '4000', '2010-01-01'),
      insured(P9, E3, '工伤保险', '参保缴费', '', '2010-01-01'),
      insured(P10, E3, '企业职工基本养老保险', '参保缴费', '4000', '2023-01-01'),
      insured(P10, E3, '工伤保险', '参保缴费', '', '2023-01-01'),
      insured(P11, E3, '企业职工基本养老保险', '参保缴费', '4000', '2023-02-01'),
      insured(P11, E3, '工伤保险', '参保缴费', '', '2023-02-01'),
      insured(P12, E3, '企业职工基本养老保险', '参保缴费', '4000', '2023-03-01'),
      insured(P12, E3, '工伤保险', '参保缴费', '', '2023-03-01'),
      insured(P13, '', '企业职工基本养老保险', '参保缴费', '4462', '2023-03-01'),
    ],
  },
  {
    key: 'tax-employers/2023-03/纳税企业名单.csv',
    receivedAt: '2023-04-12T09:00:00+08:00',
    rows: [
      ['纳税人识别号', '纳税人名称', '工资薪金总额', '扣缴申报人数'],
      [E1, '武义甲机械', '31500', '6'],
      [E3, '武义丙建设', '35000', '7'],
    ],
  },
  {
    key: 'tax-payroll/2023-03/个税全员全额扣缴申报明细.csv',
    receivedAt: '2023-04-12T09:10:00+08:00',
    rows: [
      PAYROLL_HEADER,
      wage(E1, '武义甲机械', P1, 6000),
      wage(E1, '武义甲机械', P2, 4000),
      wage(E1, '武义甲机械', P3, 9000),
      wage(E1, '武义甲机械', P4, 4000),
      wage(E1, '武义甲机械', P5, 3000),
      wage(E1, '武义甲机械', P8, 5500),
      wage(E2, '武义乙贸易', P6, 4500),
      wage(E2, '武义乙贸易', P7, 4200),
      wage(E2, '武义乙贸易', P1, 1000),
      wage(E2, '武义乙贸易', P14, 2000, '劳务报酬'),
    ],
  },
];

function csv(rows: string[][]): string {
  return `${rows.map((r) => r.join(',')).join('\r\n')}\r\n`;
}

/** Writes the upload tree under `root`, each file with its receipt as modification time. */
export async function writeUploads(root: string, uploads: readonly UploadFile[] = UPLOADS): Promise<void> {
  for (const upload of uploads) {
    const path = join(root, ...upload.key.split('/'));
    await mkdir(dirname(path), { recursive: true });
    await writeFile(path, csv(upload.rows), 'utf8');
    const at = new Date(upload.receivedAt);
    await utimes(path, at, at);
  }
}
