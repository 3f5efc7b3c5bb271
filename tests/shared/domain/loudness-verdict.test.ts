import { describe, expect, it } from 'vitest';
import { loudnessVerdict } from '../../../shared/domain/loudness-verdict.ts';

describe('loudnessVerdict (issue #11 item 10)', () => {
  it.each([
    [-18, -3, 'ok'],
    [-23, -6, 'ok'],
    [-24, -8, 'ok'],
    [-14, -1, 'ok'],
    [-24.1, -9, 'tooQuiet'],
    [-31, -12, 'tooQuiet'],
    [-13.9, -2, 'tooLoud'],
    [-12, 0.4, 'tooLoud'],
    [-18, -0.9, 'peaks'],
    [-30, 0.2, 'peaks'],
    [null, -20, 'unknown'],
    [Number.NEGATIVE_INFINITY, null, 'unknown'],
  ] as const)('I %s LUFS, TP %s dBTP → %s', (lufs, tp, verdict) => {
    expect(loudnessVerdict(lufs, tp)).toBe(verdict);
  });

  it('judges the level alone when the true peak is unknown', () => {
    expect(loudnessVerdict(-19, null)).toBe('ok');
    expect(loudnessVerdict(-28, undefined)).toBe('tooQuiet');
  });
});
