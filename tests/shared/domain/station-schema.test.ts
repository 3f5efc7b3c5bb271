import { describe, expect, it } from 'vitest';
import { isValidCallSign, stationSchema } from '../../../shared/domain/schedule.ts';

describe('station call sign (issue #11)', () => {
  it('accepts IFT call signs with or without the band, in any case, and empty', () => {
    for (const ok of ['XHNSV', 'XEJAM', 'XHSCAJ-FM', 'xetla-am', '', ' XHNSV ']) expect(isValidCallSign(ok), ok).toBe(true);
  });
  it('refuses frequencies, names and foreign prefixes', () => {
    for (const bad of ['98.5 FM', 'Radio Ñuu Savi', 'KXYZ', 'XH', 'XHNSVXY', 'XHNSV-XX']) expect(isValidCallSign(bad), bad).toBe(false);
    expect(stationSchema.partial().safeParse({ callSign: 'KXYZ' }).success).toBe(false);
  });
});
