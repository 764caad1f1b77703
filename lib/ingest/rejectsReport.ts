import { DATA_PREFIX } from '../config/names.ts';
import { UTF8_BOM, csvLine } from './csvCell.ts';
import type { RowIssue } from './reasons.ts';

/** Where a department fetches the report of an upload (DATA-CONTRACT §4.6). */
export function rejectsKey(uploadKey: string): string {
  return `${DATA_PREFIX.rejects}${uploadKey}.csv`;
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

/** The report of a file rejected whole: one line that says why. */
export function wholeFileReport(key: string, code: string, message: string): string {
  return UTF8_BOM + csvLine([`文件：${key}`, '整份文件拒收', '', '', '', '']) + csvLine(HEADER) + csvLine(['', '', '', code, '拒收', message]);
}
