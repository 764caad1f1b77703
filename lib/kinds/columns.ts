import { cellText } from '../normalize/cell.ts';
import { normalizeHeader } from '../normalize/text.ts';
import type { Cell } from '../read/types.ts';

/**
 * Column resolution, DATA-CONTRACT §3: a column is recognized when its header, after NFKC and removal
 * of all whitespace, equals one of the field's names treated the same way.
 */
export interface ColumnSpec {
  /** The contract's header names; the first is the one named in messages. */
  headers: readonly string[];
  required?: boolean;
  /**
   * An amount in yuan. A header saying 万元 means ten-thousands of yuan (§3); the plain names also
   * match with the unit written after them, `收入额（元）` or `工资总额（万元）`.
   */
  money?: boolean;
}

export type Columns<F extends string> = Record<F, ColumnSpec>;

export interface FoundColumn {
  index: number;
  /** The header as found in the file, for reports. */
  header: string;
  /** The header says 万元: values are × 10000. */
  tenThousand: boolean;
}

export type FoundColumns<F extends string> = Partial<Record<F, FoundColumn>>;

interface HeaderName {
  key: string;
  tenThousand: boolean;
}

const TEN_THOUSAND_YUAN = '万元';

function headerNames(spec: ColumnSpec): HeaderName[] {
  const names: HeaderName[] = [];
  for (const header of spec.headers) {
    const key = normalizeHeader(header);
    names.push({ key, tenThousand: key.includes(TEN_THOUSAND_YUAN) });
    if (spec.money && !key.includes('元')) {
      names.push({ key: `${key}(元)`, tenThousand: false }, { key: `${key}(万元)`, tenThousand: true });
    }
  }
  return names;
}

/** Which columns of a header row hold which fields; the fields' order decides who gets a shared column. */
export class ColumnMatcher<F extends string> {
  private readonly names: [F, HeaderName[]][];
  /** Each requirement is met by any one of its fields (contacts: 干部编号 or 干部姓名). */
  readonly requirements: F[][];

  constructor(
    readonly columns: Columns<F>,
    oneOf: F[][] = [],
  ) {
    const fields = Object.keys(columns) as F[];
    this.names = fields.map((field) => [field, headerNames(columns[field])]);
    this.requirements = [...fields.filter((f) => columns[f].required).map((f) => [f]), ...oneOf];
  }

  find(cells: readonly Cell[]): FoundColumns<F> {
    const headers = cells.map((cell) => normalizeHeader(cellText(cell)));
    const used = new Set<number>();
    const found: FoundColumns<F> = {};
    for (const [field, names] of this.names) {
      for (const name of names) {
        const index = headers.findIndex((header, i) => header === name.key && !used.has(i));
        if (index < 0) continue;
        used.add(index);
        found[field] = { index, header: headerAsFound(cells[index]), tenThousand: name.tenThousand };
        break;
      }
    }
    return found;
  }

  /** The requirements the found columns leave unmet. */
  unmet(found: FoundColumns<F>): F[][] {
    return this.requirements.filter((group) => !group.some((field) => found[field] !== undefined));
  }

  /** How a requirement is named to a clerk: its first header name (`干部编号或干部姓名` for a choice). */
  requirementName(group: F[]): string {
    return group.map((field) => this.columns[field].headers[0]).join('或');
  }
}

/** A header cell as the file shows it, for reports: line breaks inside the cell removed, trimmed. */
export function headerAsFound(cell: Cell | undefined): string {
  return cellText(cell)
    .replace(/[\r\n]+/g, '')
    .trim();
}
