import { describe, expect, it } from 'vitest';
import { isValidUscc, parseUscc, usccCheckChar } from '../../lib/normalize/uscc.ts';

describe('USCC (GB 32100-2015)', () => {
  it.each(['914403001922038216', '9144030071526726XG', '91350200MA2YJ1XR9G'])(
    'accepts the contract example %s',
    (code) => {
      expect(isValidUscc(code)).toBe(true);
    },
  );

  it('computes the check character', () => {
    expect(usccCheckChar('91350200MA2YJ1XR9')).toBe('G');
    expect(usccCheckChar('9144030071526726X')).toBe('G');
  });

  it('rejects a wrong check character', () => {
    expect(isValidUscc('914403001922038217')).toBe(false);
    expect(isValidUscc('91350200MA2YJ1XR9H')).toBe(false);
  });

  it('rejects wrong lengths and characters outside the code set (I, O, S, V, Z)', () => {
    expect(isValidUscc('91440300192203821')).toBe(false);
    expect(isValidUscc('9144030019220382160')).toBe(false);
    expect(isValidUscc('91350200MA2YJ1XROG')).toBe(false);
  });

  it('normalizes before checking: lower case, spaces, full width', () => {
    expect(parseUscc(' 91350200ma2yj1xr9g ')).toBe('91350200MA2YJ1XR9G');
    expect(parseUscc('９１４４０３００１９２２０３８２１６')).toBe('914403001922038216');
    expect(parseUscc('91350200MA2YJ1XR9H')).toBeUndefined();
  });
});
