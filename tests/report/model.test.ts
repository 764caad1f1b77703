import { beforeAll, describe, expect, it } from 'vitest';
import type { SupervisionReportModel } from '../../lib/report/index.ts';
import { HOSTILE_NAMES, T, sampleModel } from './fixture.ts';

let model: SupervisionReportModel;
beforeAll(async () => {
  model = await sampleModel();
});

describe('the 督查专报 model', () => {
  it('lists townships behind time progress with each metric behind and what time progress asks for', () => {
    // March: tp = 0.25. 开发区 and 桐琴镇 (1500/5500, 600/2200 = 27.3%) and 大田乡 (2/5) are ahead.
    expect(model.lagging).toHaveLength(16);
    expect(model.lagging.map((t) => t.code)).not.toContain(T.kfq);
    const shuxi = model.lagging.find((t) => t.code === T.shuxi);
    expect(shuxi?.status).toBe('lagging'); // 30/210 = 14.3% < 15%
    expect(shuxi?.behind.map((b) => [b.metric, b.quota, b.actual, b.dueByTimeProgress, b.shortfall])).toEqual(
      [
        ['newInsured', 210, 30, 53, 23], // ⌈210 × 3/12⌉ = ⌈52.5⌉
        ['coveredEnterprises', 40, 4, 10, 6],
        ['ruralOutreach', 5, 1, 2, 1],
      ],
    );
  });

  it('shows the basis of a township without a new-insured quota as its weighted completion', () => {
    expect(model.progress.find((p) => p.code === T.datian)?.basis).toBe(0.4);
    expect(model.progress.find((p) => p.code === T.kfq)?.basis).toBe(1500 / 5500);
    expect(model.progress.map((p) => p.code)).toEqual(model.rollup.townships.map((t) => t.code));
  });

  it('groups flagged enterprises per township, key enterprises first, unflagged ones left out', () => {
    expect(model.targetLists.map((l) => [l.name, l.enterprises.map((e) => e.name)])).toEqual([
      ['开发区', [HOSTILE_NAMES.minus, HOSTILE_NAMES.plus]],
      ['桐琴镇', [HOSTILE_NAMES.script, HOSTILE_NAMES.formula]],
      ['泉溪镇', [HOSTILE_NAMES.fullWidth]],
      ['未落地（县级部门及无属地）', [HOSTILE_NAMES.at]],
    ]);
  });

  it('draws the trend over the months of the campaign year, ending with P', () => {
    expect(model.trend.map((p) => p.period)).toEqual(['2023-01', '2023-02', '2023-03']);
    expect(model.trend[2].completion.newInsured).toBe((1500 + 600 + 30 + 120) / 11000);
  });

  it('reports each feed with the period in use, receipt date in Asia/Shanghai and age', () => {
    const feed = (kind: string, source: string) =>
      model.feeds.find((f) => f.kind === kind && f.source === source);
    expect(feed('insured', '县人力社保局')).toMatchObject({
      period: '2023-03',
      receivedOn: '2023-04-05',
      monthsOld: 0,
      state: 'current',
    });
    expect(feed('registry', '县市场监管局')).toMatchObject({ period: '2023-01', monthsOld: 2, state: 'old' });
    expect(feed('tax-payroll', '县税务局')).toMatchObject({
      period: '2022-12',
      monthsOld: 3,
      state: 'stale',
    });
    expect(feed('tax-employers', '县税务局')).toMatchObject({
      period: null,
      receivedOn: null,
      state: 'missing',
    });
    expect(feed('survey', '桐琴镇')).toMatchObject({ period: '2023-02', state: 'current' });
    expect(feed('survey', '泉溪镇')).toMatchObject({ period: null, state: 'missing' });
    expect(feed('subsidies', '县经济商务局')).toMatchObject({ period: '2023-03', state: 'current' });
    // every township owes survey, activity and contacts
    expect(model.feeds.filter((f) => f.kind === 'contacts')).toHaveLength(19);
  });
});
