/** Fixtures for the reader tests, all generated in code. */
import { PassThrough, Readable } from 'node:stream';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import type { Cell, FileSource, HeaderTest, OpenedTable, Row } from '../../lib/read/types.ts';

/** The registry header test: a row holding 统一社会信用代码 and 企业名称. */
export const registryHeader: HeaderTest = (cells) =>
  cells.includes('统一社会信用代码') && cells.includes('企业名称');

export async function workbookBytes(build: (workbook: ExcelJS.Workbook) => void): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  build(workbook);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** A workbook written by exceljs's streaming writer (inline or shared strings, data descriptors). */
export async function streamedWorkbookBytes(
  build: (workbook: ExcelJS.stream.xlsx.WorkbookWriter) => Promise<void>,
  options: { useSharedStrings?: boolean } = {},
): Promise<Buffer> {
  const out = new PassThrough();
  const chunks: Buffer[] = [];
  out.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise((resolve) => out.on('end', resolve));
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({
    stream: out,
    useSharedStrings: options.useSharedStrings ?? false,
  });
  await build(workbook);
  await workbook.commit();
  await done;
  return Buffer.concat(chunks);
}

/** An archive of hand-written parts, in exactly the given order. */
export async function zipOf(
  parts: Array<[string, string | Buffer]>,
  options: { store?: boolean; dataDescriptors?: boolean } = {},
): Promise<Buffer> {
  const zip = new JSZip();
  for (const [path, content] of parts) zip.file(path, content);
  return zip.generateAsync({
    type: 'nodebuffer',
    compression: options.store ? 'STORE' : 'DEFLATE',
    streamFiles: options.dataDescriptors ?? false,
  });
}

const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const RELS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

export interface SheetSpec {
  name: string;
  /** Target relative to xl/, default worksheets/sheet<n>.xml. */
  target?: string;
  state?: 'hidden' | 'veryHidden';
  /** `<sheetData>` content. */
  rows: string;
}

/**
 * The parts of a minimal workbook as Excel orders them: workbook first, then the sheets, then styles
 * and shared strings (which the sheets depend on).
 */
export function workbookParts(
  sheets: SheetSpec[],
  extra: { sharedStrings?: string[]; styles?: string; workbookPr?: string; prefix?: string } = {},
): Array<[string, string]> {
  const p = extra.prefix ?? '';
  const ns = p ? `xmlns:${p.slice(0, -1)}="${MAIN}"` : `xmlns="${MAIN}"`;
  const targets = sheets.map((sheet, i) => sheet.target ?? `worksheets/sheet${i + 1}.xml`);
  const workbook =
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<${p}workbook ${ns} xmlns:r="${RELS}">` +
    (extra.workbookPr ?? '') +
    `<${p}sheets>${sheets
      .map(
        (s, i) =>
          `<${p}sheet name="${s.name}" sheetId="${i + 1}"${s.state ? ` state="${s.state}"` : ''} r:id="rId${i + 1}"/>`,
      )
      .join('')}</${p}sheets></${p}workbook>`;
  const relationships =
    `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
    targets
      .map((t, i) => `<Relationship Id="rId${i + 1}" Type="${RELS}/worksheet" Target="${t}"/>`)
      .join('') +
    (extra.styles !== undefined
      ? `<Relationship Id="rIdS" Type="${RELS}/styles" Target="styles.xml"/>`
      : '') +
    (extra.sharedStrings
      ? `<Relationship Id="rIdT" Type="${RELS}/sharedStrings" Target="sharedStrings.xml"/>`
      : '') +
    '</Relationships>';
  const parts: Array<[string, string]> = [
    [
      '[Content_Types].xml',
      '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>',
    ],
    ['xl/workbook.xml', workbook],
    ['xl/_rels/workbook.xml.rels', relationships],
  ];
  sheets.forEach((sheet, i) => {
    parts.push([
      `xl/${targets[i]}`,
      `<?xml version="1.0" encoding="UTF-8"?><${p}worksheet ${ns}><${p}sheetData>${sheet.rows}</${p}sheetData></${p}worksheet>`,
    ]);
  });
  if (extra.styles !== undefined) {
    parts.push([
      'xl/styles.xml',
      `<?xml version="1.0"?><styleSheet xmlns="${MAIN}">${extra.styles}</styleSheet>`,
    ]);
  }
  if (extra.sharedStrings) {
    parts.push([
      'xl/sharedStrings.xml',
      `<?xml version="1.0"?><sst xmlns="${MAIN}">${extra.sharedStrings.map((s) => `<si>${s}</si>`).join('')}</sst>`,
    ]);
  }
  return parts;
}

/** A `<row>` of inline-string cells starting at column A. */
export function inlineRow(r: number, values: string[]): string {
  const cells = values.map(
    (v, i) => `<c r="${String.fromCharCode(65 + i)}${r}" t="inlineStr"><is><t>${v}</t></is></c>`,
  );
  return `<row r="${r}">${cells.join('')}</row>`;
}

/** A source that records how often it was opened and whether its last stream was released. */
export function observedSource(
  name: string,
  bytes: Buffer,
  chunkSize = 16 * 1024,
): FileSource & { opens: number; lastStream?: Readable } {
  function* slices() {
    for (let at = 0; at < bytes.length; at += chunkSize) yield bytes.subarray(at, at + chunkSize);
  }
  const source = {
    name,
    size: bytes.length,
    opens: 0,
    lastStream: undefined as Readable | undefined,
    async open() {
      source.opens++;
      source.lastStream = Readable.from(slices(), { objectMode: false });
      return source.lastStream;
    },
  };
  return source;
}

/** A source whose declared size differs from what it streams. */
export function lyingSource(name: string, declaredSize: number, bytes: Buffer): FileSource {
  return { name, size: declaredSize, open: async () => Readable.from([bytes]) };
}

export async function allRows(table: OpenedTable): Promise<Row[]> {
  const rows: Row[] = [];
  for await (const row of table.rows) rows.push(row);
  return rows;
}

/** Cells as plain values for comparison (dates as YYYY-MM-DD). */
export function plain(cells: Cell[]): Array<string | number | boolean | null> {
  return cells.map((cell) => (cell instanceof Date ? cell.toISOString().slice(0, 10) : cell));
}

/** The rejection code of a promise expected to fail. */
export async function rejectionOf(
  work: Promise<unknown>,
): Promise<{ code?: string; message: string; name: string }> {
  try {
    await work;
  } catch (error) {
    return error as { code?: string; message: string; name: string };
  }
  throw new Error('expected a rejection');
}
