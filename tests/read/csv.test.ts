import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { FileRejection } from '../../lib/ingest/reasons.ts';
import { HeaderNotFound, fileSourceFromBuffer, openTable } from '../../lib/read/index.ts';
import { allRows, observedSource, registryHeader, rejectionOf, workbookBytes } from './fixtures.ts';

const TITLE = '武义县在册企业清单';
/** A title line, the header, two records, a blank line and a record of empty cells, CRLF. */
const EXPORT = [
  TITLE,
  '统一社会信用代码,企业名称,登记状态',
  '914403001922038216,武义甲有限公司,存续',
  '',
  ',,',
  '9144030071526726XG,武义乙有限公司,在业',
  '',
].join('\r\n');

function open(bytes: Buffer, name = 'registry.csv') {
  return openTable(fileSourceFromBuffer(name, bytes), 'csv', registryHeader);
}

/** Reads a file's rows until the reader rejects it: the rejection, and how many rows came before. */
async function readUntilRejected(bytes: Buffer) {
  const table = await open(bytes);
  let read = 0;
  const error = await rejectionOf(
    (async () => {
      for await (const _ of table.rows) read++;
    })(),
  );
  return { error, read };
}

describe('CSV encodings (DATA-CONTRACT §4.1, §5.2)', () => {
  const variants: Array<[string, Buffer, string]> = [
    ['UTF-8', Buffer.from(EXPORT, 'utf8'), 'utf-8'],
    [
      'UTF-8 with BOM',
      Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(EXPORT, 'utf8')]),
      'utf-8',
    ],
    ['GBK (Excel on Chinese Windows)', iconv.encode(EXPORT, 'gbk'), 'gb18030'],
    ['UTF-16LE with BOM', iconv.encode(EXPORT, 'utf16le', { addBOM: true }), 'utf-16le'],
    ['UTF-16BE with BOM', iconv.encode(`\ufeff${EXPORT}`, 'utf16be'), 'utf-16be'],
  ];
  for (const [label, bytes, encoding] of variants) {
    it(`reads ${label} with the same rows and Excel's row numbers`, async () => {
      const table = await open(bytes);
      expect(table.encoding).toBe(encoding);
      expect(table.format).toBe('csv');
      expect(table.preamble).toEqual([{ rowNumber: 1, cells: [TITLE] }]);
      expect(table.header).toEqual({ rowNumber: 2, cells: ['统一社会信用代码', '企业名称', '登记状态'] });
      expect(await allRows(table)).toEqual([
        { rowNumber: 3, cells: ['914403001922038216', '武义甲有限公司', '存续'] },
        { rowNumber: 6, cells: ['9144030071526726XG', '武义乙有限公司', '在业'] },
      ]);
    });
  }

  it('decides GB18030 even when the Chinese text starts late in the first block', async () => {
    const filler = `${'#'.repeat(3000)}\n`.repeat(5);
    const text = `${filler}统一社会信用代码,企业名称\n914403001922038216,壶山街道某某店\n`;
    const table = await open(iconv.encode(text, 'gb18030'));
    expect(table.encoding).toBe('gb18030');
    expect(table.header.rowNumber).toBe(6);
    expect((await allRows(table))[0]?.cells).toEqual(['914403001922038216', '壶山街道某某店']);
  });
});

describe('CSV layout', () => {
  it('uses tab as delimiter when the header row has tabs and no commas (Excel «Unicode text»)', async () => {
    const text = '统一社会信用代码\t企业名称\t注册资本\r\n914403001922038216\t甲公司\t1,234.5\r\n';
    const table = await open(iconv.encode(text, 'utf16le', { addBOM: true }));
    expect(await allRows(table)).toEqual([
      { rowNumber: 2, cells: ['914403001922038216', '甲公司', '1,234.5'] },
    ]);
  });

  it('keeps comma as delimiter when the header row has commas, even if values hold tabs', async () => {
    const table = await open(Buffer.from('统一社会信用代码,企业名称\n914403001922038216,甲\t公司\n'));
    expect(await allRows(table)).toEqual([{ rowNumber: 2, cells: ['914403001922038216', '甲\t公司'] }]);
  });

  it('reads CR-only and mixed line ends', async () => {
    const table = await open(
      Buffer.from(
        '统一社会信用代码,企业名称\r914403001922038216,甲\n9144030071526726XG,乙\r\n91350200MA2YJ1XR9G,丙',
      ),
    );
    expect((await allRows(table)).map((r) => [r.rowNumber, r.cells[1]])).toEqual([
      [2, '甲'],
      [3, '乙'],
      [4, '丙'],
    ]);
  });

  it('numbers a record after a quoted multi-line cell by the line it starts on', async () => {
    const text =
      '统一社会信用代码,企业名称,住所\r\n914403001922038216,甲,"白洋街道\r\n某某路1号"\r\n9144030071526726XG,乙,壶山街道\r\n';
    const rows = await allRows(await open(Buffer.from(text)));
    // The line break inside the quoted cell is a control character and is removed (§5.2).
    expect(rows).toEqual([
      { rowNumber: 2, cells: ['914403001922038216', '甲', '白洋街道某某路1号'] },
      { rowNumber: 4, cells: ['9144030071526726XG', '乙', '壶山街道'] },
    ]);
  });

  it('removes NUL and other control characters but keeps tabs', async () => {
    const text = '统一社会信用代码,企业名称\n9144030019\u000022038216,甲\u0007公\t司\u001b\n';
    expect((await allRows(await open(Buffer.from(text))))[0]?.cells).toEqual([
      '914403001922038216',
      '甲公\t司',
    ]);
  });

  it('removes control characters that first appear deep in a large file, in every encoding read', async () => {
    const lines = ['统一社会信用代码,企业名称'];
    for (let i = 0; i < 20_000; i++) lines.push(`914403001922038216,企业${i}`);
    lines.push('9144030071526726XG,乙\u0000公司', '91350200MA2YJ1XR9G,丙\u0007');
    const text = lines.join('\r\n');
    for (const bytes of [Buffer.from(text), iconv.encode(text, 'gbk')]) {
      const rows = await allRows(await open(bytes));
      expect(rows).toHaveLength(20_002);
      expect(rows.at(-2)).toEqual({ rowNumber: 20_002, cells: ['9144030071526726XG', '乙公司'] });
      expect(rows.at(-1)?.cells).toEqual(['91350200MA2YJ1XR9G', '丙']);
    }
  });

  it('numbers rows after a quoted multi-line cell that first appears deep in a large file', async () => {
    const lines = ['统一社会信用代码,企业名称'];
    for (let i = 0; i < 20_000; i++) lines.push(`914403001922038216,企业${i}`);
    lines.push('9144030071526726XG,"乙\r\n公司\n二部"', '91350200MA2YJ1XR9G,丙');
    const rows = await allRows(await open(iconv.encode(lines.join('\n'), 'gbk')));
    expect(rows.at(-2)).toEqual({ rowNumber: 20_002, cells: ['9144030071526726XG', '乙公司二部'] });
    expect(rows.at(-1)).toEqual({ rowNumber: 20_005, cells: ['91350200MA2YJ1XR9G', '丙'] });
  });

  it('pads missing trailing cells with empty strings and keeps extra cells', async () => {
    const rows = await allRows(
      await open(
        Buffer.from(
          '统一社会信用代码,企业名称,登记状态\n914403001922038216\n9144030071526726XG,乙,在业,多余\n',
        ),
      ),
    );
    expect(rows.map((r) => r.cells)).toEqual([
      ['914403001922038216', '', ''],
      ['9144030071526726XG', '乙', '在业', '多余'],
    ]);
  });

  it('keeps every cell a string — leading zeros, long IDs and formulas as written', async () => {
    const rows = await allRows(await open(Buffer.from('统一社会信用代码,企业名称,人数\n0330723,=1+1,007\n')));
    expect(rows[0]?.cells).toEqual(['0330723', '=1+1', '007']);
  });

  it('reads Excel-style stray quotes inside unquoted cells as written', async () => {
    const rows = await allRows(
      await open(Buffer.from('统一社会信用代码,企业名称\n914403001922038216,12"寸屏厂\n')),
    );
    expect(rows[0]?.cells).toEqual(['914403001922038216', '12"寸屏厂']);
  });

  it('releases the file when the caller stops reading early', async () => {
    const source = observedSource(
      'registry.csv',
      Buffer.from(`统一社会信用代码,企业名称\n${'914403001922038216,甲\n'.repeat(50_000)}`),
    );
    const table = await openTable(source, 'csv', registryHeader);
    for await (const row of table.rows) {
      expect(row.rowNumber).toBe(2);
      break;
    }
    expect(source.lastStream?.destroyed).toBe(true);
  });

  it('reports progress up to the whole file', async () => {
    const bytes = Buffer.from(EXPORT);
    const table = await open(bytes);
    await allRows(table);
    expect(table.bytesRead()).toBe(bytes.length);
  });
});

describe('CSV rejections', () => {
  it('rejects an unbalanced quote, naming the line where the record starts', async () => {
    const text =
      '统一社会信用代码,企业名称\n914403001922038216,甲\n9144030071526726XG,"乙公司\n91350200MA2YJ1XR9G,丙\n';
    // A small file is parsed in one go, so the error may already surface while looking for the header.
    const error = await rejectionOf((async () => allRows(await open(Buffer.from(text))))());
    expect(error).toBeInstanceOf(FileRejection);
    expect(error.code).toBe('CSV_SYNTAX');
    expect(error.message).toContain('第3行');
  });

  it('throws a syntax error found deep in the file from the rows iterator, after the rows before it', async () => {
    const lines = ['统一社会信用代码,企业名称'];
    for (let i = 2; i < 90_000; i++) lines.push(`914403001922038216,企业${i}`);
    lines.push('9144030071526726XG,"未闭合', '91350200MA2YJ1XR9G,丙');
    const { error, read } = await readUntilRejected(Buffer.from(lines.join('\n')));
    expect(error.code).toBe('CSV_SYNTAX');
    expect(error.message).toContain('第90000行');
    expect(read).toBeLessThanOrEqual(89_998);
  });

  it('rejects a record grown past the size limit by a quote never closed, naming its first line', async () => {
    const lines = ['统一社会信用代码,企业名称', '914403001922038216,甲', '9144030071526726XG,"乙'];
    // Long enough to pass MAX_CSV_RECORD_CHARS (4 Mi characters) inside the open quote.
    for (let i = 0; i < 50_000; i++) lines.push(`91350200MA2YJ1XR9G,一个很长很长的企业名称${i}有限公司然后再长一点点点点点点点`);
    const { error, read } = await readUntilRejected(Buffer.from(lines.join('\n')));
    expect(error.code).toBe('CSV_SYNTAX');
    expect(error.message).toContain('第3行开始的一行内容过长');
    expect(read).toBe(1);
  });

  it('rejects an xlsx workbook named .csv as NOT_CSV', async () => {
    const xlsx = await workbookBytes((wb) => {
      wb.addWorksheet('名单').addRow(['统一社会信用代码', '企业名称']);
    });
    const error = await rejectionOf(open(xlsx));
    expect(error.code).toBe('NOT_CSV');
    expect(error.message).toContain('Excel工作簿');
  });

  it('rejects an OLE file (old .xls) named .csv as NOT_CSV', async () => {
    const ole = Buffer.concat([Buffer.from('d0cf11e0a1b11ae1', 'hex'), Buffer.alloc(2000)]);
    expect((await rejectionOf(open(ole))).code).toBe('NOT_CSV');
  });

  it('rejects binary content as NOT_CSV', async () => {
    const bytes = Buffer.alloc(4096);
    for (let i = 0; i < bytes.length; i++) bytes[i] = (i * 7919 + 13) % 256;
    expect((await rejectionOf(open(bytes))).code).toBe('NOT_CSV');
  });

  it('rejects an empty file as EMPTY_FILE', async () => {
    expect((await rejectionOf(open(Buffer.alloc(0)))).code).toBe('EMPTY_FILE');
  });

  it('reports the first non-empty rows when no header row is within the first 10', async () => {
    const lines = ['标题', '', '单位：元'];
    for (let i = 1; i <= 12; i++) lines.push(`第${i}行,x`);
    lines.push('统一社会信用代码,企业名称');
    const error = await rejectionOf(open(Buffer.from(lines.join('\n'))));
    expect(error).toBeInstanceOf(HeaderNotFound);
    const candidates = (error as unknown as HeaderNotFound).candidates;
    expect(candidates).toHaveLength(1);
    expect(candidates[0]?.map((r) => r.rowNumber)).toEqual([1, 3, 4, 5, 6, 7, 8, 9, 10, 11]);
    expect(candidates[0]?.[1]?.cells).toEqual(['单位：元']);
  });

  it('fails header detection for an encoding it does not read (UTF-16 without BOM is binary)', async () => {
    const bytes = iconv.encode('统一社会信用代码,企业名称\n914403001922038216,甲\n', 'utf16le');
    expect((await rejectionOf(open(bytes))).code).toBe('NOT_CSV');
  });
});
