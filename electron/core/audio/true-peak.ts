/*
 * True peak (ITU-R BS.1770-4 Annex 2): 4× oversampling with a polyphase low-pass FIR (windowed sinc,
 * 4 phases × 16 taps, Kaiser window), the largest absolute value of the oversampled signal.
 * Exact shortcut: an interpolated value is at most (Σ|h| of its phase) × the largest input sample it
 * reads, so a stretch whose input maximum times that bound cannot beat the running peak is skipped
 * (for speech that is nearly all of a file once the loud parts have been seen); inside a loud stretch
 * the same bound per point, with the two centre inputs taken exactly, skips most points too.
 */

export const OVERSAMPLE = 4;
export const TAPS = 16;

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

/** phases[p][k]: output p/4 of a sample after input k (k = 0 is the oldest of TAPS inputs). */
export function designPolyphase(): Float64Array[] {
  const total = OVERSAMPLE * TAPS;
  const centre = (total - 1) / 2;
  const beta = 8;
  const cutoff = 0.95; // of the input Nyquist: passes speech and music up to ~22.8 kHz at 48 kHz
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

const PHASES = designPolyphase();
/** Flat copy for the inner loop, and the worst-case gain of any phase. */
const FLAT = Float64Array.from(PHASES.flatMap((p) => [...p]));
export const MAX_PHASE_GAIN = Math.max(...PHASES.map((p) => p.reduce((s, v) => s + Math.abs(v), 0)));
const BLOCK = 64; // ≥ TAPS - 1, see #scan
/** Inputs k = 7 and 8 sit either side of every interpolated point and carry most of its weight. */
const C0 = TAPS / 2 - 1;
const C1 = TAPS / 2;
const CENTRE_A = Float64Array.from(PHASES, (ph) => Math.abs(ph[C0] as number));
const CENTRE_B = Float64Array.from(PHASES, (ph) => Math.abs(ph[C1] as number));
/** Σ|h| of each phase without its two centre taps: what the other 14 inputs can add at most, per unit of input. */
const REST = Float64Array.from(PHASES, (ph, p) => ph.reduce((sum, v) => sum + Math.abs(v), 0) - (CENTRE_A[p] as number) - (CENTRE_B[p] as number));

export class TruePeakMeter {
  readonly #channels: number;
  /** Per channel: the last TAPS-1 inputs of the previous chunk. */
  /** Per channel: the last TAPS-1 inputs, then this chunk; reused across chunks (a fresh 0.5 MB array per chunk costs page faults). */
  readonly #scratch: Float32Array[];
  #peak = 0;
  #blockMax = new Float32Array(0);
  #samplePeak = 0;

  constructor(channels: number) {
    this.#channels = channels;
    this.#scratch = Array.from({ length: channels }, () => new Float32Array(TAPS - 1));
  }

  push(samples: Float32Array): void {
    const channels = this.#channels;
    const frames = Math.floor(samples.length / channels);
    const history = TAPS - 1;
    const blocks = Math.ceil((history + frames) / BLOCK);
    if (this.#blockMax.length < blocks + 1) this.#blockMax = new Float32Array(blocks + 1);
    const blockMax = this.#blockMax;
    for (let c = 0; c < channels; c += 1) {
      let buf = this.#scratch[c] as Float32Array;
      if (buf.length < history + frames) {
        const grown = new Float32Array(history + frames);
        grown.set(buf.subarray(0, history));
        buf = grown;
        this.#scratch[c] = buf;
      }
      // One pass: de-interleave and keep the largest magnitude per BLOCK of buf.
      blockMax.fill(0);
      for (let i = 0; i < history; i += 1) {
        const v = buf[i] as number;
        const m = v < 0 ? -v : v;
        if (m > (blockMax[0] as number)) blockMax[0] = m;
      }
      let samplePeak = this.#samplePeak;
      let idx = c;
      for (let at = history; at < history + frames; ) {
        const block = (at / BLOCK) | 0;
        const stop = Math.min(history + frames, (block + 1) * BLOCK);
        let m = blockMax[block] as number;
        for (; at < stop; at += 1, idx += channels) {
          const v = samples[idx] as number;
          buf[at] = v;
          m = Math.max(m, Math.abs(v));
        }
        blockMax[block] = m;
        if (m > samplePeak) samplePeak = m;
      }
      this.#samplePeak = samplePeak;
      if (this.#peak < samplePeak) this.#peak = samplePeak;
      this.#scan(buf, frames, blockMax);
      buf.copyWithin(0, frames, frames + history); // the next chunk's history
    }
  }

  /** Outputs n = 0..frames-1 read inputs buf[n .. n+TAPS-1]; blockMax[k] bounds buf[k·BLOCK …]. */
  #scan(buf: Float32Array, frames: number, blockMax: Float32Array): void {
    let peak = this.#peak;
    for (let start = 0, block = 0; start < frames; start += BLOCK, block += 1) {
      // Outputs of this block read up to TAPS-1 ≤ BLOCK inputs beyond it: this block and the next.
      const maxIn = Math.max(blockMax[block] as number, blockMax[block + 1] as number);
      if (maxIn * MAX_PHASE_GAIN <= peak) continue;
      const end = Math.min(frames, start + BLOCK);
      for (let n = start; n < end; n += 1) {
        const a0 = buf[n + C0] as number;
        const b0 = buf[n + C1] as number;
        const ca = a0 < 0 ? -a0 : a0;
        const cb = b0 < 0 ? -b0 : b0;
        for (let p = 0; p < OVERSAMPLE; p += 1) {
          // Per point, the same exact bound on a finer grain: the centre pair exactly, the rest by the
          // window's maximum. Between speech peaks most points cannot beat the running peak.
          if ((CENTRE_A[p] as number) * ca + (CENTRE_B[p] as number) * cb + (REST[p] as number) * maxIn <= peak) continue;
          const base = p * TAPS;
          let y = 0;
          for (let k = 0; k < TAPS; k += 1) y += (FLAT[base + k] as number) * (buf[n + k] as number);
          const a = y < 0 ? -y : y;
          if (a > peak) peak = a;
        }
      }
    }
    this.#peak = peak;
  }

  truePeak(): number {
    return this.#peak;
  }

  samplePeak(): number {
    return this.#samplePeak;
  }
}
