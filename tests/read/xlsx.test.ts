import { describe, expect, it } from 'vitest';
import { HeaderNotFound, fileSourceFromBuffer, openTable } from '../../lib/read/index.ts';
import {
  allRows,
  observedSource,
  plain,
  registryHeader,
  rejectionOf,
  streamedWorkbookBytes,
  workbookBytes,
} from './fixtures.ts';

const HEADER = ['统一社会信用代码', '企业名称', '成立日期', '从业人数'];
const day = (y: number, m: number, d: number) => new Date(Date.UTC(y, m - 1, d));

function open(bytes: Buffer) {
  return openTable(fileSourceFromBuffer('registry.xlsx', bytes), 'xlsx', registryHeader);
}

describe('XLSX sheets and header row (DATA-CONTRACT §4.1, §5.3)', () => {
  it('skips merged title rows above the header and numbers rows as Excel does', async () => {
    const bytes = await workbookBytes((wb) => {
      const ws = wb.addWorksheet('在册企业');
      ws.getCell('A1').value = '武义县在册企业清单';
      ws.mergeCells('A1:D1');
      ws.getCell('A2').value = '填报单位：县市场监管局';
      ws.getRow(4).values = HEADER;
      ws.getRow(5).values = ['914403001922038216', '武义甲有限公司', day(2015, 6, 18), 35];
      ws.getRow(7).values = ['9144030071526726XG', '武义乙有限公司', day(2019, 12, 31), 8];
      ws.mergeCells('B8:C8');
      ws.getCell('A8').value = '91350200MA2YJ1XR9G';
      ws.getCell('B8').value = '合并单元格企业';
    });
    const table = await open(bytes);
    expect(table.format).toBe('xlsx');
    expect(table.sheetName).toBe('在册企业');
    expect(table.date1904).toBe(false);
    expect(table.preamble.map((r) => [r.rowNumber, r.cells[0]])).toEqual([
      [1, '武义县在册企业清单'],
      [2, '填报单位：县市场监管局'],
    ]);
    expect(table.header).toEqual({ rowNumber: 4, cells: HEADER });
    const rows = await allRows(table);
    expect(rows.map((r) => [r.rowNumber, ...plain(r.cells)])).toEqual([
      [5, '914403001922038216', '武义甲有限公司', '2015-06-18', 35],
      [7, '9144030071526726XG', '武义乙有限公司', '2019-12-31', 8],
      // A merged range keeps its value in the top-left cell only; the row is padded to the header.
      [8, '91350200MA2YJ1XR9G', '合并单元格企业', null, null],
    ]);
  });

  it('takes the first visible sheet with a header, not a hidden one before it', async () => {
    const bytes = await workbookBytes((wb) => {
      const hidden = wb.addWorksheet('旧数据');
      hidden.state = 'hidden';
      hidden.addRow(HEADER);
      hidden.addRow(['914403001922038216', '隐藏表中的企业']);
      wb.addWorksheet('说明').addRow(['本表由县市场监管局提供']);
      const visible = wb.addWorksheet('名单');
      visible.addRow(HEADER);
      visible.addRow(['9144030071526726XG', '可见表中的企业']);
    });
    const table = await open(bytes);
    expect(table.sheetName).toBe('名单');
    expect((await allRows(table)).map((r) => r.cells[1])).toEqual(['可见表中的企业']);
  });

  it('falls back to a hidden sheet when no visible sheet has the header', async () => {
    const bytes = await workbookBytes((wb) => {
      wb.addWorksheet('说明').addRow(['本表由县市场监管局提供']);
      const hidden = wb.addWorksheet('数据');
      hidden.state = 'hidden';
      hidden.addRow(HEADER);
      hidden.addRow(['914403001922038216', '隐藏表中的企业']);
    });
    const table = await open(bytes);
    expect(table.sheetName).toBe('数据');
    expect((await allRows(table)).map((r) => r.rowNumber)).toEqual([2]);
  });

  it('names each sheet and its first rows when no sheet has the header', async () => {
    const bytes = await workbookBytes((wb) => {
      const first = wb.addWorksheet('Sheet1');
      first.addRow(['信用代码', '单位']);
      first.addRow(['914403001922038216', '甲']);
      wb.addWorksheet('Sheet2');
    });
    const error = await rejectionOf(open(bytes));
    expect(error).toBeInstanceOf(HeaderNotFound);
    const notFound = error as unknown as HeaderNotFound;
    expect(notFound.tableNames).toEqual(['Sheet1', 'Sheet2']);
    expect(notFound.candidates.map((rows) => rows.map((r) => r.cells))).toEqual([
      [
        ['信用代码', '单位'],
        ['914403001922038216', '甲'],
      ],
      [],
    ]);
  });
});

describe('XLSX cell values', () => {
  it('reads date cells as UTC midnight of the day shown, and honours the 1904 date system', async () => {
    for (const date1904 of [false, true]) {
      const bytes = await workbookBytes((wb) => {
        wb.properties.date1904 = date1904;
        const ws = wb.addWorksheet('名单');
        ws.addRow(HEADER);
        ws.addRow(['914403001922038216', '甲', day(2023, 3, 1), 1]);
        ws.addRow(['9144030071526726XG', '乙', day(1999, 12, 31), 2]);
        ws.addRow(['91350200MA2YJ1XR9G', '丙', day(2024, 2, 29), 3]);
      });
      const table = await open(bytes);
      expect(table.date1904).toBe(date1904);
      const rows = await allRows(table);
      expect(rows.map((r) => r.cells[2])).toEqual([day(2023, 3, 1), day(1999, 12, 31), day(2024, 2, 29)]);
    }
  });

  it('reads formulas by their stored result, and flags a formula without one', async () => {
    const bytes = await workbookBytes((wb) => {
      const ws = wb.addWorksheet('名单');
      ws.addRow(HEADER);
      ws.addRow([
        '914403001922038216',
        { formula: 'UPPER("甲公司")', result: '甲公司' },
        null,
        { formula: '30+5', result: 35 },
      ]);
      ws.addRow(['9144030071526726XG', '乙', null, { formula: 'D2*2' }]);
    });
    const rows = await allRows(await open(bytes));
    expect(rows[0]).toEqual({ rowNumber: 2, cells: ['914403001922038216', '甲公司', null, 35] });
    expect(rows[1]).toEqual({
      rowNumber: 3,
      cells: ['9144030071526726XG', '乙', null, null],
      formulasWithoutValue: [3],
    });
  });

  it('keeps an ID typed as a number a number, so that Excel damage can be recognised', async () => {
    const bytes = await workbookBytes((wb) => {
      const ws = wb.addWorksheet('名单');
      ws.addRow(HEADER);
      ws.addRow([330723199001011200, '张三', null, 1.5]);
    });
    const rows = await allRows(await open(bytes));
    expect(rows[0]?.cells[0]).toBe(330723199001011200);
    expect(typeof rows[0]?.cells[0]).toBe('number');
    expect(rows[0]?.cells[3]).toBe(1.5);
  });

  it('reads rich text as plain text, and booleans as booleans', async () => {
    const bytes = await workbookBytes((wb) => {
      const ws = wb.addWorksheet('名单');
      ws.addRow([...HEADER, '规上企业']);
      ws.addRow([
        '914403001922038216',
        { richText: [{ text: '武义', font: { bold: true } }, { text: '甲有限公司' }] },
        null,
        null,
        true,
      ]);
    });
    const rows = await allRows(await open(bytes));
    expect(rows[0]?.cells).toEqual(['914403001922038216', '武义甲有限公司', null, null, true]);
  });

  it('skips fully empty rows, including rows of blank text', async () => {
    const bytes = await workbookBytes((wb) => {
      const ws = wb.addWorksheet('名单');
      ws.addRow(HEADER);
      ws.addRow(['914403001922038216', '甲']);
      ws.addRow(['  ', '']);
      ws.getRow(4).getCell(1).style = { font: { bold: true } };
      ws.addRow(['9144030071526726XG', '乙']);
    });
    expect((await allRows(await open(bytes))).map((r) => r.rowNumber)).toEqual([2, 5]);
  });
});

describe('XLSX streaming', () => {
  it('streams a 20,000-row workbook written by a streaming writer', async () => {
    const bytes = await streamedWorkbookBytes(async (wb) => {
      const ws = wb.addWorksheet('参保人员');
      ws.addRow(['武义县参保人员名单']).commit();
      ws.addRow(['公民身份号码', '姓名', '统一社会信用代码', '企业名称', '参保日期']).commit();
      for (let i = 0; i < 20_000; i++) {
        ws.addRow([
          `33072319900101${String(i % 10_000).padStart(4, '0')}`,
          `职工${i}`,
          '914403001922038216',
          '甲',
          day(2020, 1, 1),
        ]).commit();
      }
      ws.commit();
    });
    const source = observedSource('insured.xlsx', bytes);
    const table = await openTable(source, 'xlsx', registryHeader);
    let count = 0;
    let bytesAtFirstRow = 0;
    let last = 0;
    for await (const row of table.rows) {
      if (count === 0) bytesAtFirstRow = table.bytesRead();
      count++;
      last = row.rowNumber;
    }
    expect(count).toBe(20_000);
    expect(last).toBe(20_002);
    // Rows arrive while the file is still being read, not after it was read whole.
    expect(bytesAtFirstRow).toBeLessThan(bytes.length);
    expect(table.bytesRead()).toBeLessThanOrEqual(bytes.length);
  });

  it('reads a workbook with inline strings and data descriptors (streaming writers)', async () => {
    const bytes = await streamedWorkbookBytes(async (wb) => {
      const ws = wb.addWorksheet('名单');
      ws.addRow(HEADER).commit();
      ws.addRow(['914403001922038216', '武义甲有限公司', day(2023, 3, 1), 3]).commit();
      ws.commit();
    });
    const rows = await allRows(await open(bytes));
    expect(rows.map((r) => plain(r.cells))).toEqual([
      ['914403001922038216', '武义甲有限公司', '2023-03-01', 3],
    ]);
  });

  it('re-reads the file only as often as the zip order requires', async () => {
    // exceljs writes xl/workbook.xml last: one reading learns the parts, the second streams the sheet.
    const bytes = await workbookBytes((wb) => {
      const ws = wb.addWorksheet('名单');
      ws.addRow(HEADER);
      ws.addRow(['914403001922038216', '甲']);
    });
    const source = observedSource('registry.xlsx', bytes);
    await allRows(await openTable(source, 'xlsx', registryHeader));
    expect(source.opens).toBe(2);
  });

  it('releases the file when the caller leaves the rows early', async () => {
    const bytes = await streamedWorkbookBytes(async (wb) => {
      const ws = wb.addWorksheet('名单');
      ws.addRow(HEADER).commit();
      for (let i = 0; i < 5000; i++) ws.addRow(['914403001922038216', `企业${i}`]).commit();
      ws.commit();
    });
    const source = observedSource('registry.xlsx', bytes);
    const table = await openTable(source, 'xlsx', registryHeader);
    for await (const row of table.rows) {
      expect(row.rowNumber).toBe(2);
      break;
    }
    expect(source.lastStream?.destroyed).toBe(true);
  });

  it('releases the file when the caller closes the table without reading its rows', async () => {
    const bytes = await workbookBytes((wb) => {
      const ws = wb.addWorksheet('名单');
      ws.addRow(HEADER);
      ws.addRow(['914403001922038216', '甲']);
    });
    const source = observedSource('registry.xlsx', bytes);
    const table = await openTable(source, 'xlsx', registryHeader);
    expect(source.lastStream?.destroyed).toBe(false);
    await table.close();
    expect(source.lastStream?.destroyed).toBe(true);
  });
});
