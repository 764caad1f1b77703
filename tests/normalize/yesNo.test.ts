import { describe, expect, it } from 'vitest';
import { parseYesNo } from '../../lib/normalize/yesNo.ts';

describe('parseYesNo', () => {
  it.each(['是', 'Y', 'y', 'yes', 'YES', '1', '√', 1, true])('reads %s as yes', (cell) => {
    expect(parseYesNo(cell)).toEqual({ status: 'ok', value: true });
  });

  it.each(['否', 'N', 'n', 'no', 'No', '0', '×', 0, false])('reads %s as no', (cell) => {
    expect(parseYesNo(cell)).toEqual({ status: 'ok', value: false });
  });

  it.each(['是的', '不是', '有', 'x', '2', 2])('rejects %s', (cell) => {
    expect(parseYesNo(cell)).toEqual({ status: 'invalid' });
  });

  it('treats empty cells as absent', () => {
    expect(parseYesNo(null)).toEqual({ status: 'absent' });
  });
});
