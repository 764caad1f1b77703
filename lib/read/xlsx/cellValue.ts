import type { Cell } from '../types.ts';
import { excelSerialToDate, isoCellDate } from './excelDate.ts';
import { cellText } from './ooxmlText.ts';
import type { DateStyles } from './styles.ts';

/** A `<c>` element as written: its type, format, and the text of its `<v>` (or inline `<is>`). */
export interface RawCell {
  /** The `t` attribute: `s` shared string, `str` formula text, `inlineStr`, `b`, `e`, `d`, `n` (default). */
  type: string;
  /** The `s` attribute: index into the cell formats. */
  style: number;
  hasFormula: boolean;
  /** Text of `<v>`; null without one. */
  value: string | null;
  /** Text of `<is>` (runs joined, phonetic guides left out); null without one. */
  inline: string | null;
}

export interface WorkbookContext {
  sharedStrings: readonly string[];
  dateStyles: DateStyles;
  date1904: boolean;
}

export interface CellReading {
  value: Cell;
  /** A formula whose result was never stored (§5.3: read as empty, reported as a warning). */
  formulaWithoutValue: boolean;
}

/**
 * What the cell holds as a person sees it: text as text, numbers as numbers (an ID typed as a number
 * stays a number so that Excel damage can be recognised), date-formatted numbers as the day shown,
 * formulas by their stored result. Empty text is null, like an empty cell.
 */
export function readCell(raw: RawCell, context: WorkbookContext): CellReading {
  const value = typedValue(raw, context);
  const stored = raw.value !== null && (raw.value !== '' || raw.type === 'str');
  return { value, formulaWithoutValue: raw.hasFormula && !stored && raw.inline === null };
}

function typedValue(raw: RawCell, context: WorkbookContext): Cell {
  switch (raw.type) {
    case 's': {
      const text = raw.value === null ? undefined : context.sharedStrings[Number(raw.value)];
      return text ? text : null;
    }
    case 'inlineStr':
      return text(raw.inline ?? raw.value);
    case 'str':
      return text(raw.value);
    case 'e':
      // The error as the sheet shows it (`#N/A`, `#REF!`): the caller reports it as an invalid value.
      return text(raw.value);
    case 'b':
      return raw.value === null || raw.value === '' ? null : raw.value === '1' || raw.value === 'true';
    case 'd':
      return raw.value === null ? null : (isoCellDate(raw.value) ?? text(raw.value));
    default:
      return numeric(raw, context);
  }
}

function numeric(raw: RawCell, context: WorkbookContext): Cell {
  if (raw.value === null || raw.value.trim() === '') return null;
  const number = Number(raw.value);
  if (!Number.isFinite(number)) return text(raw.value);
  if (context.dateStyles[raw.style]) return excelSerialToDate(number, context.date1904) ?? number;
  return number;
}

function text(raw: string | null): Cell {
  if (raw === null) return null;
  const clean = cellText(raw);
  return clean === '' ? null : clean;
}
