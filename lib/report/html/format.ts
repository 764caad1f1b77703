import { NONE_TEXT } from '../labels.ts';

/** 0.8125 → "81.3%"; null → "—". */
export function percent(value: number | null | undefined, digits = 1): string {
  return value === null || value === undefined || !Number.isFinite(value)
    ? NONE_TEXT
    : `${(value * 100).toFixed(digits)}%`;
}

export function count(value: number | null | undefined): string {
  return value === null || value === undefined ? NONE_TEXT : value.toLocaleString('en-US');
}

export function score(value: number | null | undefined): string {
  return value === null || value === undefined ? NONE_TEXT : value.toFixed(1);
}

export function money(value: number): string {
  return value.toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
}

/** Numbers inside SVG attributes: short and locale-free. */
export function px(value: number): string {
  return String(Math.round(value * 10) / 10);
}
