import { describe, expect, it } from 'vitest';
import type { Campaign } from '../../../shared/domain/schedule.ts';
import { autoFill, type FillBreak, type FillInput, type FillSegment } from '../../../shared/domain/schedule-fill.ts';

const uuid = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
const at = (date: string, hh: number, mm = 0) => Date.parse(`${date}T${String(hh).padStart(2, '0')}:${String(mm).padStart(2, '0')}:00-06:00`);

function brk(n: number, date: string, hh: number, languages: string[], capacitySec = 120): FillBreak {
  return { id: uuid(100 + n), date, wallMin: hh * 60, startMs: at(date, hh), capacitySec, usedSec: 0, languages };
}

function seg(n: number, versions: FillSegment['versions'], validity: Partial<Pick<FillSegment, 'validFrom' | 'validUntil'>> = {}): FillSegment {
  return { id: uuid(n), title: `Segmento ${n}`, validFrom: null, validUntil: null, versions, ...validity };
}
const v = (n: number, languageCode: string, durationSec = 30, states: string[] = ['20']) => ({ id: uuid(500 + n), languageCode, states, durationSec, hasAudio: true });

function campaign(over: Partial<Campaign> = {}): Campaign {
  return {
    id: uuid(900),
    name: 'Migración segura',
    segmentIds: [uuid(1), uuid(2)],
    playsPerDay: 3,
    playsPerWeek: null,
    dayparts: [],
    languages: [],
    regions: [],
    minSeparationMin: 60,
    startDate: '2026-03-09',
    endDate: '2026-03-15',
    ...over,
  };
}

const day = '2026-03-09';
const breaks = [6, 7, 8, 9, 12, 13, 18, 19].map((h, i) => brk(i, day, h, h < 12 ? ['spa'] : ['xty', 'spa']));
const segments = new Map([
  [uuid(1), seg(1, [v(1, 'spa'), v(2, 'xty')])],
  [uuid(2), seg(2, [v(3, 'spa'), v(4, 'xty')])],
]);
const base: FillInput = { from: day, to: day, breaks, campaigns: [campaign()], segments, existing: [] };

describe('campaign auto-fill', () => {
  it('is deterministic: same inputs, same placements, whatever the input order', () => {
    const a = autoFill(base);
    const b = autoFill({ ...base, breaks: [...breaks].reverse() });
    expect(a.placed).toBe(3);
    expect(b).toEqual(a);
  });

  it('matches the version to the program language', () => {
    const r = autoFill(base);
    for (const p of r.placements) {
      const b = breaks.find((x) => x.id === p.breakItemId);
      expect(p.languageCode).toBe(b?.languages[0]);
    }
    expect(r.placements.some((p) => p.languageCode === 'xty')).toBe(true);
  });

  it('keeps minimum separation between plays of the same segment and explains a quota it cannot meet', () => {
    const one = autoFill({ ...base, campaigns: [campaign({ segmentIds: [uuid(1)], playsPerDay: 20, minSeparationMin: 120 })] });
    const times = one.placements.map((p) => p.startMs).sort((x, y) => x - y);
    for (let i = 1; i < times.length; i += 1) expect((times[i] ?? 0) - (times[i - 1] ?? 0)).toBeGreaterThanOrEqual(120 * 60_000);
    expect(one.unmet).toHaveLength(1);
    expect(one.unmet[0]).toMatchObject({ wanted: 20, placed: one.placed });
    expect(one.unmet[0]?.reasons).toContain('separation');
  });

  it('never places a version outside its validity window', () => {
    const expired = new Map([[uuid(1), seg(1, [v(1, 'spa')], { validUntil: '2026-03-08' })]]);
    const r = autoFill({ ...base, campaigns: [campaign({ segmentIds: [uuid(1)] })], segments: expired });
    expect(r.placed).toBe(0);
    expect(r.unmet[0]?.reasons).toEqual(['outside_validity']);
    const future = new Map([[uuid(1), seg(1, [v(1, 'spa')], { validFrom: '2026-03-10' })]]);
    expect(autoFill({ ...base, campaigns: [campaign({ segmentIds: [uuid(1)] })], segments: future }).placed).toBe(0);
  });

  it('respects dayparts, target languages and regions, and break capacity', () => {
    const mixOnly = autoFill({ ...base, campaigns: [campaign({ languages: ['xty'], dayparts: [{ start: '12:00', end: '20:00' }] })] });
    expect(mixOnly.placements.every((p) => p.languageCode === 'xty')).toBe(true);
    const noRegion = autoFill({ ...base, campaigns: [campaign({ regions: ['02'] })] });
    expect(noRegion.placed).toBe(0);
    expect(noRegion.unmet[0]?.reasons).toContain('region');
    const tiny = autoFill({ ...base, breaks: breaks.map((b) => ({ ...b, capacitySec: 10 })) });
    expect(tiny.unmet[0]?.reasons).toEqual(['break_full']);
    const morning = autoFill({ ...base, campaigns: [campaign({ dayparts: [{ start: '22:00', end: '23:00' }] })] });
    expect(morning.unmet[0]?.reasons).toEqual(['no_breaks_in_dayparts']);
    const bare = autoFill({ ...base, breaks: [] });
    expect(bare.placed).toBe(0);
    expect(bare.unmet[0]?.reasons).toEqual(['no_breaks']);
  });

  it('counts a weekly quota per Monday–Sunday week and reports missing language versions', () => {
    const week = autoFill({ ...base, to: '2026-03-15', campaigns: [campaign({ playsPerDay: null, playsPerWeek: 4 })] });
    expect(week.placed).toBe(4);
    const zapOnly = new Map([[uuid(1), seg(1, [v(1, 'zai')])]]);
    const r = autoFill({ ...base, campaigns: [campaign({ segmentIds: [uuid(1)] })], segments: zapOnly });
    expect(r.unmet[0]?.reasons).toEqual(['no_language_version']);
  });
});
