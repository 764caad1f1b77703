import type { EnterpriseResult, Flag } from '../../lib/model/comparison.ts';
import type { ActivityRow } from '../../lib/model/rows.ts';
import { sumActivity } from '../../lib/rollup/activityTotals.ts';
import { type MetricValues, rollup, rollupSeeds } from '../../lib/rollup/index.ts';
import { feedStatus, type SupervisionReportModel, supervisionReportModel } from '../../lib/report/index.ts';
import { loadDepartments } from '../../lib/seeds/departments.ts';
import { loadPolicy } from '../../lib/seeds/policy.ts';
import { memoryDataset } from '../../lib/snapshots/memoryDataset.ts';

export const T = {
  kfq: '330723-KFQ',
  tongqin: '330723102000',
  quanxi: '330723103000',
  shuxi: '330723003000',
  datian: '330723200000',
} as const;

/** Enterprise names a hostile or careless source might send. */
export const HOSTILE_NAMES = {
  script: '<script>alert("x")</script>有限公司',
  formula: '=HYPERLINK("http://evil.example","点我")',
  plus: '+86热线公司',
  minus: '-1',
  at: '@SUM(A1:A2)',
  fullWidth: '　＝１＋１', // an ideographic space and full-width ＝: a formula after trim and NFKC
} as const;

const m = (
  newInsured: number,
  coveredEnterprises: number,
  keyEnterprises: number,
  ruralOutreach: number,
): MetricValues => ({
  newInsured,
  coveredEnterprises,
  keyEnterprises,
  ruralOutreach,
});

function enterprise(
  creditCode: string,
  name: string | null,
  township: string,
  flags: Flag[],
  extra: Partial<EnterpriseResult> = {},
): EnterpriseResult {
  return {
    creditCode,
    name,
    township,
    eligibleEmployees: 80,
    employeesSource: 'payroll',
    insured: 30,
    coveredEmployees: 30,
    uninsured: 50,
    rate: 0.375,
    injuryGap: 0,
    subsidies12m: 0,
    operating: true,
    flags,
    key: flags.includes('LARGE_LOW_RATE'),
    subsidyPrecondition: false,
    jointEnforcement: false,
    ...extra,
  };
}

export const ENTERPRISES: EnterpriseResult[] = [
  enterprise('914403001922038216', HOSTILE_NAMES.script, T.tongqin, ['LARGE_LOW_RATE']),
  enterprise('9144030071526726XG', HOSTILE_NAMES.formula, T.tongqin, ['OPERATING_NO_INSURED'], {
    coveredEmployees: 0,
    uninsured: 80,
    rate: 0,
    subsidies12m: 120000,
    subsidyPrecondition: true,
    jointEnforcement: true,
  }),
  enterprise('91350200MA2YJ1XR9G', HOSTILE_NAMES.plus, T.kfq, ['INJURY_GAP']),
  enterprise('91330723MA2DGH5L0B', HOSTILE_NAMES.minus, T.kfq, ['STATE_OWNED_GAP']),
  enterprise('91330723MA2DGH6L7N', HOSTILE_NAMES.at, 'unassigned', ['NEWFORM_NO_INJURY']),
  enterprise('91330723MA2DGH7L43', HOSTILE_NAMES.fullWidth, T.quanxi, ['ABOVE_SCALE_LOW_RATE']),
  enterprise('91330723MA2DGH8L1F', '合规企业', T.quanxi, []), // no flag: not on any list
];

/** A March 2023 report: four townships with figures, the rest at zero. */
export async function sampleModel(): Promise<SupervisionReportModel> {
  const seeds = rollupSeeds(2023);
  const policy = loadPolicy(2023);
  const result = rollup({
    period: '2023-03',
    townships: seeds.townships,
    quotas: seeds.quotas,
    policy: seeds.policy,
    baseline: { period: '2022-12', mode: 'snapshot' },
    actuals: new Map([
      [T.kfq, m(1500, 200, 25, 0)],
      [T.tongqin, m(600, 60, 8, 2)],
      [T.shuxi, m(30, 4, 0, 1)],
      [T.datian, m(0, 0, 0, 2)],
      ['unassigned', m(120, 3, 0, 1)],
    ]),
    participationRate: 0.7712,
    participationRateBaseline: 0.7401,
    baseConsolidation: 0.6825,
  });
  const form = (rural: number): ActivityRow[] => [
    { activity: '进乡村', count: rural, staff: 3, served: 45, consulted: 9, materials: 60 },
    { activity: '进园区', count: 1, staff: 2, served: 20, consulted: 4, materials: 30 },
  ];
  const activity = await sumActivity(
    [
      { unit: T.tongqin, rows: form(2) },
      { unit: T.datian, rows: form(2) },
      { unit: 'hrss', rows: form(1) },
    ],
    seeds.townships.map((t) => t.code),
  );
  const dataset = memoryDataset([
    {
      kind: 'insured',
      period: '2023-03',
      rows: [{ idNumber: '330723199001010011', scheme: 'pension', status: 'active' }],
    },
    {
      kind: 'registry',
      period: '2023-01',
      rows: [{ creditCode: '914403001922038216', name: 'x', status: 'active' }],
    },
    { kind: 'tax-payroll', period: '2022-12', rows: [] },
    { kind: 'survey', period: '2023-02', unit: T.tongqin, rows: [] },
    { kind: 'activity', period: '2023-03', unit: T.tongqin, rows: [] },
    { kind: 'subsidies', period: '2023-03', unit: 'commerce', rows: [] },
  ]);
  const feeds = feedStatus(dataset.currentManifests(), '2023-03', {
    timeZone: 'Asia/Shanghai',
    monthlyMaxAgeMonths: policy.payrollMaxAgeMonths,
    townships: seeds.townships,
    departments: loadDepartments(),
  });
  return supervisionReportModel({
    rollup: result,
    policy: seeds.policy,
    targets: policy.targets,
    issuedOn: '2023-04-10',
    activity,
    enterprises: ENTERPRISES,
    feeds,
    trend: [
      {
        period: '2023-01',
        completion: { newInsured: 0.05, coveredEnterprises: 0.04, keyEnterprises: 0.02, ruralOutreach: 0.01 },
      },
      {
        period: '2023-02',
        completion: { newInsured: 0.12, coveredEnterprises: 0.1, keyEnterprises: 0.1, ruralOutreach: 0.03 },
      },
      // another year's month is not drawn
      {
        period: '2022-12',
        completion: { newInsured: 0.98, coveredEnterprises: 1, keyEnterprises: 1, ruralOutreach: 1 },
      },
    ],
  });
}
