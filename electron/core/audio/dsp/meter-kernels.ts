import { kWeighting } from './k-weighting.ts';
import { MAX_PHASE_GAIN, TAPS } from './true-peak.ts';

/*
 * The inner loops of one-pass-meter.ts, as small plain functions over typed arrays. Why this shape:
 * V8 optimizes a small function called often within a few calls, while a big method with nested
 * loops is optimized "on stack" mid-loop and thrown back to the interpreter each time it leaves
 * that loop; on the first file of a session that cost more than the metering itself. No
 * destructuring or tuples here for the same reason (they run generic iteration code).
 */

export const HISTORY = TAPS - 1;

/** Shelf b0 b1 b2 a1 a2, then the high-pass's a1 a2 (its b is 1, −2, 1). */
export function packedKWeighting(sampleRate: number): Float64Array {
  const stages = kWeighting(sampleRate);
  const shelf = stages[0];
  const highPass = stages[1];
  return Float64Array.of(shelf.b0, shelf.b1, shelf.b2, shelf.a1, shelf.a2, highPass.a1, highPass.a2);
}

/**
 * Signature of both kernels: frames [from, to) of interleaved `samples` through the K-weighting
 * (state: x1 x2 y1 y2 z1 z2 per channel), adding to `acc`: [0] energy, [1] min and [2] max of the
 * left (or only) channel, [3] min and [4] max of the right. Per-channel extremes, not |x| across
 * channels: fewer live values in the loop, which ran a fifth faster (the block's largest magnitude
 * is max(max, −min), taken once per block).
 */
export type MeterKernel = (samples: Float32Array, from: number, to: number, k: Float64Array, left: Float64Array, right: Float64Array, acc: Float64Array) => void;

export const stereoKernel: MeterKernel = (samples, from, to, k, l, r, acc) => {
  const b0 = k[0] as number, b1 = k[1] as number, b2 = k[2] as number, a1 = k[3] as number, a2 = k[4] as number;
  const c1 = k[5] as number, c2 = k[6] as number;
  let lx1 = l[0] as number, lx2 = l[1] as number, ly1 = l[2] as number, ly2 = l[3] as number, lz1 = l[4] as number, lz2 = l[5] as number;
  let rx1 = r[0] as number, rx2 = r[1] as number, ry1 = r[2] as number, ry2 = r[3] as number, rz1 = r[4] as number, rz2 = r[5] as number;
  let le = 0, re = 0;
  let ll = acc[1] as number, lh = acc[2] as number, rl = acc[3] as number, rh = acc[4] as number;
  for (let i = from * 2, stop = to * 2; i < stop; i += 2) {
    const lx = samples[i] as number;
    const rx = samples[i + 1] as number;
    const ly = b0 * lx + b1 * lx1 + b2 * lx2 - a1 * ly1 - a2 * ly2;
    const ry = b0 * rx + b1 * rx1 + b2 * rx2 - a1 * ry1 - a2 * ry2;
    const lz = ly - 2 * ly1 + ly2 - c1 * lz1 - c2 * lz2;
    const rz = ry - 2 * ry1 + ry2 - c1 * rz1 - c2 * rz2;
    lx2 = lx1; lx1 = lx; ly2 = ly1; ly1 = ly; lz2 = lz1; lz1 = lz;
    rx2 = rx1; rx1 = rx; ry2 = ry1; ry1 = ry; rz2 = rz1; rz1 = rz;
    le += lz * lz;
    re += rz * rz;
    ll = lx < ll ? lx : ll;
    lh = lx > lh ? lx : lh;
    rl = rx < rl ? rx : rl;
    rh = rx > rh ? rx : rh;
  }
  l[0] = lx1; l[1] = lx2; l[2] = ly1; l[3] = ly2; l[4] = lz1; l[5] = lz2;
  r[0] = rx1; r[1] = rx2; r[2] = ry1; r[3] = ry2; r[4] = rz1; r[5] = rz2;
  acc[0] = (acc[0] as number) + le + re;
  acc[1] = ll; acc[2] = lh; acc[3] = rl; acc[4] = rh;
};

export const monoKernel: MeterKernel = (samples, from, to, k, st, _right, acc) => {
  const b0 = k[0] as number, b1 = k[1] as number, b2 = k[2] as number, a1 = k[3] as number, a2 = k[4] as number;
  const c1 = k[5] as number, c2 = k[6] as number;
  let x1 = st[0] as number, x2 = st[1] as number, y1 = st[2] as number, y2 = st[3] as number, z1 = st[4] as number, z2 = st[5] as number;
  let e = 0;
  let lo = acc[1] as number, hi = acc[2] as number;
  for (let i = from; i < to; i += 1) {
    const x = samples[i] as number;
    const y = b0 * x + b1 * x1 + b2 * x2 - a1 * y1 - a2 * y2;
    const z = y - 2 * y1 + y2 - c1 * z1 - c2 * z2;
    x2 = x1; x1 = x; y2 = y1; y1 = y; z2 = z1; z1 = z;
    e += z * z;
    lo = x < lo ? x : lo;
    hi = x > hi ? x : hi;
  }
  st[0] = x1; st[1] = x2; st[2] = y1; st[3] = y2; st[4] = z1; st[5] = z2;
  acc[0] = (acc[0] as number) + e;
  acc[1] = lo; acc[2] = hi;
};

/** scanTruePeak's signature: its JavaScript form, or the WebAssembly one (true-peak-simd.ts). */
export type TruePeakScan = (src: Float32Array, base: number, stride: number, count: number, maxIn: number, peak: number) => number;

/**
 * True peak of one channel over a chunk: only blocks whose inputs might beat `peak` are oversampled.
 * Block j covers frames starts[j] … starts[j+1]-1 and bm[at + j] is its largest magnitude; output f
 * reads frames f-HISTORY … f, so block j's outputs read block j, block j-1 (blocks are 64 frames,
 * longer than HISTORY) and, near the chunk's start, the history (`head` from `headAt`: the HISTORY
 * frames before the chunk, then its first HISTORY frames; max |history| = `historyMax`). Later
 * frames are read in place in the interleaved chunk (`samples` from `samplesAt`).
 */
export function scanChannel(
  scan: TruePeakScan, samples: Float32Array, samplesAt: number, channels: number, c: number, head: Float32Array, headAt: number,
  historyMax: number, bm: Float32Array, at: number, starts: Int32Array, blocks: number, peak: number,
): number {
  for (let j = 0; j < blocks; j += 1) {
    let maxIn = bm[at + j] as number;
    if (j > 0) maxIn = Math.max(maxIn, bm[at + j - 1] as number);
    if (j <= 1) maxIn = Math.max(maxIn, historyMax);
    if (maxIn * MAX_PHASE_GAIN <= peak) continue;
    const start = starts[j] as number;
    const end = starts[j + 1] as number;
    const split = Math.min(end, HISTORY);
    if (start < split) peak = scan(head, headAt + start, 1, split - start, maxIn, peak);
    const from = Math.max(start, HISTORY);
    if (from < end) peak = scan(samples, samplesAt + (from - HISTORY) * channels + c, channels, end - from, maxIn, peak);
  }
  return peak;
}
