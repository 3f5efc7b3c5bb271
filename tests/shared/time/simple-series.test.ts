import { describe, expect, it } from 'vitest';
import { parseRule } from '../../../shared/time/recurrence.ts';
import { simpleSeriesDates } from '../../../shared/time/simple-series.ts';
import { addDays, pad2 } from '../../../shared/time/zoned-time.ts';

/* Issue #16: DAILY/WEEKLY series by day arithmetic must give rrule's dates, rule for rule. */

function lcg(seed: number): () => number {
  let x = seed >>> 0;
  return () => {
    x = (Math.imul(x, 1664525) + 1013904223) >>> 0;
    return x / 2 ** 32;
  };
}

const DAYS = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'];
const dateOf = (d: Date) => `${d.getUTCFullYear()}-${pad2(d.getUTCMonth() + 1)}-${pad2(d.getUTCDate())}`;
const utc = (date: string, hh = 0, mm = 0) => new Date(Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10)), hh, mm));

/** rrule's own walk, as seriesDates did it for every rule before. */
function viaRrule(rule: string, start: string, end: string | null, from: string, to: string): string[] {
  return parseRule(rule, start, end).between(utc(from), utc(to, 23, 59), true).map(dateOf);
}

describe('simple series dates', () => {
  it('agree with rrule on random DAILY and WEEKLY rules, ranges and week starts', () => {
    const r = lcg(16);
    const pick = <T,>(list: readonly T[]): T => list[Math.floor(r() * list.length)] as T;
    for (let i = 0; i < 3000; i += 1) {
      const parts = [`FREQ=${pick(['DAILY', 'WEEKLY'])}`];
      if (r() < 0.5) parts.push(`INTERVAL=${1 + Math.floor(r() * 5)}`);
      if (r() < 0.7) parts.push(`BYDAY=${[...new Set(Array.from({ length: 1 + Math.floor(r() * 4) }, () => pick(DAYS)))].join(',')}`);
      if (r() < 0.3) parts.push(`WKST=${pick(DAYS)}`);
      const rule = parts.join(';');
      const start = addDays('2024-01-01', Math.floor(r() * 1200));
      const end = r() < 0.4 ? null : addDays(start, Math.floor(r() * 500) - 20);
      const from = addDays(start, Math.floor(r() * 800) - 300);
      const to = addDays(from, Math.floor(r() * 400) - 5);
      const got = simpleSeriesDates(parseRule(rule, start, end).options, start, end, from, to);
      expect(got, `${rule} from ${start} to ${end ?? '∞'}, asked [${from}, ${to}]`).toEqual(viaRrule(rule, start, end, from, to));
    }
  });

  it('every other Wednesday counts weeks from the start, not from the range asked', () => {
    const rule = 'FREQ=WEEKLY;INTERVAL=2;BYDAY=WE';
    const got = simpleSeriesDates(parseRule(rule, '2026-01-05', null).options, '2026-01-05', null, '2026-01-12', '2026-02-08');
    expect(got).toEqual(['2026-01-21', '2026-02-04']);
    expect(got).toEqual(viaRrule(rule, '2026-01-05', null, '2026-01-12', '2026-02-08'));
  });

  it('leaves monthly rules, counts and set positions to rrule', () => {
    for (const rule of ['FREQ=MONTHLY;BYMONTHDAY=1', 'FREQ=DAILY;COUNT=3', 'FREQ=WEEKLY;BYDAY=MO,TU;BYSETPOS=1', 'FREQ=DAILY;BYMONTH=3', 'FREQ=YEARLY']) {
      expect(simpleSeriesDates(parseRule(rule, '2026-01-01', null).options, '2026-01-01', null, '2026-01-01', '2026-12-31')).toBeNull();
    }
  });
});
