/**
 * Every Chinese text of the 督查专报 (RULES 2.5): titles, sheet names, column headers, the plan's
 * words for statuses, metrics, activities and flags. Nothing else in lib/report holds Chinese.
 */
import type { Kind } from '../model/kinds.ts';
import { KIND_LABELS } from '../model/kinds.ts';
import type { ActivityType } from '../model/rows.ts';
import type { Metric, Status } from '../rollup/types.ts';
import { parsePeriod } from '../snapshots/period.ts';

export const REPORT_TITLE = '武义县社会保险提标扩面工作督查专报';
export const ISSUER = '社会保险提标扩面领导小组办公室 跟踪分析和督查考核专班';

export function periodTitle(period: string): string {
  const { year, month } = parsePeriod(period);
  return `${year}年${month}月`;
}

export function spanTitle(period: string): string {
  const { year, month } = parsePeriod(period);
  return month === 1 ? `${year}年1月` : `${year}年1—${month}月`;
}

export function issuedOnText(date: string): string {
  const [y, m, d] = date.split('-').map(Number);
  return `${y}年${m}月${d}日`;
}

/** Attachment 2 column names. */
export const METRIC_LABELS: Record<Metric, string> = {
  newInsured: '新增企业职工养老参保',
  coveredEnterprises: '覆盖企业',
  keyEnterprises: '进重点企业',
  ruralOutreach: '进农村',
};

export const METRIC_UNITS: Record<Metric, string> = {
  newInsured: '人',
  coveredEnterprises: '家',
  keyEnterprises: '家',
  ruralOutreach: '次',
};

/** RULES 2.3. */
export const STATUS_LABELS: Record<Status, string> = {
  ahead: '超序时',
  behind: '略滞后',
  lagging: '滞后',
};
export const NO_STATUS = '—';

export const UNASSIGNED_LABEL = '未落地（县级部门及无属地）';
export const COUNTY_LABEL = '全县';
export const TOTAL_LABEL = '合计';
export const SUBTOTAL_LABEL = '小计';
export const NONE_TEXT = '—';

export const SHEETS = {
  ranking: '排名',
  county: '全县情况',
  lagging: '滞后乡镇',
  activity: '活动统计',
  targets: '重点企业名单',
  feeds: '数据报送情况',
} as const;

export const RANKING_HEADERS = {
  rank: '排名',
  township: '统筹区',
  quota: '任务数',
  actual: '完成数',
  completion: '完成率',
  score: '得分',
  status: '进度状态',
  timeProgress: '时间进度',
} as const;

export const COUNTY_HEADERS = ['指标', '目标', '实际', '完成情况'] as const;
export const COUNTY_ROWS = {
  newInsured: '新增企业职工养老参保（人）',
  participationRate: '企业职工基本养老保险参保率',
  participationRateBaseline: '上年末参保率',
  participationGain: '参保率提升（百分点）',
  baseConsolidation: '缴费基数夯实率',
  timeProgress: '时间进度',
  baseline: '新增参保统计基期',
} as const;

export function baselineText(baseline: { period: string | null; mode: 'snapshot' | 'startDate' }): string {
  return baseline.mode === 'snapshot' && baseline.period
    ? `${periodTitle(baseline.period)}参保人员名单`
    : '无上年末参保名单，按本次参保日期统计';
}

export function targetText(kind: 'newInsured' | 'gainPp' | 'base', value: number, from?: number): string {
  if (kind === 'newInsured') return `${value}人`;
  if (kind === 'gainPp') return `提升${value}个百分点`;
  return from === undefined
    ? `${formatPlainPercent(value)}以上`
    : `从${formatPlainPercent(from)}提高到${formatPlainPercent(value)}以上`;
}

function formatPlainPercent(value: number): string {
  return `${Math.round(value * 1000) / 10}%`;
}

export const LAGGING_HEADERS = [
  '排名',
  '统筹区',
  '进度状态',
  '得分',
  '滞后指标',
  '任务数',
  '完成数',
  '完成率',
  '按时间进度应完成',
  '差额',
] as const;
export const NO_LAGGING = '本月无滞后乡镇';

/** The plan's 社会保险政策活动开展情况统计表. */
export const ACTIVITY_LABELS: Record<ActivityType, string> = {
  进市场: '“进市场”宣传',
  进园区: '“进园区”宣传',
  进企业: '“进企业”宣传',
  进车间: '“进车间”宣传',
  进宿舍: '“进宿舍”宣传',
  进乡村: '“进乡村”宣传',
  其他: '其他宣传服务活动',
};
export const ACTIVITY_HEADERS = {
  unit: '责任单位',
  activity: '活动内容',
  count: '家（次、个）数',
  staff: '出动人数',
  served: '宣传服务对象人数',
  consulted: '其中咨询（人）',
  materials: '发放宣传资料（份）',
} as const;

/** RULES 1.7, the plan's words (one list for the whole product). */
import { FLAG_LABELS, type Flag } from '../model/comparison.ts';

export { FLAG_LABELS };
export const KEY_ENTERPRISE_LABEL = '重点企业';
export const SUBSIDY_PRECONDITION_LABEL = '财政补助前置条件未达标';
export const JOINT_ENFORCEMENT_LABEL = '多次提醒拒不整改（联合执法）';
export const TARGET_HEADERS = [
  '统筹区',
  '统一社会信用代码',
  '企业名称',
  '应参保人数',
  '已参保人数',
  '未参保人数',
  '参保率',
  '近12个月财政补助（元）',
  '问题类型',
] as const;
export const NO_TARGETS = '无';

export const FEED_HEADERS = [
  '数据类别',
  '报送单位',
  '使用所属期',
  '接收日期',
  '距本期（月）',
  '状态',
] as const;
export const FEED_STATE_LABELS = {
  current: '正常',
  old: '数据滞后',
  stale: '超期未用',
  missing: '未报送',
} as const;
export const UNNAMED_SOURCE = '（未注明报送单位）';

export function kindLabel(kind: Kind): string {
  return KIND_LABELS[kind];
}

/** HTML section headings. */
export const SECTIONS = {
  summary: '一、总体情况',
  ranking: '二、各统筹区任务完成情况排名',
  progressChart: '三、各统筹区完成进度与时间进度对比',
  trend: '四、全县完成率月度走势',
  lagging: '五、滞后乡镇',
  activity: '六、政策宣传活动开展情况',
  targets: '七、重点企业名单',
  feeds: '八、部门数据报送情况',
} as const;

export const CHART = {
  timeProgressLine: '时间进度',
  basisCaption: '完成进度（有新增参保任务的按新增参保完成率，其余按加权完成率）',
  trendCaption: '全县各项指标累计完成率',
  monthAxis: (month: number) => `${month}月`,
} as const;

export function summaryText(p: {
  period: string;
  newInsured: number;
  newInsuredQuota: number;
  completion: number | null;
  timeProgress: number;
  ahead: number;
  behind: number;
  lagging: number;
}): string {
  const completion = p.completion === null ? '—' : `${(p.completion * 100).toFixed(1)}%`;
  return (
    `截至${periodTitle(p.period)}底，全县新增企业职工养老参保${p.newInsured}人，` +
    `完成年度任务${p.newInsuredQuota}人的${completion}，时间进度${(p.timeProgress * 100).toFixed(1)}%。` +
    `各统筹区中超序时${p.ahead}个、略滞后${p.behind}个、滞后${p.lagging}个。`
  );
}

/** The 完成情况 column of 全县情况. Thresholds compare with a tolerance of 1e-9 (RULES 0). */
export const countyVerdict = {
  completion: (ratio: number | null): string =>
    ratio === null ? NONE_TEXT : `完成${(ratio * 100).toFixed(1)}%`,
  against: (value: number | null, target: number): string =>
    value === null ? '暂无数据' : value >= target - 1e-9 ? '已达到目标' : '未达到目标',
};

/** The 问题类型 of a target enterprise: its flags in the plan's words, then its designations. */
export function problemText(e: {
  flags: readonly Flag[];
  key: boolean;
  subsidyPrecondition: boolean;
  jointEnforcement: boolean;
}): string {
  const parts: string[] = e.flags.map((f) => FLAG_LABELS[f]);
  if (e.key) parts.push(KEY_ENTERPRISE_LABEL);
  if (e.subsidyPrecondition) parts.push(SUBSIDY_PRECONDITION_LABEL);
  if (e.jointEnforcement) parts.push(JOINT_ENFORCEMENT_LABEL);
  return parts.join('；');
}

export function sheetTitle(name: string, period: string): string {
  return `${name}（${periodTitle(period)}）`;
}

export function cumulativeText(period: string): string {
  return `${spanTitle(period)}累计`;
}

export function rankingNote(
  timeProgressPercent: string,
  baseline: { period: string | null; mode: 'snapshot' | 'startDate' },
): string {
  return `${RANKING_HEADERS.timeProgress}：${timeProgressPercent}；新增参保统计基期：${baselineText(baseline)}。`;
}

export function targetListHeading(township: string, enterprises: number): string {
  return `${township}（${enterprises}家）`;
}
