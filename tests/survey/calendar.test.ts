import { describe, expect, it } from 'vitest';
import { addDays, daysBetween, endOfDayInstant, localDate } from '../../lib/time/calendar.ts';

describe('calendar days in a time zone', () => {
  it('ends 31 March in Asia/Shanghai at 16:00Z, the last millisecond included', () => {
    expect(endOfDayInstant('2023-03-31', 'Asia/Shanghai')).toBe('2023-03-31T15:59:59.999Z');
    expect(localDate('2023-03-31T15:59:59.999Z', 'Asia/Shanghai')).toBe('2023-03-31');
    expect(localDate('2023-03-31T16:00:00.000Z', 'Asia/Shanghai')).toBe('2023-04-01');
  });

  it('handles a zone whose offset changes that day', () => {
    // Berlin moves to +02:00 on 26 March 2023: that day ends at 22:00Z.
    expect(endOfDayInstant('2023-03-26', 'Europe/Berlin')).toBe('2023-03-26T21:59:59.999Z');
    expect(endOfDayInstant('2023-03-25', 'Europe/Berlin')).toBe('2023-03-25T22:59:59.999Z');
  });

  it('counts days across months and years', () => {
    expect(daysBetween('2023-03-24', '2023-03-31')).toBe(7);
    expect(daysBetween('2023-04-15', '2023-03-31')).toBe(-15);
    expect(addDays('2023-12-31', 1)).toBe('2024-01-01');
    expect(addDays('2024-03-01', -1)).toBe('2024-02-29');
  });
});
