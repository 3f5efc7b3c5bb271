import { describe, expect, it } from 'vitest';
import { resolve, type EditOp } from '../../../../electron/core/audio/edit/edit-list.ts';
import { silenceTrim } from '../../../../renderer/src/features/edit/silence-trim.ts';

// The silence the core detects is on the original; the trim the editor sends is on the edited
// timeline, and only where that silence is still at an edge of the edit.
const found = { leadSec: 1.5, trailSec: 2, durationSec: 60, thresholdDb: -50 };
const JINGLE = 'b'.repeat(64);
const timeline = (...ops: EditOp[]) => resolve(ops, 60);

describe('silenceTrim', () => {
  it('trims both edges of an untouched version', () => {
    expect(silenceTrim(timeline(), found)).toEqual({ startSec: 1.5, endSec: 58 });
  });

  it('counts only the silence a cut has not already removed', () => {
    const t = timeline({ type: 'cut', startSec: 0, endSec: 1 }, { type: 'cut', startSec: 58, endSec: 59 });
    expect(t.durationSec).toBe(58);
    expect(silenceTrim(t, found)).toEqual({ startSec: 0.5, endSec: 57 });
  });

  it('keeps an inserted jingle at an edge and trims only the other edge', () => {
    const t = timeline({ type: 'insert', position: 'intro', assetId: JINGLE, durationSec: 5 });
    expect(silenceTrim(t, found)).toEqual({ startSec: 0, endSec: 63 });
    const both = timeline({ type: 'insert', position: 'intro', assetId: JINGLE, durationSec: 5 }, { type: 'insert', position: 'outro', assetId: JINGLE, durationSec: 5 });
    expect(silenceTrim(both, found)).toBeNull();
  });

  it('is null when nothing is worth trimming, or when all of it is silent', () => {
    expect(silenceTrim(timeline(), { ...found, leadSec: 0.004, trailSec: 0 })).toBeNull();
    expect(silenceTrim(timeline({ type: 'trim', startSec: 1.5, endSec: 58 }), found)).toBeNull();
    expect(silenceTrim(timeline(), { ...found, leadSec: 30, trailSec: 30 })).toBeNull();
  });
});
