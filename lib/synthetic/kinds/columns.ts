/**
 * A file layout: the headers a department's export uses, each naming the field it carries (or none,
 * for columns ingestion ignores such as 序号). Different departments and months use different
 * header aliases (DATA-CONTRACT 3).
 */
import type { OutCell } from '../writers/table.ts';

export type Layout = readonly (readonly [header: string, field: string | null])[];

export type FieldValues = Record<string, OutCell | undefined>;

export function headersOf(layout: Layout): string[] {
  return layout.map(([header]) => header);
}

/** The row's cells in the layout's order; `序号` columns are numbered by `serial`. */
export function project(layout: Layout, values: FieldValues, serial: number): OutCell[] {
  return layout.map(([header, field]) => {
    if (field === null) return header === '序号' ? serial : null;
    return values[field] ?? null;
  });
}
