import { METRICS } from '../../seeds/quotas.ts';
import { parsePeriod } from '../../snapshots/period.ts';
import { CHART, METRIC_LABELS } from '../labels.ts';
import type { TrendPoint } from '../model.ts';
import { escapeHtml } from './escape.ts';
import { percent, px } from './format.ts';

const LEFT = 48;
const RIGHT = 16;
const TOP = 16;
const PLOT_WIDTH = 560;
const PLOT_HEIGHT = 220;
const LEGEND = 44;

/**
 * Lines of the county's cumulative completion per metric over the months of the year, against the
 * time-progress diagonal (month / 12).
 */
export function trendChartSvg(trend: readonly TrendPoint[]): string {
  const width = LEFT + PLOT_WIDTH + RIGHT;
  const height = TOP + PLOT_HEIGHT + 24 + LEGEND;
  const values = trend.flatMap((p) => METRICS.map((m) => p.completion[m] ?? 0));
  const domain = Math.ceil(Math.max(1, ...values) * 5 - 1e-9) / 5;
  const x = (month: number) => LEFT + ((month - 1) / 11) * PLOT_WIDTH;
  const y = (v: number) => TOP + PLOT_HEIGHT - (Math.max(0, v) / domain) * PLOT_HEIGHT;
  const parts: string[] = [];
  for (let tick = 0; tick <= domain + 1e-9; tick += 0.2) {
    parts.push(
      `<line class="grid" x1="${LEFT}" y1="${px(y(tick))}" x2="${LEFT + PLOT_WIDTH}" y2="${px(y(tick))}"/>`,
      `<text class="tick" x="${LEFT - 6}" y="${px(y(tick) + 4)}" text-anchor="end">${Math.round(tick * 100)}%</text>`,
    );
  }
  for (let month = 1; month <= 12; month++) {
    parts.push(
      `<text class="tick" x="${px(x(month))}" y="${TOP + PLOT_HEIGHT + 16}" text-anchor="middle">${escapeHtml(CHART.monthAxis(month))}</text>`,
    );
  }
  parts.push(
    `<line class="time-progress" x1="${px(x(1))}" y1="${px(y(1 / 12))}" x2="${px(x(12))}" y2="${px(y(1))}"><title>${escapeHtml(CHART.timeProgressLine)}</title></line>`,
  );
  METRICS.forEach((metric, s) => {
    const points = trend
      .map((p) => ({ month: parsePeriod(p.period).month, value: p.completion[metric], period: p.period }))
      .filter((p): p is { month: number; value: number; period: string } => p.value !== null);
    if (points.length === 0) return;
    const line = points.map((p) => `${px(x(p.month))},${px(y(p.value))}`).join(' ');
    parts.push(`<g class="series s${s}" data-metric="${metric}">`);
    if (points.length > 1) parts.push(`<polyline points="${line}"/>`);
    for (const p of points) {
      parts.push(
        `<circle cx="${px(x(p.month))}" cy="${px(y(p.value))}" r="3"><title>${escapeHtml(
          `${METRIC_LABELS[metric]} ${p.period}：${percent(p.value)}`,
        )}</title></circle>`,
      );
    }
    parts.push('</g>');
  });
  // Legend: the four metrics and the time-progress line.
  const legendY = TOP + PLOT_HEIGHT + 36;
  const entries = [
    ...METRICS.map((m, s) => ({ cls: `series s${s}`, text: METRIC_LABELS[m] })),
    { cls: 'legend-tp', text: CHART.timeProgressLine },
  ];
  entries.forEach((e, i) => {
    const lx = LEFT + (i % 3) * 190;
    const ly = legendY + Math.floor(i / 3) * 18;
    parts.push(
      `<g class="${e.cls} legend"><line x1="${lx}" y1="${ly}" x2="${lx + 22}" y2="${ly}"/>`,
      `<text class="tick" x="${lx + 28}" y="${ly + 4}">${escapeHtml(e.text)}</text></g>`,
    );
  });
  return (
    `<svg class="chart trend-chart" viewBox="0 0 ${width} ${height}" width="100%" role="img" aria-label="${escapeHtml(CHART.trendCaption)}">` +
    `<title>${escapeHtml(CHART.trendCaption)}</title>${parts.join('')}</svg>`
  );
}
