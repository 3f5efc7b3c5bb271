import { describe, expect, it } from 'vitest';
import { resolve } from '../../../electron/core/audio/edit/edit-list.ts';
import { consentCovers, consentInForce, redactionEditOps, type ConsentRecord, type Redaction } from '../../../shared/domain/voices.ts';

const record = (uses: ConsentRecord['uses'], givenOn: string, recordedAt: string): ConsentRecord => ({
  id: crypto.randomUUID(), givenBy: 'ella', uses, method: 'checkbox', atSec: null, givenOn, recordedAt,
});
const span = (kind: Redaction['kind'], startSec: number, endSec: number): Redaction => ({ kind, startSec, endSec, note: '' });

describe('consent in force (issue #14 §2)', () => {
  it('is the latest by the date given, then by when it was written down, whatever the order stored', () => {
    const older = record(['internal', 'anonymised', 'broadcast'], '2026-11-01', '2026-11-01T10:00:00Z');
    const withdrawal = record([], '2026-11-10', '2026-11-10T09:00:00Z');
    const backdated = record(['internal'], '2026-11-05', '2026-11-20T09:00:00Z');
    expect(consentInForce([withdrawal, older, backdated])).toBe(withdrawal);
    expect(consentCovers([older, backdated], 'broadcast')).toBe(false);
    expect(consentCovers([older], 'broadcast')).toBe(true);
    expect(consentCovers([], 'internal')).toBe(false);
    const sameDayLater = record(['anonymised'], '2026-11-10', '2026-11-10T11:00:00Z');
    expect(consentInForce([sameDayLater, withdrawal])).toBe(sameDayLater);
  });
});

describe('redaction spans as edit-list operations', () => {
  it('hides exactly the spans marked on the original, cuts merged and applied latest first', () => {
    const ops = redactionEditOps([span('cut', 10, 12), span('bleep', 30, 31), span('cut', 11, 15), span('cut', 40, 41)]);
    expect(ops).toEqual([
      { type: 'bleep', startSec: 30, endSec: 31 },
      { type: 'cut', startSec: 40, endSec: 41 },
      { type: 'cut', startSec: 10, endSec: 15 },
    ]);
    const timeline = resolve(ops, 60);
    expect(timeline.durationSec).toBe(54);
    expect(timeline.pieces).toEqual([
      { assetId: null, inSec: 0, outSec: 10 },
      { assetId: null, inSec: 15, outSec: 40 },
      { assetId: null, inSec: 41, outSec: 60 },
    ]);
    // The bleep at 30–31 of the original now sits at 25–26 of what leaves: the same words.
    expect(timeline.bleeps).toEqual([{ startSec: 25, endSec: 26 }]);
  });

  it('a bleep inside a cut goes with it', () => {
    expect(resolve(redactionEditOps([span('bleep', 11, 12), span('cut', 10, 13)]), 60).bleeps).toEqual([]);
  });
});
