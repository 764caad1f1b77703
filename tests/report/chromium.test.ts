import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { supervisionReportHtml } from '../../lib/report/index.ts';
import { sampleModel } from './fixture.ts';

/**
 * Issue 4: the 督查专报 opens in a real browser with its table and charts. Headless Chromium comes
 * from Debian's `chromium` package (`.ci/run` installs it when missing).
 */
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

function chromium(args: string[], dir: string): string {
  return execFileSync(CHROMIUM, [...FLAGS, `--user-data-dir=${join(dir, 'profile')}`, ...args], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'ignore'],
    timeout: 90_000,
  });
}

describe('the 督查专报 in headless Chromium', () => {
  it('renders the ranking of 19 townships, the completion chart and the trend chart', async () => {
    expect(existsSync(CHROMIUM), `${CHROMIUM} is missing: apt-get install chromium`).toBe(true);
    const dir = mkdtempSync(join(tmpdir(), 'kuomian-report-'));
    const page = join(dir, 'report.html');
    writeFileSync(page, supervisionReportHtml(await sampleModel()));

    const dom = chromium(['--dump-dom', `file://${page}`], dir);
    expect(dom.match(/<tr class="township"/g)).toHaveLength(19);
    expect(dom).toContain('progress-chart');
    expect(dom.match(/<g class="bar /g)?.length).toBeGreaterThanOrEqual(19);
    expect(dom.match(/<svg /g)?.length).toBeGreaterThanOrEqual(2);

    const shot = join(dir, 'report.png');
    chromium([`--screenshot=${shot}`, '--window-size=1240,1754', `file://${page}`], dir);
    const png = readFileSync(shot);
    expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
    expect(png.length).toBeGreaterThan(20_000); // a blank page compresses to a few KB
  });
});
