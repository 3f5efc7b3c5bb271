/*
 * RIFF `cue ` and `LIST`/`adtl` label chunks (Microsoft RIFF spec, 1991; EBU Tech 3285 suppl. for
 * BWF): the generic markers of an edit list, which automation (Rivendell, Audition, Sound Forge,
 * ZaraRadio's editor) shows as named cue points. Positions are in samples from the start.
 */

export interface CuePoint {
  /** Unique, non-zero: the label chunk points at its cue by this id. */
  id: number;
  sample: number;
  label: string;
}

const CUE_POINT_SIZE = 24;

/** `cue `: the count, then per point its id, position, 'data', chunk start 0, block start 0, sample offset. */
export function encodeCue(points: readonly CuePoint[]): Buffer {
  const buf = Buffer.alloc(4 + points.length * CUE_POINT_SIZE);
  buf.writeUInt32LE(points.length, 0);
  points.forEach((p, i) => {
    const at = 4 + i * CUE_POINT_SIZE;
    const sample = Math.max(0, Math.round(p.sample));
    buf.writeUInt32LE(p.id, at);
    // dwPosition is the play-order position; with no playlist chunk readers take the sample offset.
    buf.writeUInt32LE(sample, at + 4);
    buf.write('data', at + 8, 'latin1');
    buf.writeUInt32LE(0, at + 12);
    buf.writeUInt32LE(0, at + 16);
    buf.writeUInt32LE(sample, at + 20);
  });
  return buf;
}

export function decodeCue(buf: Buffer): { id: number; sample: number }[] {
  const count = buf.length >= 4 ? buf.readUInt32LE(0) : 0;
  const points: { id: number; sample: number }[] = [];
  for (let i = 0; i < count && 4 + (i + 1) * CUE_POINT_SIZE <= buf.length; i += 1) {
    const at = 4 + i * CUE_POINT_SIZE;
    points.push({ id: buf.readUInt32LE(at), sample: buf.readUInt32LE(at + 20) });
  }
  return points;
}

/** Label text as the chunk holds it: ASCII (accents dropped, not mangled), NUL-terminated. */
function labelBytes(text: string): Buffer {
  const ascii = text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[^\x20-\x7e]/g, '?');
  return Buffer.from(`${ascii}\0`, 'latin1');
}

/** `LIST` body of type `adtl`: one `labl` sub-chunk (cue id + text) per point, each padded to even. */
export function encodeAdtl(points: readonly CuePoint[]): Buffer {
  const parts: Buffer[] = [Buffer.from('adtl', 'latin1')];
  for (const p of points) {
    const text = labelBytes(p.label);
    const head = Buffer.alloc(12);
    head.write('labl', 0, 'latin1');
    head.writeUInt32LE(4 + text.length, 4);
    head.writeUInt32LE(p.id, 8);
    parts.push(head, text);
    if ((4 + text.length) % 2) parts.push(Buffer.alloc(1));
  }
  return Buffer.concat(parts);
}

/** Labels by cue id from a `LIST` body; null when the list is not `adtl` (an INFO list, say). */
export function decodeAdtl(buf: Buffer): Map<number, string> | null {
  if (buf.length < 4 || buf.toString('latin1', 0, 4) !== 'adtl') return null;
  const labels = new Map<number, string>();
  let at = 4;
  while (at + 8 <= buf.length) {
    const id = buf.toString('latin1', at, at + 4);
    const size = buf.readUInt32LE(at + 4);
    if (id === 'labl' && size >= 4 && at + 8 + size <= buf.length) {
      const text = buf.subarray(at + 12, at + 8 + size);
      const end = text.indexOf(0);
      labels.set(buf.readUInt32LE(at + 8), text.subarray(0, end < 0 ? text.length : end).toString('latin1'));
    }
    at += 8 + size + (size % 2);
  }
  return labels;
}
