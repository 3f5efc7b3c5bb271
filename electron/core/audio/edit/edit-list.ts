/*
 * The non-destructive edit list of a version (issue #3): operations stored as data, applied in order
 * to the original when rendering; the original never changes. Every time in an operation is on the
 * timeline as it stood when the operation was made (after the operations before it), which is what
 * the producer saw on the waveform. Pure: no I/O.
 */

export type MarkerKind = 'introEnd' | 'outroStart' | 'cue';

export type EditOp =
  | { type: 'trim'; startSec: number; endSec: number }
  | { type: 'cut'; startSec: number; endSec: number }
  | { type: 'bleep'; startSec: number; endSec: number }
  | { type: 'fadeIn'; durationSec: number }
  | { type: 'fadeOut'; durationSec: number }
  | { type: 'gain'; startSec: number; endSec: number; db: number }
  | { type: 'normalize'; targetLufs: number; ceilingDbtp: number }
  | { type: 'insert'; position: 'intro' | 'outro'; assetId: string; durationSec: number }
  | { type: 'marker'; kind: MarkerKind; atSec: number };

export interface EditState {
  ops: EditOp[];
  /** Undone operations, most recent last (redo takes from the end). */
  undone: EditOp[];
}

export const emptyEdits = (): EditState => ({ ops: [], undone: [] });

export function apply(state: EditState, op: EditOp): EditState {
  return { ops: [...state.ops, op], undone: [] };
}

export function undo(state: EditState): EditState {
  const last = state.ops.at(-1);
  return last ? { ops: state.ops.slice(0, -1), undone: [...state.undone, last] } : state;
}

export function redo(state: EditState): EditState {
  const next = state.undone.at(-1);
  return next ? { ops: [...state.ops, next], undone: state.undone.slice(0, -1) } : state;
}

/** A stretch of a source file placed on the output timeline. */
export interface Piece {
  /** null: the version's original; otherwise an inserted library asset (jingle). */
  assetId: string | null;
  inSec: number;
  outSec: number;
}

export interface GainRegion {
  startSec: number;
  endSec: number;
  db: number;
}

/** A span of the output under a tone (issue #14 §2 redaction): the voice there is not heard at all. */
export interface BleepRegion {
  startSec: number;
  endSec: number;
}

export interface Timeline {
  pieces: Piece[];
  gains: GainRegion[];
  bleeps: BleepRegion[];
  fadeInSec: number;
  fadeOutSec: number;
  markers: { kind: MarkerKind; atSec: number }[];
  normalize: { targetLufs: number; ceilingDbtp: number } | null;
  durationSec: number;
}

const lengthOf = (pieces: Piece[]) => pieces.reduce((s, p) => s + (p.outSec - p.inSec), 0);

/** Keeps the output range [start, end) of the pieces. */
function keep(pieces: Piece[], start: number, end: number): Piece[] {
  const out: Piece[] = [];
  let at = 0;
  for (const p of pieces) {
    const len = p.outSec - p.inSec;
    const a = Math.max(start, at);
    const b = Math.min(end, at + len);
    if (b > a) out.push({ assetId: p.assetId, inSec: p.inSec + (a - at), outSec: p.inSec + (b - at) });
    at += len;
  }
  return out;
}

/** Moves a time through the removal of [start, end): inside → start; after → earlier by the cut. */
const throughCut = (t: number, start: number, end: number) => (t <= start ? t : t >= end ? t - (end - start) : start);

function clampRange(a: number, b: number, duration: number): [number, number] {
  const start = Math.max(0, Math.min(a, b, duration));
  return [start, Math.max(start, Math.min(Math.max(a, b), duration))];
}

/** Resolves the list against the original's length into what the renderer and the waveform draw. */
export function resolve(ops: readonly EditOp[], originalSec: number): Timeline {
  let pieces: Piece[] = [{ assetId: null, inSec: 0, outSec: originalSec }];
  let gains: GainRegion[] = [];
  let bleeps: BleepRegion[] = [];
  let markers: Timeline['markers'] = [];
  let fadeInSec = 0;
  let fadeOutSec = 0;
  let normalize: Timeline['normalize'] = null;
  const shift = (start: number, end: number) => {
    gains = gains
      .map((g) => ({ ...g, startSec: throughCut(g.startSec, start, end), endSec: throughCut(g.endSec, start, end) }))
      .filter((g) => g.endSec > g.startSec);
    bleeps = bleeps
      .map((b) => ({ startSec: throughCut(b.startSec, start, end), endSec: throughCut(b.endSec, start, end) }))
      .filter((b) => b.endSec > b.startSec);
    markers = markers.map((m) => ({ ...m, atSec: throughCut(m.atSec, start, end) }));
  };
  for (const op of ops) {
    const duration = lengthOf(pieces);
    switch (op.type) {
      case 'trim': {
        const [a, b] = clampRange(op.startSec, op.endSec, duration);
        pieces = keep(pieces, a, b);
        shift(b, duration);
        shift(0, a);
        break;
      }
      case 'cut': {
        const [a, b] = clampRange(op.startSec, op.endSec, duration);
        pieces = [...keep(pieces, 0, a), ...keep(pieces, b, duration)];
        shift(a, b);
        break;
      }
      case 'bleep': {
        const [a, b] = clampRange(op.startSec, op.endSec, duration);
        if (b > a) bleeps.push({ startSec: a, endSec: b });
        break;
      }
      case 'fadeIn':
        fadeInSec = Math.max(0, Math.min(op.durationSec, duration));
        break;
      case 'fadeOut':
        fadeOutSec = Math.max(0, Math.min(op.durationSec, duration));
        break;
      case 'gain': {
        const [a, b] = clampRange(op.startSec, op.endSec, duration);
        if (b > a) gains.push({ startSec: a, endSec: b, db: op.db });
        break;
      }
      case 'normalize':
        normalize = { targetLufs: op.targetLufs, ceilingDbtp: op.ceilingDbtp };
        break;
      case 'insert': {
        const jingle: Piece = { assetId: op.assetId, inSec: 0, outSec: op.durationSec };
        if (op.position === 'intro') {
          pieces = [jingle, ...pieces];
          gains = gains.map((g) => ({ ...g, startSec: g.startSec + op.durationSec, endSec: g.endSec + op.durationSec }));
          bleeps = bleeps.map((r) => ({ startSec: r.startSec + op.durationSec, endSec: r.endSec + op.durationSec }));
          markers = markers.map((m) => ({ ...m, atSec: m.atSec + op.durationSec }));
        } else {
          pieces = [...pieces, jingle];
        }
        break;
      }
      case 'marker':
        markers = [...markers.filter((m) => m.kind === 'cue' || m.kind !== op.kind), { kind: op.kind, atSec: Math.max(0, Math.min(op.atSec, duration)) }];
        break;
    }
  }
  const durationSec = lengthOf(pieces);
  return { pieces, gains, bleeps, fadeInSec: Math.min(fadeInSec, durationSec), fadeOutSec: Math.min(fadeOutSec, durationSec), markers, normalize, durationSec };
}

/** Leading and trailing silence from waveform peaks (min/max pairs, ±32767 full scale) at `secPerPair`. */
export function detectSilence(pairs: Int16Array, secPerPair: number, thresholdDb = -50): { leadSec: number; trailSec: number } {
  const limit = 32767 * 10 ** (thresholdDb / 20);
  const n = pairs.length / 2;
  const loud = (i: number) => Math.max(Math.abs(pairs[i * 2] as number), Math.abs(pairs[i * 2 + 1] as number)) > limit;
  let first = 0;
  while (first < n && !loud(first)) first += 1;
  if (first === n) return { leadSec: 0, trailSec: 0 };
  let last = n - 1;
  while (last > first && !loud(last)) last -= 1;
  return { leadSec: first * secPerPair, trailSec: (n - 1 - last) * secPerPair };
}
