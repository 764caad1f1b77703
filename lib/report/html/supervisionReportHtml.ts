import { CHART, ISSUER, REPORT_TITLE, SECTIONS, issuedOnText, periodTitle, sheetTitle } from '../labels.ts';
import type { SupervisionReportModel } from '../model.ts';
import { activitySection } from './activitySection.ts';
import { countySection } from './countySection.ts';
import { escapeHtml } from './escape.ts';
import { feedsSection } from './feedsSection.ts';
import { laggingSection } from './laggingSection.ts';
import { progressChartSvg } from './progressChart.ts';
import { rankingSection } from './rankingSection.ts';
import { STYLES } from './styles.ts';
import { targetsSection } from './targetsSection.ts';
import { trendChartSvg } from './trendChart.ts';

/**
 * The 督查专报 for reading (RULES 2.5): one self-contained Chinese page — inline CSS and SVG, no
 * script, no external resource — printable on A4. Every value is escaped.
 */
export function supervisionReportHtml(model: SupervisionReportModel): string {
  const title = sheetTitle(REPORT_TITLE, model.period);
  const figure = (svg: string, caption: string) =>
    `<figure>${svg}<figcaption>${escapeHtml(caption)}</figcaption></figure>`;
  return [
    '<!DOCTYPE html>',
    '<html lang="zh-CN"><head><meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(title)}</title>`,
    `<style>${STYLES}</style></head><body><main class="page">`,
    `<header class="masthead"><h1>${escapeHtml(REPORT_TITLE)}</h1>`,
    `<div class="meta"><span>${escapeHtml(ISSUER)}</span><span>${escapeHtml(periodTitle(model.period))}</span><span>${escapeHtml(issuedOnText(model.issuedOn))}</span></div></header>`,
    countySection(model),
    rankingSection(model),
    `<section class="progress"><h2>${SECTIONS.progressChart}</h2>${figure(progressChartSvg(model.progress, model.rollup.timeProgress), CHART.basisCaption)}</section>`,
    `<section class="trend"><h2>${SECTIONS.trend}</h2>${figure(trendChartSvg(model.trend), CHART.trendCaption)}</section>`,
    laggingSection(model),
    activitySection(model),
    targetsSection(model),
    feedsSection(model),
    `<p class="footer">${escapeHtml(ISSUER)}</p>`,
    '</main></body></html>',
  ].join('\n');
}
