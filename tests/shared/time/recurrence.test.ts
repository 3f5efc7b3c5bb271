import { describe, expect, it } from 'vitest';
import { UserFacingError } from '../../../shared/api/errors.ts';
import { expandSeries, parseRule, seriesDates } from '../../../shared/time/recurrence.ts';
import { instantToWall, isValidTimeZone, offsetMinutes, resolveWall, wallToInstantShifting, weekdayIndex } from '../../../shared/time/zoned-time.ts';

const daily = (startTime: string) => ({ rrule: 'FREQ=DAILY', startDate: '2026-03-01', endDate: null, exdates: [], startTime, durationMin: 60 });

describe('zoned time (Intl only)', () => {
  it('knows real zones and refuses made-up ones', () => {
    expect(isValidTimeZone('America/Tijuana')).toBe(true);
    expect(isValidTimeZone('America/Oaxaca_City')).toBe(false);
    expect(isValidTimeZone('')).toBe(false);
  });

  it('Mexico City is UTC−6 all year since 2022; Hermosillo UTC−7', () => {
    expect(offsetMinutes('America/Mexico_City', Date.UTC(2026, 0, 15))).toBe(-360);
    expect(offsetMinutes('America/Mexico_City', Date.UTC(2026, 6, 15))).toBe(-360);
    expect(offsetMinutes('America/Hermosillo', Date.UTC(2026, 6, 15))).toBe(-420);
  });

  it('finds the 02:30 gap on Tijuana spring-forward day and shifts a series to 03:30', () => {
    const wall = { date: '2026-03-08', minutes: 150 };
    expect(resolveWall('America/Tijuana', wall)).toEqual({ ok: false, gapMinutes: 60 });
    const shifted = wallToInstantShifting('America/Tijuana', wall);
    expect(shifted.shiftedMinutes).toBe(60);
    expect(instantToWall('America/Tijuana', shifted.ms)).toMatchObject({ date: '2026-03-08', minutes: 210 });
  });

  it('takes the first instant of the repeated hour when Tijuana falls back', () => {
    const r = resolveWall('America/Tijuana', { date: '2026-11-01', minutes: 90 });
    expect(r.ok && new Date(r.ms).toISOString()).toBe('2026-11-01T08:30:00.000Z');
  });

  it('numbers weekdays from Monday', () => {
    expect(weekdayIndex('2026-03-09')).toBe(0);
    expect(weekdayIndex('2026-03-08')).toBe(6);
  });
});

describe('recurrence across DST', () => {
  it('keeps a 06:00 Tijuana program at 06:00 wall clock across 2026-03-08 (offset −8 → −7)', () => {
    const occ = expandSeries(daily('06:00'), 'America/Tijuana', '2026-03-07', '2026-03-09');
    expect(occ.map((o) => new Date(o.startMs).toISOString())).toEqual(['2026-03-07T14:00:00.000Z', '2026-03-08T13:00:00.000Z', '2026-03-09T13:00:00.000Z']);
    expect(occ.every((o) => instantToWall('America/Tijuana', o.startMs).minutes === 360)).toBe(true);
  });

  it('keeps it at 06:00 across 2026-11-01 (offset −7 → −8)', () => {
    const occ = expandSeries({ ...daily('06:00'), startDate: '2026-10-30' }, 'America/Tijuana', '2026-10-31', '2026-11-02');
    expect(occ.map((o) => new Date(o.startMs).toISOString())).toEqual(['2026-10-31T13:00:00.000Z', '2026-11-01T14:00:00.000Z', '2026-11-02T14:00:00.000Z']);
  });

  it('shifts only the 02:30 occurrence on spring-forward day', () => {
    const occ = expandSeries(daily('02:30'), 'America/Tijuana', '2026-03-07', '2026-03-09');
    expect(occ.map((o) => o.shiftedMinutes)).toEqual([0, 60, 0]);
    expect(occ.map((o) => instantToWall('America/Tijuana', o.startMs).minutes)).toEqual([150, 210, 150]);
  });

  it('a program that spans the fall-back lasts an extra real hour but ends at its wall time', () => {
    const occ = expandSeries({ ...daily('01:00'), durationMin: 120, startDate: '2026-11-01' }, 'America/Tijuana', '2026-11-01', '2026-11-01');
    expect(occ).toHaveLength(1);
    expect(new Date(occ[0]?.startMs ?? 0).toISOString()).toBe('2026-11-01T08:00:00.000Z');
  });

  it('has no DST jump in Mexico City on the same dates (UTC−6 every day)', () => {
    const occ = expandSeries({ ...daily('06:00'), startDate: '2026-03-01' }, 'America/Mexico_City', '2026-03-07', '2026-11-02');
    expect(new Set(occ.map((o) => new Date(o.startMs).getUTCHours()))).toEqual(new Set([12]));
    expect(occ.every((o) => o.shiftedMinutes === 0)).toBe(true);
    expect(occ).toHaveLength(241);
  });
});

describe('rules', () => {
  it('chosen weekdays every 2 weeks, a date range and exceptions', () => {
    const p = { rrule: 'FREQ=WEEKLY;INTERVAL=2;BYDAY=MO,WE', startDate: '2026-03-02', endDate: '2026-03-31', exdates: ['2026-03-16'] };
    expect(seriesDates(p, '2026-03-01', '2026-04-30')).toEqual(['2026-03-02', '2026-03-04', '2026-03-18', '2026-03-30']);
  });

  it('monthly on the first Saturday', () => {
    const p = { rrule: 'FREQ=MONTHLY;BYDAY=1SA', startDate: '2026-01-01', endDate: null, exdates: [] };
    expect(seriesDates(p, '2026-01-01', '2026-03-31')).toEqual(['2026-01-03', '2026-02-07', '2026-03-07']);
  });

  it.each(['FREQ=SOMETIMES', 'BYDAY=MO', 'FREQ=WEEKLY;BYDAY=XX', 'FREQ=WEEKLY;DTSTART=20260101', 'FREQ=DAILY;INTERVAL=0', 'garbage'])('refuses %s as schedule.invalid_rrule', (rule) => {
    try {
      parseRule(rule, '2026-01-01', null);
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(UserFacingError);
      expect((error as UserFacingError).code).toBe('schedule.invalid_rrule');
      expect((error as UserFacingError).details).toEqual({ rule });
    }
  });
});
