import { describe, expect, it } from 'vitest';
import { formatSize } from '../../../shared/text/format-size.ts';

describe('formatSize', () => {
  it('uses decimal units as drives are sold, one decimal above bytes, in the UI language', () => {
    expect(formatSize(1_234_567_890, 'es-MX')).toBe('1.2 GB');
    expect(formatSize(3_000_000, 'es-MX')).toBe('3 MB');
    expect(formatSize(950_000, 'en')).toBe('950 kB');
    expect(formatSize(999, 'en')).toMatch(/^999 /);
    // Spain writes a decimal comma: the language decides, not a fixed format.
    expect(formatSize(1_500_000_000, 'es-ES')).toBe('1,5 GB');
  });
});
