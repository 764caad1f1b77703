import { createHash } from 'node:crypto';
import { DATA_PREFIX } from '../config/names.ts';
import type { ObjectStore } from '../storage/ports.ts';
import { UTF8_BOM, csvLine } from './csvCell.ts';
import type { RowIssue } from './reasons.ts';

/** Where a department fetches the report of an upload (DATA-CONTRACT §4.6). */
export function rejectsKey(uploadKey: string): string {
  return `${DATA_PREFIX.rejects}${uploadKey}.csv`;
}

/**
 * Where the report goes when the store cannot hold `rejectsKey` — locally, when an upload folder
 * holds both `a.csv` and a folder `a.csv.csv/` (one report path would be a file and a folder at once),
 * or the path is too long. A `.` name no local upload can produce; the report's first line names the file.
 */
function fallbackRejectsKey(uploadKey: string): string {
  return `${DATA_PREFIX.rejects}.misplaced/${createHash('sha256').update(uploadKey).digest('hex')}.csv`;
}

const REPORT_TYPE = { contentType: 'text/csv; charset=utf-8' };

/** Writes the report of an upload; returns the object key it was written at (§5: never a crash). */
export async function putReport(objects: ObjectStore, uploadKey: string, body: string): Promise<string> {
  const key = rejectsKey(uploadKey);
  try {
    await objects.put(key, body, REPORT_TYPE);
    return key;
  } catch (error) {
    const fallback = fallbackRejectsKey(uploadKey);
    await objects.put(fallback, body, REPORT_TYPE).catch(() => {
      throw error;
    });
    return fallback;
  }
}

/** A report of an earlier version of this key exists. */
export async function hasReport(objects: ObjectStore, uploadKey: string): Promise<boolean> {
  for (const key of [rejectsKey(uploadKey), fallbackRejectsKey(uploadKey)]) {
    if ((await objects.list(key)).includes(key)) return true;
  }
  return false;
}

const HEADER = ['行号', '列名', '值', '原因代码', '级别', '说明'];
const SEVERITY = { error: '拒收', warning: '提示' } as const;

/**
 * The rejection report of one upload: a summary line, then one line per rejected row or warning,
 * row numbers as Excel shows them. Values arrive already masked (ID numbers) from the parsers.
 */
export class RejectsReport {
  private readonly lines: string[] = [];
  errors = 0;
  warnings = 0;

  add(issue: RowIssue): void {
    if (issue.severity === 'error') this.errors++;
    else this.warnings++;
    this.lines.push(csvLine([issue.row, issue.column, issue.value, issue.code, SEVERITY[issue.severity], issue.message]));
  }

  /** The issue lines alone. */
  body(): string {
    return this.lines.join('');
  }

  get isEmpty(): boolean {
    return this.lines.length === 0;
  }

  /** The report for a file with row-level outcomes. */
  render(summary: { key: string; rows: number; accepted: number; rejected: number }): string {
    const head = csvLine([
      `文件：${summary.key}`,
      `读取${summary.rows}行`,
      `接收${summary.accepted}行`,
      `拒收${summary.rejected}行`,
      `提示${this.warnings}条`,
      '',
    ]);
    return UTF8_BOM + head + csvLine(HEADER) + this.lines.join('');
  }
}

/** The report of a file rejected whole: one line that says why, then the row issues behind it, if any. */
export function wholeFileReport(key: string, code: string, message: string, rows?: RejectsReport): string {
  const why = csvLine(['', '', '', code, '拒收', message]);
  return UTF8_BOM + csvLine([`文件：${key}`, '整份文件拒收', '', '', '', '']) + csvLine(HEADER) + why + (rows?.body() ?? '');
}
