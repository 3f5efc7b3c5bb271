import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { autoFill } from '../../../shared/domain/schedule-fill.ts';
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
});
