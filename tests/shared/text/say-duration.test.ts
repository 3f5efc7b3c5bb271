import { describe, expect, it } from 'vitest';
import { sayDuration } from '../../../shared/text/say-duration.ts';

describe('durations said plainly (issue #15 §4)', () => {
  it.each([
    [0, '0 s'],
    [45, '45 s'],
    [59.4, '59 s'],
    [60, '1 min'],
    [150, '2 min 30 s'],
    [3600, '1 h'],
    [3725, '1 h 2 min'],
    [null, '–'],
  ])('%s s → %s', (seconds, said) => {
    expect(sayDuration(seconds)).toBe(said);
  });
});
