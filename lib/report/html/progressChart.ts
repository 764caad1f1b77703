import { CHART, STATUS_LABELS } from '../labels.ts';
import type { TownshipProgress } from '../model.ts';
import { escapeHtml } from './escape.ts';
import { percent, px } from './format.ts';

const LABEL_WIDTH = 96;
const PLOT_WIDTH = 520;
const VALUE_WIDTH = 56;
const ROW = 20;
const TOP = 26;
const BOTTOM = 22;

/**
 * Horizontal bars: each township's completion basis (RULES 2.3) in rank order, coloured by status,
 * with a vertical line at time progress.
 */
export function progressChartSvg(progress: readonly TownshipProgress[], timeProgress: number): string {
  const width = LABEL_WIDTH + PLOT_WIDTH + VALUE_WIDTH;
  const height = TOP + progress.length * ROW + BOTTOM;
  const maxValue = Math.max(1, timeProgress, ...progress.map((p) => p.basis ?? 0));
  const domain = Math.ceil(maxValue * 5 - 1e-9) / 5; // up to the next 20%
  const x = (v: number) => LABEL_WIDTH + (Math.max(0, v) / domain) * PLOT_WIDTH;
  const parts: string[] = [];
  for (let tick = 0; tick <= domain + 1e-9; tick += 0.2) {
    parts.push(
      `<line class="grid" x1="${px(x(tick))}" y1="${TOP - 4}" x2="${px(x(tick))}" y2="${height - BOTTOM}"/>`,
      `<text class="tick" x="${px(x(tick))}" y="${height - 6}" text-anchor="middle">${Math.round(tick * 100)}%</text>`,
    );
  }
  progress.forEach((p, i) => {
    const y = TOP + i * ROW;
    const status = p.status ?? 'none';
    const title = `${p.name}：${percent(p.basis)}${p.status ? `，${STATUS_LABELS[p.status]}` : ''}`;
    parts.push(
      `<g class="bar ${status}" data-code="${escapeHtml(p.code)}"><title>${escapeHtml(title)}</title>`,
      `<text class="label" x="${LABEL_WIDTH - 6}" y="${px(y + ROW * 0.68)}" text-anchor="end">${escapeHtml(p.name)}</text>`,
      `<rect x="${LABEL_WIDTH}" y="${px(y + 3)}" width="${px(x(p.basis ?? 0) - LABEL_WIDTH)}" height="${ROW - 6}"/>`,
      `<text class="value" x="${px(x(p.basis ?? 0) + 4)}" y="${px(y + ROW * 0.68)}">${escapeHtml(percent(p.basis))}</text>`,
      '</g>',
    );
  });
  const tpX = px(x(timeProgress));
  parts.push(
    `<line class="time-progress" x1="${tpX}" y1="${TOP - 6}" x2="${tpX}" y2="${height - BOTTOM}"/>`,
    `<text class="time-progress-label" x="${tpX}" y="${TOP - 10}" text-anchor="middle">${escapeHtml(
      `${CHART.timeProgressLine} ${percent(timeProgress)}`,
    )}</text>`,
  );
  return (
    `<svg class="chart progress-chart" viewBox="0 0 ${width} ${height}" width="100%" role="img" aria-label="${escapeHtml(CHART.basisCaption)}">` +
    `<title>${escapeHtml(CHART.basisCaption)}</title>${parts.join('')}</svg>`
  );
}
