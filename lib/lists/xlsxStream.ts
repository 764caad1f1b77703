import { PassThrough } from 'node:stream';
import ExcelJS from 'exceljs';

/** A worksheet being written: header row once, then data rows, committed as they come. */
export interface SheetWriter {
  addRow(values: (string | number | null)[]): void;
}

/**
 * Writes a workbook with exceljs's streaming writer (lists can hold tens of thousands of people) and
 * returns its bytes. Every value is a plain string or number — never a formula (DATA-CONTRACT §5.6).
 */
export async function writeWorkbook(build: (addSheet: (name: string, headers: string[], widths?: number[]) => SheetWriter) => void): Promise<Buffer> {
  const sink = new PassThrough();
  const chunks: Buffer[] = [];
  sink.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<void>((resolve, reject) => {
    sink.on('end', resolve);
    sink.on('error', reject);
  });
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: sink, useStyles: true, useSharedStrings: false });
  workbook.creator = 'kuomian';
  workbook.created = new Date(0);
  workbook.modified = new Date(0);
  build((name, headers, widths) => {
    const sheet = workbook.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 1 }] });
    sheet.columns = headers.map((header, i) => ({ header, width: widths?.[i] ?? Math.max(10, header.length * 2 + 2) }));
    sheet.getRow(1).font = { bold: true };
    sheet.getRow(1).commit();
    return {
      addRow(values) {
        sheet.addRow(values.map((v) => (v === null ? '' : v))).commit();
      },
    };
  });
  for (const sheet of workbook.worksheets ?? []) sheet.commit?.();
  await workbook.commit();
  await done;
  return Buffer.concat(chunks);
}
