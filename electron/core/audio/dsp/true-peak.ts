/*
 * True peak (ITU-R BS.1770-4 Annex 2, with a longer filter than its minimum): 4× oversampling with a
 * polyphase low-pass FIR (windowed sinc, 4 phases × 48 taps, Kaiser β 5.65 ≈ 60 dB, cut at the
 * input's Nyquist), the largest absolute value of the oversampled signal. Why 48 taps a phase: the
 * 4 × 16 filter this replaced rolled off from ~15 kHz, so noise-like speech read ~0.9 dB low and
 * sines near 20 kHz up to 0.3 dB low (issue #16); this one is flat to 22.2 kHz at 48 kHz. Tested
 * against an ideal 16× reconstruction and ffmpeg's ebur128 (tests/…/true-peak-accuracy.test.ts).
 * The filter and its exact scan live here (the reference, and the fallback of its WebAssembly SIMD
 * form, true-peak-simd.ts, which gives the same numbers); the pass over the samples is one-pass-meter.ts's.
 * Exact shortcut: an interpolated value is at most (Σ|h| of its phase) × the largest input sample it
 * reads, so a stretch whose input maximum times that bound cannot beat the running peak is skipped
 * (for speech that is nearly all of a file once the loud parts have been seen); inside a loud stretch
 * the same bound per point, with the two centre inputs and then the eight nearest taken exactly,
 * skips most points too.
 */

export const OVERSAMPLE = 4;
export const TAPS = 48;

function besselI0(x: number): number {
  let sum = 1;
  let term = 1;
  for (let k = 1; k < 50; k += 1) {
    term *= (x / (2 * k)) ** 2;
    sum += term;
    if (term < 1e-12 * sum) break;
  }
  return sum;
}

/** phases[p][k]: output p/OVERSAMPLE of a sample after input k (k = 0 is the oldest of TAPS inputs). */
export function designPolyphase(): Float64Array[] {
  const total = OVERSAMPLE * TAPS;
  const centre = (total - 1) / 2;
  // ~60 dB stopband; transition ±0.076 of the input Nyquist around it: flat to 22.2 kHz at 48 kHz,
  // and a sine's image (48 − f kHz) is in the stopband for f up to ~22 kHz.
  const beta = 5.65;
  const cutoff = 1;
  const h = new Float64Array(total);
  for (let i = 0; i < total; i += 1) {
    const t = (i - centre) / OVERSAMPLE;
    const sinc = t === 0 ? 1 : Math.sin(Math.PI * cutoff * t) / (Math.PI * cutoff * t);
    const r = (2 * i) / (total - 1) - 1;
    h[i] = cutoff * sinc * (besselI0(beta * Math.sqrt(Math.max(0, 1 - r * r))) / besselI0(beta));
  }
  const phases: Float64Array[] = [];
  for (let p = 0; p < OVERSAMPLE; p += 1) {
    const phase = new Float64Array(TAPS);
    let sum = 0;
    for (let k = 0; k < TAPS; k += 1) {
      // h index for input k (oldest first) contributing to sub-sample p.
      phase[k] = h[(TAPS - 1 - k) * OVERSAMPLE + p] as number;
      sum += phase[k] as number;
    }
    for (let k = 0; k < TAPS; k += 1) phase[k] = (phase[k] as number) / sum; // unity gain at DC
    phases.push(phase);
  }
  return phases;
}

/*
 * The scan's tables, exported so that its WebAssembly form (true-peak-simd.ts) is built from the
 * very same numbers.
 */
const PHASES = designPolyphase();
/** Flat copy for the inner loop (phase p's taps at p·TAPS…), and the worst-case gain of any phase. */
export const FLAT = Float64Array.from(PHASES.flatMap((p) => [...p]));
export const MAX_PHASE_GAIN = Math.max(...PHASES.map((p) => p.reduce((s, v) => s + Math.abs(v), 0)));
/** The two middle inputs sit either side of every interpolated point and carry most of its weight. */
export const C0 = TAPS / 2 - 1;
export const C1 = TAPS / 2;
export const CENTRE_A = Float64Array.from(PHASES, (ph) => Math.abs(ph[C0] as number));
export const CENTRE_B = Float64Array.from(PHASES, (ph) => Math.abs(ph[C1] as number));
/** Σ|h| of each phase without its two centre taps: what the other inputs can add at most, per unit of input. */
export const REST = Float64Array.from(PHASES, (ph, p) => ph.reduce((sum, v) => sum + Math.abs(v), 0) - (CENTRE_A[p] as number) - (CENTRE_B[p] as number));
/**
 * A second, finer bound: the NEAR inputs around the point summed exactly, the others by the window's
 * maximum. A long sinc's tails add up (Σ|h| is 2.6 for the half-sample phases), so the two-tap bound
 * alone let nearly every point of loud speech through to the full 48-tap sum.
 */
export const NEAR = 8;
export const NEAR_FROM = TAPS / 2 - NEAR / 2;
export const FAR = Float64Array.from(PHASES, (ph) => ph.reduce((sum, v, k) => (k >= NEAR_FROM && k < NEAR_FROM + NEAR ? sum : sum + Math.abs(v)), 0));

/**
 * The exact oversampled peak of `count` consecutive outputs of one channel, or `peak` if larger.
 * Output i reads the TAPS inputs src[at + k·stride], k = 0…TAPS-1, with at = base + i·stride (oldest
 * first): `stride` 1 reads a de-interleaved buffer, the channel count reads interleaved frames in place.
 * `maxIn` bounds every input read; points that provably cannot beat `peak` are not computed.
 */
export function scanTruePeak(src: Float32Array, base: number, stride: number, count: number, maxIn: number, peak: number): number {
  const c0 = C0 * stride;
  const c1 = C1 * stride;
  const near = NEAR_FROM * stride;
  for (let i = 0, at = base; i < count; i += 1, at += stride) {
    const a0 = src[at + c0] as number;
    const b0 = src[at + c1] as number;
    const ca = a0 < 0 ? -a0 : a0;
    const cb = b0 < 0 ? -b0 : b0;
    for (let p = 0; p < OVERSAMPLE; p += 1) {
      // Per point, the same exact bound on a finer grain: the centre pair exactly, the rest by the
      // window's maximum. Between speech peaks most points cannot beat the running peak.
      if ((CENTRE_A[p] as number) * ca + (CENTRE_B[p] as number) * cb + (REST[p] as number) * maxIn <= peak) continue;
      const phase = p * TAPS;
      let yn = 0;
      for (let k = NEAR_FROM, x = at + near; k < NEAR_FROM + NEAR; k += 1, x += stride) yn += (FLAT[phase + k] as number) * (src[x] as number);
      if ((yn < 0 ? -yn : yn) + (FAR[p] as number) * maxIn <= peak) continue;
      // The whole sum in tap order, so the result is the same number the plain filter gives.
      let y = 0;
      for (let k = 0, x = at; k < TAPS; k += 1, x += stride) y += (FLAT[phase + k] as number) * (src[x] as number);
      const a = y < 0 ? -y : y;
      if (a > peak) peak = a;
    }
  }
  return peak;
}
