import { describe, expect, it } from 'vitest';
import { type RollupInput, type RollupResult, rollup, rollupSeeds } from '../../lib/rollup/index.ts';
import { SeedError } from '../../lib/seeds/seedsDir.ts';
import { T, metrics } from './helpers.ts';

const seeds = rollupSeeds(2023);

function input2023(period: string, actuals: Record<string, ReturnType<typeof metrics>>): RollupInput {
  return {
    period,
    townships: seeds.townships,
    quotas: seeds.quotas,
    policy: seeds.policy,
    baseline: { period: '2022-12', mode: 'snapshot' },
    actuals: new Map(Object.entries(actuals)),
    participationRate: null,
    participationRateBaseline: null,
    baseConsolidation: null,
  };
}

function line(result: RollupResult, code: string) {
  const found = result.townships.find((t) => t.code === code);
  if (!found) throw new Error(`no line for ${code}`);
  return found;
}

const WEIGHTS = { newInsured: 0.6, coveredEnterprises: 0.2, keyEnterprises: 0.1, ruralOutreach: 0.1 };

describe('RULES 2.3 scoring against the 2023 Attachment 2 quotas', () => {
  const result = rollup(
    input2023('2023-06', {
      // 桐琴镇 quotas 2200 / 200 / 30 / 5
      [T.tongqin]: metrics(1210, 90, 30, 8),
      // 开发区 quotas 5500 / 600 / 80 / blank
      [T.kfq]: metrics(2200, 300, 20, 3),
      // 大田乡: only 进农村 5
      [T.datian]: metrics(0, 0, 0, 7),
      // 白姆乡: only 进农村 5
      [T.baimu]: metrics(0, 0, 0, 1),
    }),
  );

  it('time progress is month / 12', () => {
    expect(result.timeProgress).toBe(0.5);
  });

  it('scores 桐琴镇 by hand: 100 × (0.6×0.55 + 0.2×0.45 + 0.1×1.0 + 0.1×min(1.6, 1.2)) = 64.0, ahead', () => {
    const t = line(result, T.tongqin);
    expect(t.score).toBe(64);
    expect(t.completion).toEqual({
      newInsured: 0.55,
      coveredEnterprises: 0.45,
      keyEnterprises: 1,
      ruralOutreach: 1.6,
    });
    expect(t.status).toBe('ahead');
  });

  it('leaves the blank 进农村 quota of 开发区 out: 100 × 0.365 / 0.9 = 40.6; basis 0.40 is exactly tp − 0.10 → behind', () => {
    const t = line(result, T.kfq);
    expect(t.score).toBe(40.6);
    expect(t.quota.ruralOutreach).toBe(0);
    expect(t.actual.ruralOutreach).toBe(3);
    expect(t.completion.ruralOutreach).toBeNull();
    expect(t.status).toBe('behind');
  });

  it('scores a township with only 进农村 (大田乡) on the weighted sum, capped at 1.2: 120.0 and ahead', () => {
    const t = line(result, T.datian);
    expect(t.completion).toEqual({
      newInsured: null,
      coveredEnterprises: null,
      keyEnterprises: null,
      ruralOutreach: 1.4,
    });
    expect(t.score).toBe(120);
    expect(t.status).toBe('ahead');
  });

  it('白姆乡 at 20% against 50% time progress is lagging', () => {
    const t = line(result, T.baimu);
    expect(t.score).toBe(20);
    expect(t.status).toBe('lagging');
  });

  it('lists the 19 townships in rank order; those with nothing done share the next rank', () => {
    expect(result.townships).toHaveLength(19);
    expect(result.townships.slice(0, 4).map((t) => [t.name, t.rank])).toEqual([
      ['大田乡', 1],
      ['桐琴镇', 2],
      ['开发区', 3],
      ['白姆乡', 4],
    ]);
    const rest = result.townships.slice(4);
    expect(rest.every((t) => t.rank === 5 && t.score === 0 && t.status === 'lagging')).toBe(true);
    // ties are listed by code
    expect(rest.map((t) => t.code)).toEqual([...rest.map((t) => t.code)].sort());
  });
});

describe('RULES 2.3 status thresholds compare exactly', () => {
  // October: tp = 10/12; tp − 0.10 = 0.7333…; the three townships have a new-insured quota of 210.
  const result = rollup(
    input2023('2023-10', {
      [T.wangzhai]: metrics(175, 0, 0, 0), // 175/210 = 10/12 exactly
      [T.shuxi]: metrics(154, 0, 0, 0), // 154/210 = 0.7333… exactly tp − 0.10 (floating point says it is below)
      [T.lütan]: metrics(153, 0, 0, 0),
    }),
  );

  it('basis exactly at time progress is ahead (超序时)', () => {
    expect(line(result, T.wangzhai).status).toBe('ahead');
  });

  it('basis exactly at time progress − 0.10 is behind (略滞后), not lagging', () => {
    expect(154 / 210 >= 10 / 12 - 0.1).toBe(false); // why the comparison is exact
    expect(line(result, T.shuxi).status).toBe('behind');
  });

  it('one person fewer is lagging (滞后)', () => {
    expect(line(result, T.lütan).status).toBe('lagging');
  });
});

describe('RULES 2.3 rounding and ranking', () => {
  function custom(
    townships: Record<string, { quota: ReturnType<typeof metrics>; actual: ReturnType<typeof metrics> }>,
  ) {
    return rollup({
      period: '2023-06',
      townships: Object.keys(townships).map((code) => ({ code, name: `镇${code}` })),
      quotas: new Map(Object.entries(townships).map(([c, v]) => [c, v.quota])),
      policy: { scoreWeights: WEIGHTS, completionCap: 1.2, behindBand: 0.1 },
      baseline: { period: null, mode: 'startDate' },
      actuals: new Map(Object.entries(townships).map(([c, v]) => [c, v.actual])),
      participationRate: null,
      participationRateBaseline: null,
      baseConsolidation: null,
    });
  }

  it('rounds half up exactly: 100 × (0.6×0.8 + 0.2×0.9 + 0.1×0.9 + 0.1×0.825) = 83.25 → 83.3', () => {
    const result = custom({ A: { quota: metrics(100, 100, 100, 200), actual: metrics(80, 90, 90, 165) } });
    // the float trap: naive 100 × Σ gives 83.24999999999999, which rounds to 83.2
    expect(
      Math.round(100 * ((0.6 * 80) / 100 + (0.2 * 90) / 100 + (0.1 * 90) / 100 + (0.1 * 165) / 200) * 10) /
        10,
    ).toBe(83.2);
    expect(result.townships[0].score).toBe(83.3);
  });

  it('gives equal score and basis the same rank and skips the next: 1, 2, 2, 4', () => {
    const rural = (n: number) => ({ quota: metrics(0, 0, 0, 10), actual: metrics(0, 0, 0, n) });
    const result = custom({ A: rural(10), B: rural(8), C: rural(8), D: rural(5) });
    expect(result.townships.map((t) => [t.code, t.score, t.rank])).toEqual([
      ['A', 100, 1],
      ['B', 80, 2],
      ['C', 80, 2],
      ['D', 50, 4],
    ]);
  });

  it('breaks an equal rounded score by the basis', () => {
    // U1: (0.6×0.50 + 0.1×1.000) / 0.7 = 0.5714… → 57.1, basis 0.50
    // U2: (0.6×0.52 + 0.1×0.875) / 0.7 = 0.5707… → 57.1, basis 0.52
    const result = custom({
      U1: { quota: metrics(100, 0, 0, 40), actual: metrics(50, 0, 0, 40) },
      U2: { quota: metrics(100, 0, 0, 40), actual: metrics(52, 0, 0, 35) },
    });
    expect(result.townships.map((t) => [t.code, t.score, t.rank])).toEqual([
      ['U2', 57.1, 1],
      ['U1', 57.1, 2],
    ]);
  });
});

describe('RULES 2.4 county', () => {
  it('sums quotas and actuals with unassigned, completion unrounded, gain in percentage points', () => {
    const input = input2023('2023-06', {
      [T.tongqin]: metrics(1100, 100, 10, 5),
      [T.kfq]: metrics(2750, 300, 40, 0),
      unassigned: metrics(650, 7, 0, 4),
    });
    const result = rollup({
      ...input,
      participationRate: 0.82,
      participationRateBaseline: 0.75,
      baseConsolidation: 0.684,
    });
    expect(result.unassigned).toEqual(metrics(650, 7, 0, 4));
    expect(result.county.quota).toEqual(metrics(11000, 1193, 140, 110));
    expect(result.county.actual).toEqual(metrics(4500, 407, 50, 9));
    expect(result.county.completion).toEqual({
      newInsured: 4500 / 11000,
      coveredEnterprises: 407 / 1193,
      keyEnterprises: 50 / 140,
      ruralOutreach: 9 / 110,
    });
    expect(result.county.participationRateGainPp).toBe(7);
    expect(result.county.baseConsolidation).toBe(0.684);
  });

  it('has no gain when either rate is missing', () => {
    const result = rollup({ ...input2023('2023-06', {}), participationRate: 0.8 });
    expect(result.county.participationRateGainPp).toBeNull();
  });

  it('has exactly the keys of the rollup JSON (RULES 5)', () => {
    const result = rollup(input2023('2023-06', {}));
    expect(Object.keys(result)).toEqual([
      'period',
      'timeProgress',
      'baseline',
      'townships',
      'unassigned',
      'county',
    ]);
    expect(Object.keys(result.baseline)).toEqual(['period', 'mode']);
    expect(Object.keys(result.townships[0])).toEqual([
      'code',
      'name',
      'quota',
      'actual',
      'completion',
      'score',
      'status',
      'rank',
    ]);
    expect(Object.keys(result.townships[0].quota)).toEqual([
      'newInsured',
      'coveredEnterprises',
      'keyEnterprises',
      'ruralOutreach',
    ]);
    expect(Object.keys(result.county)).toEqual([
      'quota',
      'actual',
      'completion',
      'participationRate',
      'participationRateBaseline',
      'participationRateGainPp',
      'baseConsolidation',
    ]);
  });
});

describe('quota file for the year', () => {
  it('is required: a year without one is a clear error, not zeros', () => {
    expect(() => rollupSeeds(2024)).toThrow(SeedError);
    expect(() => rollupSeeds(2024)).toThrow(/2024年扩面任务（附件2）未配置：缺少 seeds\/quotas\/2024\.json/);
  });
});
