/**
 * The figures of the hand-made county (fixture.ts) for 2023-03, worked out by hand from RULES.md.
 * Both the CLI tests and the Lambda handler tests hold the product to them.
 */
import { E1, E2, E3, E4, E5, E6 } from './fixture.ts';

const KFQ = '330723-KFQ';
const TONGQIN = '330723102000';
const DATIAN = '330723200000';

/*
 * compare --period 2023-03 (RULES 1). P_tax = 2023-03 for both tax kinds; ages at 2023-03-31.
 * E1 payroll: P1 (6000; P1's 1000 from E2 is less, so P1 belongs to E1), P2, P3, P4, P8 eligible;
 *    P5 (woman, 53) is past the retirement age 50 → eligible 5. Covered: P1, P2, P3 (pension with E1),
 *    P8 (pension without employer, RULES 1.4) → 4; rate 4/5 = 0.8; insured (pension with E1) = 3;
 *    injuryGap: P3 has pension and no injury → 1. Subsidies: 2022-06 50000 (2022-03 is outside the
 *    12 months). aboveScale but 0.8 ≥ county rate; subsidies < 100000; 0.8 is not < 0.8 → no precondition.
 * E2 payroll: P6, P7 eligible (P14's 劳务报酬 is not employment) → 2, covered 0 (P6 suspended) → rate 0.
 *    Operating with nobody covered; 120000 yuan (12 万元, 2023-01) ≥ 100000 and 0 < 0.8; above scale
 *    and 0 < 0.125. Enforcement 提醒 2023-01-10 + 约谈 2023-02-15, still OPERATING_NO_INSURED, no
 *    联合执法 → joint enforcement. Township from the address 桐琴镇.
 * E3 tax-employers headcount 7, insured P9–P12 (4) → covered min(4, 7) = 4, uninsured 3, rate 4/7;
 *    state-owned with uninsured > 0; all four also in injury → injuryGap 0. One 提醒 only.
 * E4 survey (桐琴镇) employees 50, nobody insured → rate 0; 50 ≥ 50 and 0 < 0.125 − 0.10;
 *    newform workers 10 with nobody in injury. Name from newform (no registry, tax or insured name).
 * E5 注销 in the 2023-03 registry; E6 registered, nothing else → figures null, not operating.
 * County rate = (4 + 0 + 4 + 0) / (5 + 2 + 7 + 50) = 8/64 = 0.125.
 */
const enterprise = (fields: Record<string, unknown>) => ({
  creditCode: fields.creditCode,
  name: fields.name,
  township: fields.township,
  eligibleEmployees: fields.eligibleEmployees ?? null,
  employeesSource: fields.employeesSource ?? 'none',
  insured: fields.insured ?? 0,
  coveredEmployees: fields.coveredEmployees ?? null,
  uninsured: fields.uninsured ?? null,
  rate: fields.rate ?? null,
  injuryGap: fields.injuryGap ?? 0,
  subsidies12m: fields.subsidies12m ?? 0,
  operating: fields.operating ?? false,
  flags: fields.flags ?? [],
  key: fields.key ?? false,
  subsidyPrecondition: fields.subsidyPrecondition ?? false,
  jointEnforcement: fields.jointEnforcement ?? false,
});

export const COMPARE_2023_03 = {
  period: '2023-03',
  countyRate: 0.125,
  enterprises: [
    enterprise({
      creditCode: E1,
      name: '武义甲机械(武义)有限公司', // NFKC of the registry's （武义）
      township: KFQ,
      eligibleEmployees: 5,
      employeesSource: 'payroll',
      insured: 3,
      coveredEmployees: 4,
      uninsured: 1,
      rate: 0.8,
      injuryGap: 1,
      subsidies12m: 50000,
      operating: true,
      flags: ['INJURY_GAP'],
    }),
    enterprise({
      creditCode: E2,
      name: '武义乙贸易有限公司',
      township: TONGQIN,
      eligibleEmployees: 2,
      employeesSource: 'payroll',
      coveredEmployees: 0,
      uninsured: 2,
      rate: 0,
      subsidies12m: 120000,
      operating: true,
      flags: ['OPERATING_NO_INSURED', 'SUBSIDIZED_LOW_RATE', 'ABOVE_SCALE_LOW_RATE'],
      key: true,
      subsidyPrecondition: true,
      jointEnforcement: true,
    }),
    enterprise({
      creditCode: E3,
      name: '武义丙建设有限公司',
      township: DATIAN,
      eligibleEmployees: 7,
      employeesSource: 'tax-employers',
      insured: 4,
      coveredEmployees: 4,
      uninsured: 3,
      rate: 4 / 7,
      operating: true,
      flags: ['STATE_OWNED_GAP'],
      key: true,
    }),
    enterprise({
      creditCode: E4,
      name: '武义丁快递有限公司',
      township: TONGQIN, // RULES 1.2: not in the registry → the unit of its survey row
      eligibleEmployees: 50,
      employeesSource: 'survey',
      coveredEmployees: 0,
      uninsured: 50,
      rate: 0,
      operating: true,
      flags: ['OPERATING_NO_INSURED', 'LARGE_LOW_RATE', 'NEWFORM_NO_INJURY'],
      key: true,
    }),
    enterprise({ creditCode: E5, name: '武义戊科技有限公司', township: KFQ }),
    enterprise({ creditCode: E6, name: '武义己五金厂', township: KFQ }),
  ],
};

/*
 * rollup --period 2023-03 (RULES 2). Baseline B = insured 2022-12 (P1, P2, P9 active in pension).
 * newInsured: P3 → E1 → 开发区; P8 (no employer) → his row's township 履坦镇; P10, P11, P12 → E3 →
 *   大田乡; P13 (no employer, no township) → unassigned. (P6 is suspended: not active.)
 * coveredEnterprises: survey rows E1 (开发区), E2, E4 (桐琴镇); contact/enforcement E3 (大田乡).
 * keyEnterprises (key: E2, E3, E4) visited 上门走访: E4 (桐琴镇, 03-05), E3 (大田乡, 02-10); E2 by phone only.
 * ruralOutreach 进乡村: 开发区 2 (2023-02 form), 大田乡 3, 白姆乡 1, 俞源乡 1, hrss 4 → unassigned.
 * tp = 3/12 = 0.25. Scores (Σ wₘ·min(cₘ, 1.2) / Σ wₘ over quotas > 0, ×100, half up):
 *   大田乡 only 进农村 5: c = 3/5 → 60.0, basis 0.6 ≥ 0.25 → ahead, rank 1
 *   白姆乡, 俞源乡: c = 1/5 → 20.0, basis 0.2 ≥ 0.15 → behind, both rank 2
 *   桐琴镇: (0.6·0 + 0.2·2/200 + 0.1·1/30 + 0.1·0)/1.0 = 0.005333 → 0.5, rank 4
 *   履坦镇: (0.6·1/210 + 0.2·0 + 0.1·0)/0.9 = 0.003175 → 0.3, rank 5
 *   开发区: (0.6·1/5500 + 0.2·1/600 + 0.1·0)/0.9 = 0.000492 → 0.0, basis 1/5500 > 0, rank 6
 *   the other 13: 0.0 with basis 0, rank 7, in code order. All but the first three: lagging.
 * County: participation 0.125 (above) vs 2022-12: E1 2 of P1, P2, P3 covered, E2 0 of P6 → 2/4 = 0.5,
 *   gain −37.5 pp. Base consolidation (12 months to 2023-03, pension with an employer, base > 0,
 *   payroll income from it): P1 3000 / 6000, P2 3000 / clamp(4000 → 4462), P3 3231 / mean(7000, 9000)
 *   = 8000 → 9231 / 18462 = 0.5.
 */
type M = [number, number, number, number];
const metrics = ([newInsured, coveredEnterprises, keyEnterprises, ruralOutreach]: M) => ({
  newInsured,
  coveredEnterprises,
  keyEnterprises,
  ruralOutreach,
});
const ratio = (a: number, q: number) => (q > 0 ? a / q : null);
const township = (code: string, name: string, quota: M, actual: M, score: number, status: string, rank: number) => ({
  code,
  name,
  quota: metrics(quota),
  actual: metrics(actual),
  completion: {
    newInsured: ratio(actual[0], quota[0]),
    coveredEnterprises: ratio(actual[1], quota[1]),
    keyEnterprises: ratio(actual[2], quota[2]),
    ruralOutreach: ratio(actual[3], quota[3]),
  },
  score,
  status,
  rank,
});
const idle = (code: string, name: string, quota: M) => township(code, name, quota, [0, 0, 0, 0], 0, 'lagging', 7);

export const ROLLUP_2023_03 = {
  period: '2023-03',
  timeProgress: 0.25,
  baseline: { period: '2022-12', mode: 'snapshot' },
  townships: [
    // Attachment 2 quotas: [newInsured, coveredEnterprises, keyEnterprises, ruralOutreach], blanks 0.
    township('330723200000', '大田乡', [0, 0, 0, 5], [3, 1, 1, 3], 60, 'ahead', 1),
    township('330723201000', '白姆乡', [0, 0, 0, 5], [0, 0, 0, 1], 20, 'behind', 2),
    township('330723202000', '俞源乡', [0, 0, 0, 5], [0, 0, 0, 1], 20, 'behind', 2),
    township('330723102000', '桐琴镇', [2200, 200, 30, 5], [0, 2, 1, 0], 0.5, 'lagging', 4),
    township('330723101000', '履坦镇', [210, 40, 0, 5], [1, 0, 0, 0], 0.3, 'lagging', 5),
    township('330723-KFQ', '开发区', [5500, 600, 80, 0], [1, 1, 0, 2], 0, 'lagging', 6),
    idle('330723001000', '白洋街道', [310, 40, 0, 5]),
    idle('330723002000', '壶山街道', [310, 40, 0, 5]),
    idle('330723003000', '熟溪街道', [210, 40, 0, 5]),
    idle('330723100000', '柳城畲族镇', [20, 10, 0, 15]),
    idle('330723103000', '泉溪镇', [1700, 150, 20, 5]),
    idle('330723104000', '新宅镇', [20, 5, 0, 10]),
    idle('330723105000', '王宅镇', [210, 20, 0, 5]),
    idle('330723106000', '桃溪镇', [20, 8, 0, 10]),
    idle('330723107000', '茭道镇', [290, 40, 10, 5]),
    idle('330723203000', '坦洪乡', [0, 0, 0, 5]),
    idle('330723204000', '西联乡', [0, 0, 0, 5]),
    idle('330723205000', '三港乡', [0, 0, 0, 5]),
    idle('330723206000', '大溪口乡', [0, 0, 0, 5]),
  ],
  unassigned: metrics([1, 0, 0, 4]),
  county: {
    quota: metrics([11000, 1193, 140, 110]),
    actual: metrics([6, 4, 2, 11]), // 1+1+3+1, 1+2+1, 1+1, 2+3+1+1+4
    completion: { newInsured: 6 / 11000, coveredEnterprises: 4 / 1193, keyEnterprises: 2 / 140, ruralOutreach: 11 / 110 },
    participationRate: 0.125,
    participationRateBaseline: 0.5,
    participationRateGainPp: -37.5,
    baseConsolidation: 0.5,
  },
};

/*
 * survey-check --date 2023-03-24 (RULES 3): deadline 2023-03-31, daysLeft 7 → remind whoever has not
 * submitted. Seen at the end of 03-24: 开发区's survey (received 03-20) — coverage: E1 of the active
 * 开发区 registry enterprises E1, E6 (E5 is 注销) = 1/2; 桐琴镇's survey arrived on 03-25: not yet.
 */
const TOWNSHIP_NAMES: [string, string][] = [
  ['330723-KFQ', '开发区'],
  ['330723001000', '白洋街道'],
  ['330723002000', '壶山街道'],
  ['330723003000', '熟溪街道'],
  ['330723100000', '柳城畲族镇'],
  ['330723101000', '履坦镇'],
  ['330723102000', '桐琴镇'],
  ['330723103000', '泉溪镇'],
  ['330723104000', '新宅镇'],
  ['330723105000', '王宅镇'],
  ['330723106000', '桃溪镇'],
  ['330723107000', '茭道镇'],
  ['330723200000', '大田乡'],
  ['330723201000', '白姆乡'],
  ['330723202000', '俞源乡'],
  ['330723203000', '坦洪乡'],
  ['330723204000', '西联乡'],
  ['330723205000', '三港乡'],
  ['330723206000', '大溪口乡'],
];

export const SURVEY_CHECK_2023_03_24 = {
  date: '2023-03-24',
  year: 2023,
  deadline: '2023-03-31',
  daysLeft: 7,
  townships: TOWNSHIP_NAMES.map(([code, name]) =>
    code === KFQ
      ? { code, name, submitted: true, submittedOn: '2023-03-20', late: false, coverage: 0.5, action: 'none' }
      : { code, name, submitted: false, submittedOn: null, late: false, coverage: null, action: 'remind' },
  ),
};

/** RULES 3.4: the 片区 cadres of townships that have not submitted — 桐琴镇 C002, 大田乡 C003, 白姆乡 C004. */
export const REMIND_ALERT_IDS_2023_03_24 = [
  'survey-remind|C002|2023-03-24|330723102000',
  'survey-remind|C003|2023-03-24|330723200000',
  'survey-remind|C004|2023-03-24|330723201000',
];

/** RULES 4.2: one digest per cadre of the roster, then the office's. */
export const DIGEST_ALERT_IDS_2023_03 = [
  'digest|C001|2023-03|monthly',
  'digest|C002|2023-03|monthly',
  'digest|C003|2023-03|monthly',
  'digest|C004|2023-03|monthly',
  'office-digest|office|2023-03|county',
];
