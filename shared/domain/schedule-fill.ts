import type { Campaign, FillResult, UnmetReason } from './schedule.ts';
import { addDays, mondayOf, parseClock } from '../time/zoned-time.ts';

/** A spot break as auto-fill sees it: when, how much room is left, which languages the program speaks. */
export interface FillBreak {
  id: string;
  date: string;
  wallMin: number;
  startMs: number;
  capacitySec: number;
  usedSec: number;
  languages: readonly string[];
}

export interface FillVersion {
  id: string;
  languageCode: string | null;
  states: readonly string[];
  durationSec: number;
  hasAudio: boolean;
}

export interface FillSegment {
  id: string;
  title: string;
  validFrom: string | null;
  validUntil: string | null;
  versions: readonly FillVersion[];
}

export interface FillInput {
  from: string;
  to: string;
  breaks: readonly FillBreak[];
  campaigns: readonly Campaign[];
  segments: ReadonlyMap<string, FillSegment>;
  /** Plays already in the schedule (hand-placed spots), for minimum separation. */
  existing: readonly { segmentId: string; startMs: number }[];
}

/** A campaign's dayparts as a test on minutes after midnight ("22:00"–"02:00" wraps). */
function daypartTest(c: Campaign): (wallMin: number) => boolean {
  if (c.dayparts.length === 0) return () => true;
  const spans = c.dayparts.map((d) => [parseClock(d.start) ?? 0, parseClock(d.end) ?? 1440] as const);
  return (wallMin) => spans.some(([s, e]) => (s <= e ? wallMin >= s && wallMin < e : wallMin >= s || wallMin < e));
}

function periods(c: Campaign, from: string, to: string): { label: string; from: string; to: string; wanted: number }[] {
  const start = c.startDate > from ? c.startDate : from;
  const end = c.endDate < to ? c.endDate : to;
  const out: { label: string; from: string; to: string; wanted: number }[] = [];
  if (c.playsPerDay !== null) {
    for (let d = start; d <= end; d = addDays(d, 1)) out.push({ label: d, from: d, to: d, wanted: c.playsPerDay });
  } else if (c.playsPerWeek !== null) {
    for (let w = mondayOf(start); w <= end; w = addDays(w, 7)) {
      const wEnd = addDays(w, 6);
      out.push({ label: `${w}/${wEnd}`, from: w > start ? w : start, to: wEnd < end ? wEnd : end, wanted: c.playsPerWeek });
    }
  }
  return out;
}

type Try = { ok: true; version: FillVersion } | { ok: false; reason: UnmetReason };

function tryVersion(c: Campaign, seg: FillSegment, b: FillBreak, placedAt: readonly number[]): Try {
  if ((seg.validFrom !== null && b.date < seg.validFrom) || (seg.validUntil !== null && b.date > seg.validUntil)) return { ok: false, reason: 'outside_validity' };
  const langs = b.languages.filter((l) => c.languages.length === 0 || c.languages.includes(l));
  let reason: UnmetReason = 'no_language_version';
  for (const lang of langs) {
    for (const v of seg.versions) {
      if (v.languageCode !== lang) continue;
      if (c.regions.length > 0 && !v.states.some((s) => c.regions.includes(s))) {
        reason = 'region';
        continue;
      }
      if (!v.hasAudio) {
        reason = 'no_audio';
        continue;
      }
      if (b.usedSec + v.durationSec > b.capacitySec + 0.5) return { ok: false, reason: 'break_full' };
      if (placedAt.some((t) => Math.abs(t - b.startMs) < c.minSeparationMin * 60_000)) return { ok: false, reason: 'separation' };
      return { ok: true, version: v };
    }
  }
  return { ok: false, reason };
}

/**
 * Places campaign plays into spot breaks (issue #5). Deterministic: campaigns, breaks and segments
 * are walked in a total order and nothing is random, so the same inputs give the same schedule.
 * Plays of a period are spread by aiming at evenly spaced breaks first; segments rotate.
 */
export function autoFill(input: FillInput): FillResult {
  const breaks = [...input.breaks].sort((a, b) => a.startMs - b.startMs || a.id.localeCompare(b.id));
  const used = new Map(breaks.map((b) => [b.id, b.usedSec]));
  const order = new Map(breaks.map((b, i) => [b.id, i]));
  // Breaks by date (each list keeps the time order): a period looks up its days instead of scanning a year.
  const byDate = new Map<string, FillBreak[]>();
  for (const b of breaks) {
    const list = byDate.get(b.date);
    if (list) list.push(b);
    else byDate.set(b.date, [b]);
  }
  const plays = new Map<string, number[]>();
  const played = (segId: string) => {
    let list = plays.get(segId);
    if (!list) plays.set(segId, (list = []));
    return list;
  };
  for (const e of input.existing) played(e.segmentId).push(e.startMs);
  const result: FillResult = { placed: 0, placements: [], unmet: [], breakless: [] };
  const campaigns = [...input.campaigns].sort((a, b) => a.startDate.localeCompare(b.startDate) || a.id.localeCompare(b.id));
  for (const c of campaigns) {
    let rotation = 0;
    const inDayparts = daypartTest(c);
    for (const period of periods(c, input.from, input.to)) {
      const candidates: FillBreak[] = [];
      for (let d = period.from; ; d = addDays(d, 1)) {
        for (const b of byDate.get(d) ?? []) if (inDayparts(b.wallMin)) candidates.push(b);
        if (d >= period.to) break;
      }
      // An airing past midnight can put a break's instant after the next day's first breaks: keep time order.
      if (period.from !== period.to) candidates.sort((a, b) => (order.get(a.id) ?? 0) - (order.get(b.id) ?? 0));
      const reasons = new Set<UnmetReason>();
      const taken = new Set<string>();
      let placed = 0;
      if (candidates.length === 0) {
        let anyBreak = false;
        for (let d = period.from; !anyBreak; d = addDays(d, 1)) {
          anyBreak = (byDate.get(d)?.length ?? 0) > 0;
          if (d >= period.to) break;
        }
        reasons.add(anyBreak ? 'no_breaks_in_dayparts' : 'no_breaks');
      }
      for (let k = 0; k < period.wanted && candidates.length > 0; k += 1) {
        const m = candidates.length;
        const preferred = Math.floor((k * m) / period.wanted);
        let done = false;
        for (let step = 0; step < m && !done; step += 1) {
          const b = candidates[(preferred + step) % m];
          if (!b || taken.has(b.id)) continue;
          const live = { ...b, usedSec: used.get(b.id) ?? b.usedSec };
          for (let s = 0; s < c.segmentIds.length && !done; s += 1) {
            const segId = c.segmentIds[(rotation + s) % c.segmentIds.length] ?? '';
            const seg = input.segments.get(segId);
            if (!seg) continue;
            const t = tryVersion(c, seg, live, played(segId));
            if (!t.ok) {
              reasons.add(t.reason);
              continue;
            }
            const startMs = b.startMs + live.usedSec * 1000;
            result.placements.push({ campaignId: c.id, segmentId: segId, versionId: t.version.id, breakItemId: b.id, startMs, title: seg.title, languageCode: t.version.languageCode });
            used.set(b.id, live.usedSec + t.version.durationSec);
            played(segId).push(b.startMs);
            taken.add(b.id);
            rotation = (rotation + s + 1) % c.segmentIds.length;
            placed += 1;
            done = true;
          }
        }
        // Nothing changed in a full pass over every candidate, so every later pass fails the same way.
        if (!done) break;
      }
      if (placed < period.wanted) {
        // Breaks exist but too few for the quota (each takes one play): not "no breaks at all".
        if (reasons.size === 0) reasons.add('no_breaks_in_dayparts');
        result.unmet.push({ campaignId: c.id, campaignName: c.name, period: period.label, wanted: period.wanted, placed, reasons: [...reasons].sort() });
      }
      result.placed += placed;
    }
  }
  return result;
}
