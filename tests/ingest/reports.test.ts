/**
 * DATA-CONTRACT 4.6, 5.6: a file with bad rows gets `rejects/<key>.csv` — UTF-8 with BOM, row numbers
 * as Excel shows them, ID numbers masked, a reason code and a Chinese message per row, formula-looking
 * values made inert.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ingestFolder } from '../../lib/ingest/ingestFolder.ts';
import type { IngestOutcome } from '../../lib/ingest/ingestUpload.ts';
import { type Report, readReport, residentId, uscc, type Workspace, workspace, writeCsv, writeXlsx } from './fixtures.ts';

const EMPLOYER = uscc(11);
const OTHER_EMPLOYER = uscc(12);
/** A code whose check character is wrong: the right one is the last character of uscc(13). */
const WRONG_CHECK_USCC = `${uscc(13).slice(0, 17)}${uscc(13).endsWith('0') ? '1' : '0'}`;
const ZHANG = residentId('19900101', 123);
const LI = residentId('19851215', 246);
const WANG = residentId('19780320', 351);
/** The right first 17 digits with a wrong check digit. */
const BAD_CHECK_ID = `${ZHANG.slice(0, 17)}${ZHANG.endsWith('0') ? '1' : '0'}`;

const PAYROLL_KEY = 'tax-payroll/2023-03/三月个税明细.xlsx';
const INSURED_KEY = 'insured/2023-03/参保名单.csv';

/** Any 18-character resident ID in full (a valid USCC has letters, so it does not match). */
const FULL_ID = /\d{17}[\dXx]/;

describe('the rejection report of a workbook with bad rows', () => {
  let ws: Workspace;
  let outcomes: IngestOutcome[];
  let payroll: IngestOutcome;
  let report: Report;

  beforeAll(async () => {
    ws = await workspace();
    const header = ['扣缴义务人纳税人识别号', '扣缴义务人名称', '身份证件类型', '身份证件号码', '姓名', '所得项目', '收入额'];
    const name = '武义甲五金有限公司';
    await writeXlsx(
      ws.root,
      PAYROLL_KEY,
      [
        ['2023年3月个人所得税全员全额扣缴申报明细'], // row 1
        ['扣缴单位：武义县税务局（汇总）', null, null, null, null, null, '单位：元'], // row 2
        header, // row 3
        [EMPLOYER, name, '居民身份证', ZHANG, '张三', '正常工资薪金', 5000], // row 4: accepted
        [EMPLOYER, name, '居民身份证', BAD_CHECK_ID, '钱七', '正常工资薪金', 4000], // row 5: INVALID_ID
        [], // row 6: empty, skipped but still counted by Excel
        [EMPLOYER, name, '居民身份证', '3.30723E+17', '孙八', '正常工资薪金', 4100], // row 7: damaged
        [EMPLOYER, name, '居民身份证', LI, '李四', '正常工资薪金', '=1+1'], // row 8: not a number
        [WRONG_CHECK_USCC, '武义乙工贸有限公司', '居民身份证', WANG, '王五', '正常工资薪金', 6200], // row 9
        [EMPLOYER, name, '居民身份证', ZHANG, '张三', '正常工资薪金', 5000], // row 10: duplicate of row 4
        [OTHER_EMPLOYER, '武义丙电器有限公司', '居民身份证', 330723199001011000, '周九', '正常工资薪金', 3900], // row 11
      ],
      { merges: ['A1:G1', 'A2:F2'], textColumns: [0, 3] },
    );
    outcomes = await ingestFolder(ws.root, ws.deps);
    payroll = outcomes[0];
    report = await readReport(ws.dataDir, payroll.report);
  });
  afterAll(() => ws.cleanup());

  it('counts every row read as accepted or rejected, the empty row not at all', () => {
    expect(payroll).toMatchObject({ status: 'accepted', rows: 7, accepted: 1, rejected: 6 });
  });

  it('is written at rejects/<key>.csv inside the data directory, UTF-8 with BOM', () => {
    expect(payroll.report).toBe(`rejects/${PAYROLL_KEY}.csv`);
    expect(report.bom).toBe(true);
    expect(report.summary.slice(0, 4)).toEqual([`文件：${PAYROLL_KEY}`, '读取7行', '接收1行', '拒收6行']);
    expect(report.header).toEqual(['行号', '列名', '值', '原因代码', '级别', '说明']);
  });

  it('numbers rows as Excel shows them, below two title rows and across the empty row', () => {
    expect(report.lines.map((l) => [l.row, l.column, l.code])).toEqual([
      ['5', '身份证件号码', 'INVALID_ID'],
      ['7', '身份证件号码', 'ID_EXCEL_DAMAGED'],
      ['8', '收入额', 'INVALID_NUMBER'],
      ['9', '扣缴义务人纳税人识别号', 'INVALID_USCC'],
      ['10', '身份证件号码', 'DUPLICATE'],
      ['11', '身份证件号码', 'ID_EXCEL_DAMAGED'],
    ]);
    expect(report.lines.every((l) => l.level === '拒收')).toBe(true);
  });

  it('masks ID numbers: no full 18-digit ID anywhere in the report', () => {
    expect(report.lines[0].value).toBe(`330723********${BAD_CHECK_ID.slice(-4)}`);
    expect(report.lines[4].value).toBe(`330723********${ZHANG.slice(-4)}`);
    expect(report.lines[5].value).toBe('330723********1000');
    expect(report.text).not.toMatch(FULL_ID);
    for (const id of [ZHANG, LI, WANG, BAD_CHECK_ID]) expect(report.text).not.toContain(id);
  });

  it('tells the clerk in Chinese that Excel damaged the ID and how to fix the export', () => {
    expect(report.lines[1].value).toBe('3.30723E+17');
    expect(report.lines[1].message).toContain('身份证号被Excel转成了数字，后几位已丢失，请把该列设为文本格式后重新导出');
    expect(report.lines[5].message).toContain('请把该列设为文本格式');
    expect(report.lines[0].message).toContain('身份证号码无效');
    expect(report.lines[3].message).toContain('统一社会信用代码无效');
    expect(report.lines[4].message).toContain('重复');
    expect(report.lines[4].message).toContain('4');
    for (const line of report.lines) expect(line.message).toMatch(/[\u4e00-\u9fff]/);
  });

  it('writes a formula-looking value with a leading apostrophe, so Excel shows it as text', () => {
    expect(report.lines[2].value).toBe("'=1+1");
    expect(report.text).not.toMatch(/(^|,)=1\+1/m);
  });
});

describe('the rejection report of a CSV with an empty line in the middle', () => {
  let ws: Workspace;
  let outcome: IngestOutcome;
  let report: Report;

  beforeAll(async () => {
    ws = await workspace();
    await writeCsv(ws.root, INSURED_KEY, [
      ['公民身份号码', '姓名', '单位统一社会信用代码', '险种', '参保状态'], // line 1
      [ZHANG, '张三', EMPLOYER, '企业职工基本养老保险', '参保缴费'], // line 2
      [], // line 3: empty
      [LI, '李四', EMPLOYER, '养老', '参保缴费'], // line 4: unknown scheme
      [WANG, '王五', EMPLOYER, '工伤保险', '@SUM(A1)'], // line 5: unknown status, formula-looking
      [` ${BAD_CHECK_ID.toLowerCase()} `, '钱七', '', '工伤保险', '正常'], // line 6: bad ID
    ]);
    [outcome] = await ingestFolder(ws.root, ws.deps);
    report = await readReport(ws.dataDir, outcome.report);
  });
  afterAll(() => ws.cleanup());

  it('reports the line numbers a clerk sees when opening the CSV in Excel', () => {
    expect(outcome).toMatchObject({ status: 'accepted', rows: 4, accepted: 1, rejected: 3 });
    expect(report.lines.map((l) => [l.row, l.column, l.code])).toEqual([
      ['4', '险种', 'INVALID_VALUE'],
      ['5', '参保状态', 'INVALID_VALUE'],
      ['6', '公民身份号码', 'INVALID_ID'],
    ]);
    expect(report.lines[1].value).toBe("'@SUM(A1)");
    expect(report.lines[2].value).toBe(`330723********${BAD_CHECK_ID.slice(-4)}`);
    expect(report.text).not.toMatch(FULL_ID);
  });
});
