import { describe, expect, it } from 'vitest';
import { addDays, parseDate } from '../../../shared/time/zoned-time.ts';

// Issue #16: dates are read by character codes on the common path; every other shape is read as
// before (split on '-'), so nothing that parsed before parses differently now.
const general = (date: string) => {
  const [y = 0, m = 0, d = 0] = date.split('-').map(Number);
  return { year: y, month: m, day: d };
};

describe('parseDate', () => {
  it('reads YYYY-MM-DD', () => {
    expect(parseDate('2026-03-09')).toEqual({ year: 2026, month: 3, day: 9 });
    expect(parseDate('0999-12-31')).toEqual({ year: 999, month: 12, day: 31 });
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
  });

  it('reads any other shape exactly as the general reading does', () => {
    for (const date of ['2026-3-9', '2026--1-01', '2026-0a-01', '20260309', '', '2026-03-09T00', '+202-03-09', '2026-03-0x']) {
      expect(parseDate(date)).toEqual(general(date));
    }
  });
});
