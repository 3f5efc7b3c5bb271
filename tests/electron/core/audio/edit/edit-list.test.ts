import { describe, expect, it } from 'vitest';
import { apply, detectSilence, emptyEdits, redo, resolve, undo, type EditOp } from '../../../../../electron/core/audio/edit/edit-list.ts';

const len = (ops: EditOp[], original = 60) => resolve(ops, original).durationSec;

describe('edit list algebra', () => {
  it('cut removes a region; later times move back', () => {
    const t = resolve([{ type: 'marker', kind: 'outroStart', atSec: 50 }, { type: 'cut', startSec: 10, endSec: 20 }], 60);
    expect(t.durationSec).toBe(50);
    expect(t.pieces).toEqual([
      { assetId: null, inSec: 0, outSec: 10 },
      { assetId: null, inSec: 20, outSec: 60 },
    ]);
    expect(t.markers).toEqual([{ kind: 'outroStart', atSec: 40 }]);
  });

  it('cuts compose in timeline coordinates (a second cut at the same place removes the next stretch)', () => {
    const t = resolve([{ type: 'cut', startSec: 10, endSec: 20 }, { type: 'cut', startSec: 10, endSec: 20 }], 60);
    expect(t.pieces).toEqual([
      { assetId: null, inSec: 0, outSec: 10 },
      { assetId: null, inSec: 30, outSec: 60 },
    ]);
  });

  it('trim keeps a range; a region gain inside a later cut shrinks or disappears', () => {
    expect(len([{ type: 'trim', startSec: 5, endSec: 25 }])).toBe(20);
    const t = resolve([{ type: 'gain', startSec: 10, endSec: 30, db: -6 }, { type: 'cut', startSec: 5, endSec: 15 }], 60);
    expect(t.gains).toEqual([{ startSec: 5, endSec: 20, db: -6 }]);
    expect(resolve([{ type: 'gain', startSec: 10, endSec: 12, db: 3 }, { type: 'cut', startSec: 5, endSec: 15 }], 60).gains).toEqual([]);
  });

  it('clamps to the timeline and orders reversed selections', () => {
    expect(len([{ type: 'cut', startSec: 50, endSec: 500 }])).toBe(50);
    expect(len([{ type: 'cut', startSec: 30, endSec: 20 }])).toBe(50);
    expect(resolve([{ type: 'fadeOut', durationSec: 600 }], 60).fadeOutSec).toBe(60);
  });

  it('intro jingles shift everything after them; outros append', () => {
    const jingle = 'a'.repeat(64);
    const t = resolve(
      [{ type: 'marker', kind: 'introEnd', atSec: 3 }, { type: 'insert', position: 'intro', assetId: jingle, durationSec: 5 }, { type: 'insert', position: 'outro', assetId: jingle, durationSec: 5 }],
      60,
    );
    expect(t.durationSec).toBe(70);
    expect(t.pieces[0]).toEqual({ assetId: jingle, inSec: 0, outSec: 5 });
    expect(t.markers).toEqual([{ kind: 'introEnd', atSec: 8 }]);
  });

  it('a new intro/outro marker replaces the old one; cues accumulate', () => {
    const t = resolve(
      [
        { type: 'marker', kind: 'introEnd', atSec: 3 },
        { type: 'marker', kind: 'introEnd', atSec: 4 },
        { type: 'marker', kind: 'cue', atSec: 1 },
        { type: 'marker', kind: 'cue', atSec: 2 },
      ],
      60,
    );
    expect(t.markers.filter((m) => m.kind === 'introEnd')).toEqual([{ kind: 'introEnd', atSec: 4 }]);
    expect(t.markers.filter((m) => m.kind === 'cue')).toHaveLength(2);
  });

  it('undo and redo walk the whole list; a new edit clears redo', () => {
    const cut: EditOp = { type: 'cut', startSec: 0, endSec: 1 };
    const fade: EditOp = { type: 'fadeIn', durationSec: 2 };
    let s = apply(apply(emptyEdits(), cut), fade);
    s = undo(undo(s));
    expect(s.ops).toEqual([]);
    expect(undo(s)).toEqual(s);
    s = redo(s);
    expect(s.ops).toEqual([cut]);
    s = apply(s, { type: 'normalize', targetLufs: -18, ceilingDbtp: -1.5 });
    expect(s.undone).toEqual([]);
    expect(redo(s)).toEqual(s);
    expect(resolve(s.ops, 10).normalize).toEqual({ targetLufs: -18, ceilingDbtp: -1.5 });
  });

  it('detects leading and trailing silence from peaks', () => {
    const pairs = new Int16Array([0, 0, -1, 1, -9000, 9000, -20000, 20000, 0, 0, 0, 0]);
    expect(detectSilence(pairs, 0.5)).toEqual({ leadSec: 1, trailSec: 1 });
    expect(detectSilence(new Int16Array(8), 0.5)).toEqual({ leadSec: 0, trailSec: 0 });
  });
});
