import { mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { deflateRawSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FileRejection } from '../../lib/ingest/reasons.ts';
import { fileSourceFromBuffer, fileSourceFromPath, openTable } from '../../lib/read/index.ts';
import type { FileSource } from '../../lib/read/types.ts';
import {
  allRows,
  inlineRow,
  lyingSource,
  registryHeader,
  rejectionOf,
  workbookBytes,
  workbookParts,
  zipOf,
} from './fixtures.ts';

const xlsx = (bytes: Buffer, options?: { maxBytes?: number }) =>
  openTable(fileSourceFromBuffer('registry.xlsx', bytes), 'xlsx', registryHeader, options);

const validWorkbook = () =>
  workbookBytes((wb) => {
    const ws = wb.addWorksheet('名单');
    ws.addRow(['统一社会信用代码', '企业名称']);
    for (let i = 0; i < 200; i++) ws.addRow(['914403001922038216', `企业${i}`]);
  });

/** An OLE compound file whose directory names the given streams (UTF-16LE, as Office writes them). */
function oleFile(streams: string[]): Buffer {
  const header = Buffer.alloc(512);
  Buffer.from('d0cf11e0a1b11ae1', 'hex').copy(header);
  const directory = Buffer.alloc(128 * streams.length);
  streams.forEach((name, i) => {
    Buffer.from(name, 'utf16le').copy(directory, i * 128);
  });
  return Buffer.concat([header, Buffer.alloc(4096, 0xab), directory]);
}

describe('XLSX content that is not a readable workbook (DATA-CONTRACT §5.2)', () => {
  it('rejects a password-protected workbook (OLE with an encrypted package)', async () => {
    const error = await rejectionOf(xlsx(oleFile(['Root Entry', 'EncryptionInfo', 'EncryptedPackage'])));
    expect(error).toBeInstanceOf(FileRejection);
    expect(error.code).toBe('ENCRYPTED_WORKBOOK');
  });

  it('asks for .xlsx when an old .xls was renamed', async () => {
    expect(
      (await rejectionOf(xlsx(oleFile(['Root Entry', 'Workbook', '\u0005SummaryInformation'])))).code,
    ).toBe('XLS_FORMAT');
  });

  it('rejects random bytes as NOT_XLSX', async () => {
    const bytes = Buffer.alloc(10_000);
    for (let i = 0; i < bytes.length; i++) bytes[i] = (i * 2654435761) >>> 24;
    expect((await rejectionOf(xlsx(bytes))).code).toBe('NOT_XLSX');
  });

  it('rejects a CSV named .xlsx as NOT_XLSX', async () => {
    expect((await rejectionOf(xlsx(Buffer.from('统一社会信用代码,企业名称\n')))).code).toBe('NOT_XLSX');
  });

  it('rejects a zip that holds no workbook (a .docx) as NOT_XLSX', async () => {
    const docx = await zipOf([['word/document.xml', '<document/>']]);
    const error = await rejectionOf(xlsx(docx));
    expect(error.code).toBe('NOT_XLSX');
    expect(error.message).toContain('xl/workbook.xml');
  });

  it('rejects an empty file as EMPTY_FILE', async () => {
    expect((await rejectionOf(xlsx(Buffer.alloc(0)))).code).toBe('EMPTY_FILE');
  });

  it('rejects every truncation of a workbook with a reason, never hanging', async () => {
    const bytes = await validWorkbook();
    for (const fraction of [0.1, 0.3, 0.5, 0.7, 0.9, 0.99]) {
      const cut = bytes.subarray(0, Math.floor(bytes.length * fraction));
      const error = await rejectionOf((async () => allRows(await xlsx(cut)))());
      expect(error.code, `cut at ${fraction}`).toBe('NOT_XLSX');
    }
  });

  it('rejects corrupted bytes inside a workbook with a reason, never hanging', async () => {
    const bytes = await validWorkbook();
    for (const at of [0.2, 0.4, 0.6, 0.8]) {
      const damaged = Buffer.from(bytes);
      const start = Math.floor(damaged.length * at);
      for (let i = start; i < start + 64 && i < damaged.length; i++) damaged[i] = (damaged[i] ?? 0) ^ 0x5a;
      const outcome = await (async () => allRows(await xlsx(damaged)))().then(
        () => 'read',
        (error: { code?: string; name: string }) => error.code ?? error.name,
      );
      // Damaged content fails its checksum; damage to an unused part's name can go unnoticed.
      expect(['read', 'NOT_XLSX', 'HeaderNotFound'], `damaged at ${at}`).toContain(outcome);
    }
  });

  it('rejects a workbook whose content no longer matches its checksum, even if it still parses', async () => {
    const parts = workbookParts([
      {
        name: '名单',
        rows: `${inlineRow(1, ['统一社会信用代码', '企业名称'])}${inlineRow(2, ['914403001922038216', '甲公司'])}`,
      },
    ]);
    const bytes = await zipOf(parts, { store: true });
    const at = bytes.indexOf(Buffer.from('甲公司'));
    Buffer.from('乙公司').copy(bytes, at); // same length, still well-formed XML
    const error = await rejectionOf((async () => allRows(await xlsx(bytes)))());
    expect(error.code).toBe('NOT_XLSX');
  });

  it('rejects a part with an absurdly long text before buffering it', async () => {
    const huge = 'x'.repeat(5 * 1024 * 1024);
    const parts = workbookParts([{ name: '名单', rows: inlineRow(1, ['统一社会信用代码', huge]) }]);
    expect((await rejectionOf(xlsx(await zipOf(parts)))).code).toBe('NOT_XLSX');
  });

  it('rejects a sheet part that is not well-formed XML', async () => {
    const parts = workbookParts([
      { name: '名单', rows: `${inlineRow(1, ['统一社会信用代码', '企业名称'])}<row r="2"><c>` },
    ]);
    expect((await rejectionOf((async () => allRows(await xlsx(await zipOf(parts))))())).code).toBe(
      'NOT_XLSX',
    );
  });
});

describe('size limits (DATA-CONTRACT §5.4)', () => {
  it('rejects a file larger than the limit before reading it', async () => {
    const source: FileSource = {
      name: 'huge.csv',
      size: 2 * 1024 ** 3,
      open: async () => {
        throw new Error('must not be opened');
      },
    };
    const error = await rejectionOf(openTable(source, 'csv', registryHeader));
    expect(error.code).toBe('FILE_TOO_LARGE');
  });

  it('rejects a source that delivers more bytes than the limit, whatever size it declared', async () => {
    const text = `统一社会信用代码,企业名称\n${'914403001922038216,甲\n'.repeat(5000)}`;
    const source = lyingSource('registry.csv', 100, Buffer.from(text));
    const error = await rejectionOf(
      (async () => allRows(await openTable(source, 'csv', registryHeader, { maxBytes: 50_000 })))(),
    );
    expect(error.code).toBe('FILE_TOO_LARGE');
  });

  it('rejects a workbook whose parts inflate beyond the limit, while inflating', async () => {
    // 24 MB of zeros deflate to ~24 KB: a zip bomb in miniature, its size hidden in a data descriptor.
    const parts: Array<[string, string | Buffer]> = workbookParts([
      { name: '名单', rows: inlineRow(1, ['统一社会信用代码', '企业名称']) },
    ]);
    parts.splice(1, 0, ['xl/media/padding.bin', Buffer.alloc(24 * 1024 * 1024)]);
    const bomb = await zipOf(parts, { dataDescriptors: true });
    expect(bomb.length).toBeLessThan(1024 * 1024);
    const error = await rejectionOf(xlsx(bomb, { maxBytes: 8 * 1024 * 1024 }));
    expect(error.code).toBe('FILE_TOO_LARGE');
    expect(error.message).toContain('解压后');
  });

  it('checks the parts after the sheet too, once the last row has been read', async () => {
    const parts: Array<[string, string | Buffer]> = workbookParts([
      {
        name: '名单',
        rows: `${inlineRow(1, ['统一社会信用代码', '企业名称'])}${inlineRow(2, ['914403001922038216', '甲'])}`,
      },
    ]);
    parts.push(['xl/media/padding.bin', Buffer.alloc(24 * 1024 * 1024)]);
    const table = await xlsx(await zipOf(parts, { dataDescriptors: true }), { maxBytes: 8 * 1024 * 1024 });
    const rows: unknown[] = [];
    const error = await rejectionOf(
      (async () => {
        for await (const row of table.rows) rows.push(row);
      })(),
    );
    expect(rows).toHaveLength(1);
    expect(error.code).toBe('FILE_TOO_LARGE');
  });

  it('rejects an entry whose declared size exceeds the limit without inflating it', async () => {
    // A stored entry claiming 4 GB: the local header alone decides.
    const name = Buffer.from('xl/worksheets/sheet1.xml');
    const header = Buffer.alloc(30);
    header.writeUInt32LE(0x04034b50, 0);
    header.writeUInt16LE(8, 8); // deflated
    header.writeUInt32LE(16, 18); // compressed size
    header.writeUInt32LE(0xfffffff0, 22); // declared uncompressed size
    header.writeUInt16LE(name.length, 26);
    const bytes = Buffer.concat([
      header,
      name,
      deflateRawSync(Buffer.from('<x/>')).subarray(0, 16),
      Buffer.alloc(64),
    ]);
    expect((await rejectionOf(xlsx(bytes))).code).toBe('FILE_TOO_LARGE');
  });
});

describe('sources', () => {
  let folder: string;
  beforeAll(async () => {
    folder = await mkdtemp(join(tmpdir(), 'kuomian-read-'));
  });
  afterAll(async () => {
    await rm(folder, { recursive: true, force: true });
  });

  it('reads a local file by path, again for each reading', async () => {
    const path = join(folder, '在册企业.xlsx');
    await writeFile(path, await validWorkbook());
    const table = await openTable(await fileSourceFromPath(path), 'xlsx', registryHeader);
    expect((await allRows(table)).length).toBe(200);
  });

  it('refuses to follow a symbolic link', async () => {
    const target = join(folder, 'target.csv');
    await writeFile(target, '统一社会信用代码,企业名称\n');
    const link = join(folder, 'link.csv');
    await symlink(target, link);
    expect((await rejectionOf(fileSourceFromPath(link))).code).toBe('SYMLINK');
  });

  it('reports a source that fails while streaming as UNREADABLE', async () => {
    const source: FileSource = {
      name: 'registry.csv',
      size: 1000,
      open: async () =>
        Readable.from(
          (async function* () {
            yield Buffer.from('统一社会信用代码,企业名称\n914403001922038216,甲\n');
            throw Object.assign(new Error('socket hang up'), { code: 'ECONNRESET' });
          })(),
        ),
    };
    const error = await rejectionOf((async () => allRows(await openTable(source, 'csv', registryHeader)))());
    expect(error.code).toBe('UNREADABLE');
    expect(error.message).toContain('ECONNRESET');
  });
});
