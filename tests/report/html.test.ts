import { beforeAll, describe, expect, it } from 'vitest';
import { supervisionReportHtml } from '../../lib/report/index.ts';
import { sampleModel } from './fixture.ts';

let html: string;
beforeAll(async () => {
  html = supervisionReportHtml(await sampleModel());
});

describe('the 督查专报 page', () => {
  it('is a Chinese page printable on A4', () => {
    expect(html.startsWith('<!DOCTYPE html>')).toBe(true);
    expect(html).toContain('<html lang="zh-CN">');
    expect(html).toContain('<meta charset="utf-8">');
    expect(html).toContain('@page { size: A4;');
    expect(html).toContain('@media print');
    expect(html).toContain('<title>武义县社会保险提标扩面工作督查专报（2023年3月）</title>');
  });

  it('loads nothing from outside and runs no script', () => {
    expect(html).not.toMatch(/\s(src|href)=/i);
    expect(html).not.toMatch(/url\(|@import/i);
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toMatch(/<link/i);
  });

  it('escapes enterprise names: a <script> name prints as text', () => {
    expect(html).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;有限公司');
    expect(html).toContain('=HYPERLINK(&quot;http://evil.example&quot;,&quot;点我&quot;)');
  });

  it('has a ranking row for each of the 19 townships, in rank order', () => {
    const rows = [...html.matchAll(/<tr class="township" data-code="([^"]+)">/g)].map((m) => m[1]);
    expect(rows).toHaveLength(19);
    expect(new Set(rows).size).toBe(19);
    expect(rows[0]).toBe('330723200000'); // 大田乡, 40.0
    expect(html).toMatch(
      /<tr class="township" data-code="330723200000"><td>1<\/td><td class="name">大田乡<\/td>/,
    );
    expect(html).toContain('<tr class="county">');
  });

  it('draws each township’s completion against a time-progress line, and the county trend', () => {
    const progress = html.match(/<svg class="chart progress-chart"[\s\S]*?<\/svg>/)?.[0] ?? '';
    expect(progress.match(/<g class="bar (ahead|behind|lagging)"/g)).toHaveLength(19);
    expect(progress).toContain('<line class="time-progress"');
    expect(progress).toContain('时间进度 25.0%');
    const trend = html.match(/<svg class="chart trend-chart"[\s\S]*?<\/svg>/)?.[0] ?? '';
    expect(trend).toContain('<line class="time-progress"');
    // four metrics, three months each
    expect(trend.match(/<polyline /g)).toHaveLength(4);
    expect(trend.match(/<circle /g)).toHaveLength(12);
  });

  it('shows the county figures, lagging townships, target lists and feed status', () => {
    expect(html).toContain('截至2023年3月底，全县新增企业职工养老参保2250人');
    expect(html).toContain('五、滞后乡镇');
    expect(html).toMatch(
      /<td class="name" rowspan="3">熟溪街道<\/td><td class="status-lagging" rowspan="3">滞后<\/td>/,
    );
    expect(html).toContain('桐琴镇（2家）');
    expect(html).toContain('用工规模大但参保率低；重点企业');
    expect(html).toContain('八、部门数据报送情况');
    expect(html).toContain('未报送');
  });
});
