import { describe, expect, it } from 'vitest';
import { alertId } from '../../lib/alerts/alertId.ts';

describe('alert ids (RULES 4.3)', () => {
  it('are readable and made of kind, cadre, date or period, and subject', () => {
    expect(alertId('survey-remind', 'C001', '2023-03-24', '330723200000')).toBe(
      'survey-remind|C001|2023-03-24|330723200000',
    );
    expect(alertId('digest', 'C001', '2023-03', 'monthly')).toBe('digest|C001|2023-03|monthly');
  });

  it('are the same for the same inputs and differ when any part differs', () => {
    const base = alertId('survey-overdue', 'C001', '2023-04-01', '330723200000');
    expect(alertId('survey-overdue', 'C001', '2023-04-01', '330723200000')).toBe(base);
    expect(
      new Set([
        base,
        alertId('survey-remind', 'C001', '2023-04-01', '330723200000'),
        alertId('survey-overdue', 'C002', '2023-04-01', '330723200000'),
        alertId('survey-overdue', 'C001', '2023-04-08', '330723200000'),
        alertId('survey-overdue', 'C001', '2023-04-01', '330723201000'),
      ]).size,
    ).toBe(5);
  });

  it('cannot be confused by a separator inside a cadre id, and stay short enough for a sort key', () => {
    const tricky = alertId('digest', 'A|B', '2023-03', 'monthly');
    expect(tricky).toBe('digest|A%7CB|2023-03|monthly');
    expect(tricky).not.toBe(alertId('digest', 'A', 'B|2023-03', 'monthly'));
    expect(alertId('digest', '武义 01', '2023-03', 'monthly')).toBe('digest|武义%2001|2023-03|monthly');
    const long = alertId('digest', 'X'.repeat(5000), '2023-03', 'monthly');
    expect(Buffer.byteLength(long)).toBeLessThan(1024);
    expect(long).toMatch(/^digest\|sha256-[0-9a-f]{64}\|2023-03\|monthly$/);
    expect(() => alertId('digest', '', '2023-03', 'monthly')).toThrow(RangeError);
  });
});
