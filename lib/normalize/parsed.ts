/** The outcome of reading one value: empty (absent, §4.5), not a valid value, or the value. */
export type Parsed<T> = { status: 'absent' } | { status: 'invalid' } | { status: 'ok'; value: T };

export const ABSENT = { status: 'absent' } as const;
export const INVALID = { status: 'invalid' } as const;

export function ok<T>(value: T): { status: 'ok'; value: T } {
  return { status: 'ok', value };
}
