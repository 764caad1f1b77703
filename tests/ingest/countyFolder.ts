/**
 * The scenario: one upload of each of the 11 kinds for March 2023, as the departments send
 * them — a GBK CSV from the tax bureau, a registry workbook with two merged title rows above the
 * header, and the activity form exactly as printed in the plan. The cadres roster is received first
 * so that the contact records can be checked against it.
 */
import { minute, residentId, uscc, type Value, writeCsv, writeXlsx } from './fixtures.ts';

export const DATIAN = '330723200000';

export const ENTERPRISE = { jia: uscc(1), yi: uscc(2), bing: uscc(3), ding: uscc(4) };
export const PERSON = {
  zhang: residentId('19900101', 123),
  li: residentId('19851215', 246),
  wang: residentId('19780320', 351),
};

export const KEYS = {
  cadres: 'cadres/2023-03/包保干部名册.xlsx',
  registry: 'registry/2023-03/在册企业清单.xlsx',
  taxPayroll: 'tax-payroll/2023-03/个税扣缴明细.csv',
  taxEmployers: 'tax-employers/2023-03/纳税企业名单.csv',
  insured: 'insured/2023-03/参保人员名单.xlsx',
  subsidies: 'subsidies/2023-03/finance/补助资金.xlsx',
  newform: 'newform/2023-03/transport/新业态企业.csv',
  survey: `survey/2023-03/${DATIAN}/入企调查.xlsx`,
  activity: `activity/2023-03/${DATIAN}/活动统计表.xlsx`,
  contacts: `contacts/2023-03/${DATIAN}/联系记录.csv`,
  enforcement: 'enforcement/2023-03/执法检查记录.csv',
} as const;

/** The counts a clerk expects per file: rows read, accepted, rejected. */
export const EXPECTED: Record<string, { kind: string; unit: string | null; rows: number; accepted: number; rejected: number }> = {
  [KEYS.cadres]: { kind: 'cadres', unit: null, rows: 3, accepted: 3, rejected: 0 },
  [KEYS.registry]: { kind: 'registry', unit: null, rows: 3, accepted: 3, rejected: 0 },
  [KEYS.taxPayroll]: { kind: 'tax-payroll', unit: null, rows: 4, accepted: 3, rejected: 1 },
  [KEYS.taxEmployers]: { kind: 'tax-employers', unit: null, rows: 2, accepted: 2, rejected: 0 },
  [KEYS.insured]: { kind: 'insured', unit: null, rows: 3, accepted: 3, rejected: 0 },
  [KEYS.subsidies]: { kind: 'subsidies', unit: 'finance', rows: 2, accepted: 2, rejected: 0 },
  [KEYS.newform]: { kind: 'newform', unit: 'transport', rows: 1, accepted: 1, rejected: 0 },
  [KEYS.survey]: { kind: 'survey', unit: DATIAN, rows: 2, accepted: 2, rejected: 0 },
  [KEYS.activity]: { kind: 'activity', unit: DATIAN, rows: 7, accepted: 7, rejected: 0 },
  [KEYS.contacts]: { kind: 'contacts', unit: DATIAN, rows: 3, accepted: 2, rejected: 1 },
  [KEYS.enforcement]: { kind: 'enforcement', unit: null, rows: 1, accepted: 1, rejected: 0 },
};

/** The plan's last table, as a township fills it in (DATA-CONTRACT 3.8 layout 1). */
export const ACTIVITY_FORM: Value[][] = [
  ['社会保险政策活动开展情况统计表'],
  ['责任单位：大田乡'],
  [
    '活动内容',
    '家（次、个）数',
    '出动人数',
    '宣传服务对象人数（其中咨询 ： 人）',
    '发放宣传资料（份）',
    '备注（发放短信、拨打电话等情况）',
  ],
  ['“进市场”宣传', 3, 6, '120（30）', 500, '发放短信200条'],
  ['“进园区”宣传', 2, 4, '80（20）', 300, null],
  ['“进企业”宣传', 12, 15, '260（45）', 800, null],
  ['“进车间”宣传', 4, 8, '90', 200, null],
  ['“进宿舍”宣传', null, null, null, null, null],
  ['“进乡村”宣传', 6, 10, '150（40）', 600, '拨打电话35次'],
  ['其他宣传服务活动', 1, 2, '30（5）', 50, null],
];

export const CADRES: Value[][] = [
  ['干部编号', '姓名', '职务', '手机号码', '挂钩类型', '挂钩对象'],
  ['G001', '徐杰', '县人力社保局副局长', '13857900001', '片区', '大田乡'],
  ['G001', '徐杰', '县人力社保局副局长', '13857900001', '企业', ENTERPRISE.jia],
  ['G002', '王芳', '大田乡副乡长', '13857900002', '片区', DATIAN],
];

/** Writes the eleven files, the roster received first (minute 1), the others a minute apart. */
export async function writeCountyFolder(root: string): Promise<void> {
  const { jia, yi, bing, ding } = ENTERPRISE;
  const { zhang, li, wang } = PERSON;
  await writeXlsx(root, KEYS.cadres, CADRES, { receivedAt: minute(1), textColumns: [5] });
  await writeXlsx(
    root,
    KEYS.registry,
    [
      ['武义县在册企业清单'],
      ['数据截至2023年3月31日', null, null, null, '单位：户'],
      ['统一社会信用代码', '企业名称', '登记状态', '所属乡镇（街道）', '是否规上企业'],
      [jia, '武义甲五金有限公司', '存续', '大田乡', '是'],
      [yi, '武义乙工贸有限公司', '在业', '桐琴镇', '否'],
      [bing, '武义丙电器有限公司', '注销', '白洋街道', '否'],
    ],
    { merges: ['A1:E1', 'A2:D2'], textColumns: [0], receivedAt: minute(2) },
  );
  await writeCsv(
    root,
    KEYS.taxPayroll,
    [
      ['扣缴义务人纳税人识别号', '扣缴义务人名称', '身份证件类型', '身份证件号码', '姓名', '所得项目', '收入额'],
      [jia, '武义甲五金有限公司', '居民身份证', zhang, '张三', '正常工资薪金', '5,000.00'],
      [jia, '武义甲五金有限公司', '居民身份证', li, '李四', '正常工资薪金', '4800'],
      [yi, '武义乙工贸有限公司', '居民身份证', wang, '王五', '正常工资薪金', '6200'],
      [yi, '武义乙工贸有限公司', '居民身份证', zhang.slice(0, 17), '赵六', '正常工资薪金', '3000'],
    ],
    { encoding: 'gbk', receivedAt: minute(3) },
  );
  await writeCsv(
    root,
    KEYS.taxEmployers,
    [
      ['纳税人识别号', '纳税人名称', '工资薪金总额', '扣缴申报人数'],
      [jia, '武义甲五金有限公司', '9800', '2'],
      [yi, '武义乙工贸有限公司', '9200', '2'],
    ],
    { encoding: 'utf8-bom', receivedAt: minute(4) },
  );
  await writeXlsx(
    root,
    KEYS.insured,
    [
      ['公民身份号码', '姓名', '单位统一社会信用代码', '单位名称', '险种', '参保状态', '缴费基数'],
      [zhang, '张三', jia, '武义甲五金有限公司', '企业职工基本养老保险', '参保缴费', 4462],
      [zhang, '张三', jia, '武义甲五金有限公司', '工伤保险', '参保缴费', 4462],
      [li, '李四', jia, '武义甲五金有限公司', '企业职工基本养老保险', '暂停缴费', 4462],
    ],
    { textColumns: [0, 2], receivedAt: minute(5) },
  );
  await writeXlsx(
    root,
    KEYS.subsidies,
    [
      ['统一社会信用代码', '企业名称', '补助项目', '补助金额（万元）'],
      [jia, '武义甲五金有限公司', '稳岗返还', 1.5],
      [yi, '武义乙工贸有限公司', '技改补助', '0.8'],
    ],
    { receivedAt: minute(6) },
  );
  await writeCsv(
    root,
    KEYS.newform,
    [
      ['统一社会信用代码', '企业名称', '业态类型', '从业人员数'],
      [ding, '武义丁网约车服务有限公司', '网约车', '12'],
    ],
    { receivedAt: minute(7) },
  );
  await writeXlsx(
    root,
    KEYS.survey,
    [
      ['统一社会信用代码', '企业名称', '调查日期', '用工人数', '已参保人数', '参保意愿'],
      [jia, '武义甲五金有限公司', '2023-03-15', 12, 8, '愿意'],
      [bing, '武义丙电器有限公司', '2023/3/16', 5, 0, '观望'],
    ],
    { receivedAt: minute(8) },
  );
  await writeXlsx(root, KEYS.activity, ACTIVITY_FORM, { merges: ['A1:F1'], receivedAt: minute(9) });
  await writeCsv(
    root,
    KEYS.contacts,
    [
      ['干部编号', '干部姓名', '企业统一社会信用代码', '联系日期', '联系方式', '联系内容'],
      ['G001', '徐杰', jia, '2023-03-20', '上门走访', '宣传扩面政策'],
      ['', '王芳', '', '2023年3月21日', '电话', '了解片区进度'],
      ['G999', '查无此人', yi, '2023-03-22', '上门走访', ''],
    ],
    { receivedAt: minute(10) },
  );
  await writeCsv(
    root,
    KEYS.enforcement,
    [
      ['统一社会信用代码', '措施', '日期', '结果'],
      [yi, '提醒', '2023-03-10', '已整改'],
    ],
    { receivedAt: minute(11) },
  );
}
