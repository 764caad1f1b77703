/**
 * Workbooks written part by part, the way Excel, WPS and other exporters lay them out — things the
 * exceljs writer never produces.
 */
import { describe, expect, it } from 'vitest';
import { openTable } from '../../lib/read/index.ts';
import {
  allRows,
  inlineRow,
  observedSource,
  plain,
  registryHeader,
  workbookParts,
  zipOf,
} from './fixtures.ts';

const HEADER_ROW = inlineRow(1, ['统一社会信用代码', '企业名称', '成立日期']);

async function read(parts: Array<[string, string]>, options: { dataDescriptors?: boolean } = {}) {
  const source = observedSource('registry.xlsx', await zipOf(parts, options));
  const table = await openTable(source, 'xlsx', registryHeader);
  return { table, rows: await allRows(table), opens: source.opens };
}

describe('workbook parts as Excel writes them', () => {
  it('resolves shared strings stored after the sheet, reading the file twice', async () => {
    const parts = workbookParts(
      [
        {
          name: '名单',
          rows:
            '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c></row>' +
            '<row r="2"><c r="A2" t="s"><v>2</v></c><c r="B2" t="s"><v>3</v></c></row>',
        },
      ],
      {
        sharedStrings: [
          '<t>统一社会信用代码</t>',
          '<t>企业名称</t>',
          '<t>914403001922038216</t>',
          // Rich text runs are joined; the phonetic guide is not part of the text.
          '<r><rPr><b/></rPr><t>武义</t></r><r><t xml:space="preserve">甲 有限公司</t></r><rPh sb="0" eb="2"><t>wuyi</t></rPh>',
        ],
      },
    );
    const { rows, opens } = await read(parts);
    expect(rows).toEqual([{ rowNumber: 2, cells: ['914403001922038216', '武义甲 有限公司'] }]);
    expect(opens).toBe(2);
  });

  it('reads the whole workbook in one pass when every part precedes the sheets', async () => {
    const parts = workbookParts(
      [{ name: '名单', rows: `${HEADER_ROW}${inlineRow(2, ['914403001922038216', '甲'])}` }],
      {
        sharedStrings: ['<t>unused</t>'],
        styles: '<cellXfs count="1"><xf numFmtId="0"/></cellXfs>',
      },
    );
    const sheet = parts.splice(3, 1);
    parts.push(...sheet); // workbook, rels, styles, shared strings, then the sheet
    const { rows, opens } = await read(parts);
    expect(rows.map((r) => r.cells[1])).toEqual(['甲']);
    expect(opens).toBe(1);
  });

  it('recognises the Chinese built-in date formats Excel and WPS write by id alone', async () => {
    const styles =
      '<numFmts count="1"><numFmt numFmtId="176" formatCode="yyyy&quot;年&quot;m&quot;月&quot;d&quot;日&quot;;@"/></numFmts>' +
      '<cellXfs count="7"><xf numFmtId="0"/><xf numFmtId="14"/><xf numFmtId="31"/><xf numFmtId="57"/>' +
      '<xf numFmtId="58"/><xf numFmtId="176"/><xf numFmtId="20"/></cellXfs>';
    const cells = [1, 2, 3, 4, 5, 6].map(
      (s, i) => `<c r="${String.fromCharCode(66 + i)}2" s="${s}"><v>44986.75</v></c>`,
    );
    const parts = workbookParts(
      [
        {
          name: '名单',
          rows: `${HEADER_ROW}<row r="2"><c r="A2" t="inlineStr"><is><t>914403001922038216</t></is></c>${cells.join('')}</row>`,
        },
      ],
      { styles },
    );
    const { rows } = await read(parts);
    // 44986 is 2023-03-01; the time of day (0.75) is dropped; format 20 (h:mm) shows no day and stays a number.
    expect(plain(rows[0]?.cells ?? [])).toEqual([
      '914403001922038216',
      '2023-03-01',
      '2023-03-01',
      '2023-03-01',
      '2023-03-01',
      '2023-03-01',
      44986.75,
    ]);
  });

  it('honours date1904="true" and ISO date cells (t="d")', async () => {
    const parts = workbookParts(
      [
        {
          name: '名单',
          rows: `${HEADER_ROW}<row r="2"><c r="A2" t="inlineStr"><is><t>914403001922038216</t></is></c><c r="B2" s="1"><v>43524</v></c><c r="C2" t="d"><v>2023-03-01T00:00:00</v></c></row>`,
        },
      ],
      {
        styles: '<cellXfs count="2"><xf numFmtId="0"/><xf numFmtId="14"/></cellXfs>',
        workbookPr: '<workbookPr date1904="true"/>',
      },
    );
    const { table, rows } = await read(parts);
    expect(table.date1904).toBe(true);
    expect(plain(rows[0]?.cells ?? [])).toEqual(['914403001922038216', '2023-03-01', '2023-03-01']);
  });

  it('reads rows and cells without references, prefixed elements, escapes and odd cell types', async () => {
    const rows =
      '<x:row><x:c t="inlineStr"><x:is><x:t>统一社会信用代码</x:t></x:is></x:c><x:c t="inlineStr"><x:is><x:t>企业名称</x:t></x:is></x:c></x:row>' +
      '<x:row><x:c t="inlineStr"><x:is><x:t>914403001922038216</x:t></x:is></x:c>' +
      '<x:c t="inlineStr"><x:is><x:r><x:t>甲</x:t></x:r><x:r><x:t>_x000D_公司_x005F_x0041_</x:t></x:r></x:is></x:c>' +
      '<x:c t="e"><x:v>#N/A</x:v></x:c><x:c t="b"><x:v>0</x:v></x:c>' +
      '<x:c t="str"><x:f>B2&amp;""</x:f><x:v>甲&amp;乙</x:v></x:c><x:c r="H2"><x:v>1.5E+17</x:v></x:c></x:row>';
    const parts = workbookParts([{ name: '名单', rows }], { prefix: 'x:' });
    const { rows: read2 } = await read(parts);
    expect(read2).toEqual([
      {
        rowNumber: 2,
        cells: [
          '914403001922038216',
          '甲公司_x0041_',
          '#N/A',
          false,
          '甲&乙',
          null,
          null,
          150000000000000000,
        ],
      },
    ]);
  });

  it('follows tab order from workbook.xml, not the order of the sheet parts', async () => {
    const parts = workbookParts([
      {
        name: '第一页',
        target: 'worksheets/sheet2.xml',
        rows: `${HEADER_ROW}${inlineRow(2, ['914403001922038216', '第一页的企业'])}`,
      },
      {
        name: '第二页',
        target: 'worksheets/sheet1.xml',
        rows: `${HEADER_ROW}${inlineRow(2, ['9144030071526726XG', '第二页的企业'])}`,
      },
    ]);
    // Put sheet1.xml (the second tab) before sheet2.xml in the archive.
    parts.sort(([a], [b]) => (a === 'xl/worksheets/sheet1.xml' && b === 'xl/worksheets/sheet2.xml' ? -1 : 0));
    const { table, rows } = await read(parts);
    expect(table.sheetName).toBe('第一页');
    expect(rows.map((r) => r.cells[1])).toEqual(['第一页的企业']);
  });

  it('reads archives whose entries end with data descriptors', async () => {
    const parts = workbookParts([
      { name: '名单', rows: `${HEADER_ROW}${inlineRow(3, ['914403001922038216', '甲'])}` },
    ]);
    const { rows } = await read(parts, { dataDescriptors: true });
    expect(rows).toEqual([{ rowNumber: 3, cells: ['914403001922038216', '甲', null] }]);
  });

  it('is not fooled by a data-descriptor signature inside an entry', async () => {
    const media = Buffer.concat([
      Buffer.from('binary'),
      Buffer.from([0x50, 0x4b, 0x07, 0x08]),
      Buffer.alloc(40, 7),
    ]);
    const parts: Array<[string, string | Buffer]> = workbookParts([
      { name: '名单', rows: `${HEADER_ROW}${inlineRow(2, ['914403001922038216', '甲'])}` },
    ]);
    parts.splice(1, 0, ['xl/media/image1.png', media]);
    const source = observedSource(
      'registry.xlsx',
      await zipOf(parts, { store: true, dataDescriptors: true }),
    );
    const rows = await allRows(await openTable(source, 'xlsx', registryHeader));
    expect(rows.map((r) => r.cells[1])).toEqual(['甲']);
  });

  it('reads a large shared string whose characters straddle chunk boundaries intact', async () => {
    const name = '武义县白洋街道某某路'.repeat(3000); // 90 KB of UTF-8, split across inflater chunks
    const parts = workbookParts([
      { name: '名单', rows: `${HEADER_ROW}${inlineRow(2, ['914403001922038216', name])}` },
    ]);
    const { rows } = await read(parts);
    expect(rows[0]?.cells[1]).toBe(name);
  });
});
