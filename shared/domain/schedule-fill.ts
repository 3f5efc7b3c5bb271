import type { Campaign, FillResult, UnmetReason } from './schedule.ts';
import { addDays, mondayOf } from '../time/zoned-time.ts';
import { slotIndex, type FillBreak } from './schedule-fill-slots.ts';

export type { FillBreak } from './schedule-fill-slots.ts';

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

interface Period {
  label: string;
  from: string;
  to: string;
  wanted: number;
}

/** `dates` are the days of [from, to] in order and `dayOf` their indices: a daily quota reads them instead of adding days to strings. */
function periods(c: Campaign, from: string, to: string, dates: readonly string[], dayOf: ReadonlyMap<string, number>): Period[] {
  const start = c.startDate > from ? c.startDate : from;
  const end = c.endDate < to ? c.endDate : to;
  const out: Period[] = [];
  if (c.playsPerDay !== null) {
    const first = dayOf.get(start);
    const last = dayOf.get(end);
    const wanted = c.playsPerDay;
    if (first !== undefined && last !== undefined) return dates.slice(first, last + 1).map((d) => ({ label: d, from: d, to: d, wanted }));
    for (let d = start; d <= end; d = addDays(d, 1)) out.push({ label: d, from: d, to: d, wanted });
  } else if (c.playsPerWeek !== null) {
    for (let w = mondayOf(start); w <= end; w = addDays(w, 7)) {
      const wEnd = addDays(w, 6);
      out.push({ label: `${w}/${wEnd}`, from: w > start ? w : start, to: wEnd < end ? wEnd : end, wanted: c.playsPerWeek });
    }
  }
  return out;
}

/** What a segment can offer a program's languages, whatever the break: the first eligible version, or why none is. */
type Pick = { version: FillVersion; reason?: undefined } | { version?: undefined; reason: UnmetReason };

function pickVersion(c: Campaign, seg: FillSegment, languages: readonly string[]): Pick {
  const langs = languages.filter((l) => c.languages.length === 0 || c.languages.includes(l));
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
      return { version: v };
    }
  }
  return { reason };
}

/**
 * What a campaign's segments offer one language set: each segment's pick, the shortest version
 * among them, and, per day, the reasons a break too full for even that one is reported with.
 */
interface Offer {
  picks: (Pick | undefined)[];
  shortestSec: number;
  /** The reasons a try of every segment gives on a break that has room for none of them, by date. */
  fullReasons: (date: string) => number;
}

function outsideValidity(seg: FillSegment, date: string): boolean {
  return (seg.validFrom !== null && date < seg.validFrom) || (seg.validUntil !== null && date > seg.validUntil);
}

function offerFor(c: Campaign, segs: readonly (FillSegment | undefined)[], languages: readonly string[]): Offer {
  const picks = segs.map((seg) => (seg ? pickVersion(c, seg, languages) : undefined));
  const shortestSec = Math.min(...picks.map((p) => p?.version?.durationSec ?? Infinity));
  // On such a break each segment fails its first failing check: validity, then version, then room (every version is too long).
  const reasonsOn = (date: string) => {
    let bits = 0;
    segs.forEach((seg, at) => {
      const pick = picks[at];
      if (!seg || !pick) return;
      bits |= outsideValidity(seg, date) ? REASON_BITS.outside_validity : pick.version ? REASON_BITS.break_full : REASON_BITS[pick.reason];
    });
    return bits;
  };
  const dated = segs.some((seg) => seg && (seg.validFrom !== null || seg.validUntil !== null));
  const always = dated ? 0 : reasonsOn('');
  const byDate = new Map<string, number>();
  const fullReasons = (date: string) => {
    if (!dated) return always;
    let bits = byDate.get(date);
    if (bits === undefined) byDate.set(date, (bits = reasonsOn(date)));
    return bits;
  };
  return { picks, shortestSec, fullReasons };
}

/** First index in the ascending `list` whose value is ≥ `x`. */
function lowerBound(list: readonly number[], x: number): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((list[mid] ?? 0) < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Whether a play within `gapMs` of `x` is in the ascending `list`: only the neighbours either side can be. */
function tooClose(list: readonly number[], x: number, gapMs: number): boolean {
  const i = lowerBound(list, x);
  const after = list[i];
  const before = list[i - 1];
  return (after !== undefined && after - x < gapMs) || (before !== undefined && x - before < gapMs);
}

/** Reasons as bits while a period is tried (tens of thousands of failed tries a year), as a sorted list once. */
const REASON_BITS: Record<UnmetReason, number> = {
  no_breaks: 1,
  no_breaks_in_dayparts: 2,
  no_language_version: 4,
  outside_validity: 8,
  no_audio: 16,
  separation: 32,
  break_full: 64,
  region: 128,
};
const REASONS = (Object.keys(REASON_BITS) as UnmetReason[]).sort();

function reasonList(bits: number): UnmetReason[] {
  return REASONS.filter((r) => (bits & REASON_BITS[r]) !== 0);
}

/**
 * Places campaign plays into spot breaks (issue #5). Deterministic: campaigns, breaks and segments
 * are walked in a total order and nothing is random, so the same inputs give the same schedule.
 * Plays of a period are spread by aiming at evenly spaced breaks first; segments rotate.
 *
 * A year is ~10⁵ (break, segment) tries (issue #16), so what does not depend on the break — which
 * version a segment offers a program's languages — is worked out once per campaign and language
 * set, and each segment's plays are kept sorted so a separation check looks at two neighbours. A
 * break too full for every version is not tried segment by segment (see Offer).
 */
export function autoFill(input: FillInput): FillResult {
  const { slots, dates, dayOf, candidatesFor } = slotIndex(input.breaks, input.from, input.to);
  const used = slots.map((s) => s.b.usedSec);
  const plays = new Map<string, number[]>();
  const played = (segId: string) => {
    let list = plays.get(segId);
    if (!list) plays.set(segId, (list = []));
    return list;
  };
  for (const e of input.existing) played(e.segmentId).push(e.startMs);
  for (const list of plays.values()) list.sort((a, b) => a - b);
  // takenIn[i] is the serial of the last period that placed a play in slot i (one play per break and period).
  const takenIn = new Int32Array(slots.length).fill(-1);
  let serial = 0;
  const result: FillResult = { placed: 0, placements: [], unmet: [], breakless: [] };
  const campaigns = [...input.campaigns].sort((a, b) => a.startDate.localeCompare(b.startDate) || a.id.localeCompare(b.id));
  for (const c of campaigns) {
    let rotation = 0;
    const gapMs = c.minSeparationMin * 60_000;
    const n = c.segmentIds.length;
    const segs = c.segmentIds.map((id) => input.segments.get(id));
    const playsOf = c.segmentIds.map((id) => played(id));
    const offers: Offer[] = [];
    const candidatesOf = candidatesFor(c.dayparts);
    for (const period of periods(c, input.from, input.to, dates, dayOf)) {
      serial += 1;
      const { list: candidates, anyBreaks } = candidatesOf(period.from, period.to);
      let reasons = 0;
      let placed = 0;
      if (candidates.length === 0) reasons |= REASON_BITS[anyBreaks ? 'no_breaks_in_dayparts' : 'no_breaks'];
      for (let k = 0; k < period.wanted && candidates.length > 0; k += 1) {
        const m = candidates.length;
        const preferred = Math.floor((k * m) / period.wanted);
        let done = false;
        for (let step = 0; step < m && !done; step += 1) {
          const slot = candidates[(preferred + step) % m];
          if (!slot || takenIn[slot.index] === serial) continue;
          const b = slot.b;
          const usedSec = used[slot.index] ?? b.usedSec;
          const offer = (offers[slot.langs] ??= offerFor(c, segs, b.languages));
          // Room for not even the shortest version: every segment would fail here, so only its reasons are taken
          // (three tries in four of a year's fill, issue #16).
          if (usedSec + offer.shortestSec > b.capacitySec + 0.5) {
            reasons |= offer.fullReasons(b.date);
            continue;
          }
          const picks = offer.picks;
          for (let s = 0; s < n && !done; s += 1) {
            const at = (rotation + s) % n;
            const seg = segs[at];
            if (!seg) continue;
            // The same checks, in the same order, as one try of a version always made (the reasons reported depend on it).
            if (outsideValidity(seg, b.date)) {
              reasons |= REASON_BITS.outside_validity;
              continue;
            }
            const pick = picks[at];
            if (!pick) continue;
            const version = pick.version;
            if (!version) {
              reasons |= REASON_BITS[pick.reason];
              continue;
            }
            if (usedSec + version.durationSec > b.capacitySec + 0.5) {
              reasons |= REASON_BITS.break_full;
              continue;
            }
            const times = playsOf[at] ?? [];
            if (tooClose(times, b.startMs, gapMs)) {
              reasons |= REASON_BITS.separation;
              continue;
            }
            const startMs = b.startMs + usedSec * 1000;
            result.placements.push({ campaignId: c.id, segmentId: c.segmentIds[at] ?? '', versionId: version.id, breakItemId: b.id, startMs, title: seg.title, languageCode: version.languageCode });
            used[slot.index] = usedSec + version.durationSec;
            times.splice(lowerBound(times, b.startMs), 0, b.startMs);
            takenIn[slot.index] = serial;
            rotation = (rotation + s + 1) % n;
            placed += 1;
            done = true;
          }
        }
        // Nothing changed in a full pass over every candidate, so every later pass fails the same way.
        if (!done) break;
      }
      if (placed < period.wanted) {
        // Breaks exist but too few for the quota (each takes one play): not "no breaks at all".
        if (reasons === 0) reasons = REASON_BITS.no_breaks_in_dayparts;
        result.unmet.push({ campaignId: c.id, campaignName: c.name, period: period.label, wanted: period.wanted, placed, reasons: reasonList(reasons) });
      }
      result.placed += placed;
    }
  }
  return result;
}
