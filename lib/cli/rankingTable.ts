import { STATUS_LABELS } from '../report/labels.ts';
import type { MetricValues, RollupResult } from '../rollup/types.ts';
import { percent, table } from './format.ts';

const cell = (actual: MetricValues, quota: MetricValues, metric: keyof MetricValues) =>
  quota[metric] > 0 ? `${actual[metric]}/${quota[metric]}` : actual[metric] > 0 ? String(actual[metric]) : '—';

/** RULES 2.4: the change against last year's end, said as a rise or a fall (not «提高 -3.00»). */
function gain(pp: number | null): string {
  if (pp === null) return '提高 — 个百分点';
  return `${pp < 0 ? '下降' : '提高'} ${Math.abs(pp).toFixed(2)} 个百分点`;
}

/** The Chinese ranking table of a rollup, for the terminal. */
export function rankingTable(r: RollupResult): string {
  const rows = r.townships.map((t) => [
    t.rank === null ? '—' : String(t.rank),
    t.name,
    t.score === null ? '—' : t.score.toFixed(1),
    t.status ? STATUS_LABELS[t.status] : '—',
    cell(t.actual, t.quota, 'newInsured'),
    cell(t.actual, t.quota, 'coveredEnterprises'),
    cell(t.actual, t.quota, 'keyEnterprises'),
    cell(t.actual, t.quota, 'ruralOutreach'),
  ]);
  const county = r.county;
  return [
    `${r.period} 乡镇（街道）扩面工作排名（序时进度 ${percent(r.timeProgress)}）`,
    table(['排名', '乡镇（街道）', '得分', '状态', '新增参保', '覆盖企业', '进重点企业', '进农村'], rows),
    '',
    `全县新增企业职工养老参保 ${county.actual.newInsured}/${county.quota.newInsured}（${percent(county.completion.newInsured)}），` +
      `参保率 ${percent(county.participationRate)}（上年末 ${percent(county.participationRateBaseline)}，` +
      `${gain(county.participationRateGainPp)}），` +
      `缴费基数夯实率 ${percent(county.baseConsolidation)}`,
  ].join('\n');
}
