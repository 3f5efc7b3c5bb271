import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { Campaign } from '../../../shared/domain/schedule.ts';
import { autoFill, type FillBreak, type FillInput, type FillSegment } from '../../../shared/domain/schedule-fill.ts';
import { fillYear } from './schedule-fill-year.ts';

// Computed from autoFill as it was before issue #16's speed work (commit af64213): a faster fill must
// place every spot in the same break, in the same order, and explain every unmet period the same way.
const YEAR_RESULT_SHA256 = '10c9cddf35c796101fe90c8a2dd1f61e47ae37095fbd2fa7cce188c7b3a22afd';

describe('campaign auto-fill over a seeded year', () => {
  it('gives exactly the placements and unmet periods it gave before', () => {
    const input = fillYear();
    const result = autoFill(input);
    // The counts first, so a difference says how big it is before the hash says that there is one.
    expect(input.breaks).toHaveLength(4610);
    expect(result.placed).toBe(11406);
    expect(result.placements).toHaveLength(11406);
    expect(result.unmet).toHaveLength(1094);
    const reasons = new Set(result.unmet.flatMap((u) => u.reasons));
    // The input reaches every check the fill makes but "no breaks at all".
    expect([...reasons].sort()).toEqual(['break_full', 'no_audio', 'no_breaks_in_dayparts', 'no_language_version', 'outside_validity', 'region', 'separation']);
    expect(createHash('sha256').update(JSON.stringify(result)).digest('hex')).toBe(YEAR_RESULT_SHA256);
  });

  it('does not depend on the order the breaks and plays come in', () => {
    const input = fillYear('2026-03-02', 28);
    const reversed = { ...input, breaks: [...input.breaks].reverse(), existing: [...input.existing].reverse() };
    expect(autoFill(reversed)).toEqual(autoFill(input));
  });

  it('explains a day of breaks too full for any version with what each segment would have failed on', () => {
    const day = '2026-03-09';
    const version = (id: string, languageCode: string) => ({ id, languageCode, states: ['20'], durationSec: 30, hasAudio: true });
    const segment = (id: string, over: Partial<FillSegment>): FillSegment => ({ id, title: id, validFrom: null, validUntil: null, versions: [version(`${id}-v`, 'spa')], ...over });
    const segments = new Map([
      ['fits', segment('fits', {})],
      ['expired', segment('expired', { validUntil: '2026-03-01' })],
      ['zapotec', segment('zapotec', { versions: [version('zapotec-v', 'zai')] })],
    ]);
    const campaign: Campaign = { id: 'c1', name: 'Vacunación', segmentIds: ['fits', 'expired', 'zapotec'], playsPerDay: 1, playsPerWeek: null, dayparts: [], languages: [], regions: [], minSeparationMin: 60, startDate: day, endDate: day };
    // 50 of 60 seconds used: 10 left, and every version is 30.
    const breaks: FillBreak[] = [8, 12].map((h) => ({ id: `b${h}`, date: day, wallMin: h * 60, startMs: Date.parse(`${day}T${String(h).padStart(2, '0')}:00:00-06:00`), capacitySec: 60, usedSec: 50, languages: ['spa'] }));
    const input: FillInput = { from: day, to: day, breaks, campaigns: [campaign], segments, existing: [] };
    const full = autoFill(input);
    expect(full.placed).toBe(0);
    expect(full.unmet).toEqual([{ campaignId: 'c1', campaignName: 'Vacunación', period: day, wanted: 1, placed: 0, reasons: ['break_full', 'no_language_version', 'outside_validity'] }]);
    // With room in the second break, the segment that fits goes there.
    const roomy = autoFill({ ...input, breaks: breaks.map((b) => (b.id === 'b12' ? { ...b, usedSec: 0 } : b)) });
    expect(roomy.placements.map((p) => [p.breakItemId, p.segmentId])).toEqual([['b12', 'fits']]);
  });
});
