import { KWeightingFilter } from './k-weighting.ts';
import { HISTORY, monoKernel, packedKWeighting, scanChannel, stereoKernel, type MeterKernel } from './meter-kernels.ts';
import { BASE_SPP, toI16 } from '../peaks-file.ts';
import { SAMPLES_AT, SPARE_AT, StereoSimdKernel } from './stereo-kernel-simd.ts';
import { scanTruePeak } from './true-peak.ts';
import { TruePeakSimd } from './true-peak-simd.ts';

/*
 * Everything the analysis measures, in one pass over each chunk of interleaved PCM (1 or 2
 * channels): BS.1770-4 K-weighted energy per 100 ms sub-block (loudness-gating.ts makes loudness and
 * LRA of them), waveform min/max per BASE_SPP frames (peaks-file.ts) and the largest magnitude per
 * 64-frame block, which bounds the true-peak scan (true-peak.ts) so that only blocks that might beat
 * the running peak are oversampled, reading the samples in place. Where the runtime has WebAssembly
 * SIMD the stereo kernel and the true-peak scan run there, on the chunk copied once into one memory
 * (stereo-kernel-simd.ts, true-peak-simd.ts), with the same results as the scalar code.
 * Why one loop: as separate passes (meter, true-peak de-interleave, peaks) the same work cost a
 * third more (issue #3: analysis ≤ 2× a bare decode). The loops themselves are meter-kernels.ts.
 */

/** True-peak skip grain, in frames; BASE_SPP is a multiple, so pixels end on block ends. */
const BLOCK = 64;

class Growable<T extends Float64Array | Int16Array> {
  #data: T;
  #length = 0;
  readonly #make: (length: number) => T;
  constructor(make: (length: number) => T) {
    this.#make = make;
    this.#data = make(1024);
  }
  push(value: number): void {
    if (this.#length === this.#data.length) {
      const next = this.#make(this.#data.length * 2);
      next.set(this.#data);
      this.#data = next;
    }
    this.#data[this.#length++] = value;
  }
  copy(): T {
    return this.#data.slice(0, this.#length) as T;
  }
}

export class OnePassMeter {
  readonly #channels: number;
  readonly #kernel: MeterKernel;
  readonly #coefficients: Float64Array;
  /** For priming (rare, a channel at a time); its state arrays are the ones the kernels run on. */
  readonly #filter: KWeightingFilter;
  readonly subBlockFrames: number;
  #subEnergy = 0;
  #subFrames = 0;
  readonly #subBlocks = new Growable((n) => new Float64Array(n));
  /** Frames measured so far: places chunks on the file's pixel and block grid. */
  #frames = 0;
  /** The kernels' accumulators for the current block: energy, left min, left max, right min, right max. */
  #acc: Float64Array = Float64Array.of(0, Infinity, -Infinity, Infinity, -Infinity);
  /** Stereo through WebAssembly SIMD where the runtime has it (stereo-kernel-simd.ts); its `acc` is then #acc. */
  readonly #simd: StereoSimdKernel | null;
  /**
   * The true-peak scan in WebAssembly SIMD (true-peak-simd.ts), reading the chunk in the stereo
   * kernel's memory (mono: its own copy) and the history from SPARE_AT; null: the scalar scan.
   */
  readonly #peakSimd: TruePeakSimd | null;
  #pixMin = Infinity;
  #pixMax = -Infinity;
  readonly #pairs = new Growable((n) => new Int16Array(n));
  #truePeak = 0;
  #samplePeak = 0;
  /** Per channel: the last HISTORY inputs (oldest first), then room for a chunk's first HISTORY frames. */
  readonly #head: Float32Array[];
  readonly #historyMax: Float64Array;
  /** This chunk's block maxima, channel after channel (#capacity each), and each block's first frame. */
  #blockMax = new Float32Array(0);
  #blockStart = new Int32Array(0);
  #capacity = 0;

  /**
   * `simd: false` runs the scalar stereo kernel and true-peak scan (the fallback; tests compare the
   * two bit for bit); `truePeakSimd` sets the scan apart (default: as `simd`).
   */
  constructor(sampleRate: number, channels: number, options: { simd?: boolean; truePeakSimd?: boolean } = {}) {
    if (channels !== 1 && channels !== 2) throw new RangeError(`OnePassMeter takes 1 or 2 channels, not ${channels}`);
    this.#channels = channels;
    this.#kernel = channels === 2 ? stereoKernel : monoKernel;
    this.#coefficients = packedKWeighting(sampleRate);
    this.#filter = new KWeightingFilter(sampleRate, channels);
    this.subBlockFrames = Math.round(sampleRate / 10);
    this.#head = Array.from({ length: channels }, () => new Float32Array(2 * HISTORY));
    this.#historyMax = new Float64Array(channels);
    this.#simd = channels === 2 && options.simd !== false ? StereoSimdKernel.create(this.#coefficients) : null;
    if (this.#simd) this.#acc = this.#simd.acc;
    const peakSimd = options.truePeakSimd ?? options.simd !== false;
    // With the SIMD kernel the scan reads the chunk the kernel has copied; else it copies its own.
    this.#peakSimd = peakSimd ? TruePeakSimd.create(this.#simd?.memory) : null;
  }

  /** Interleaved frames, in order; not kept past the call. */
  push(samples: Float32Array): void {
    const frames = Math.floor(samples.length / this.#channels);
    if (frames === 0) return;
    const blocks = Math.ceil(frames / BLOCK) + 1;
    if (this.#capacity < blocks) {
      this.#capacity = blocks;
      this.#blockMax = new Float32Array(blocks * this.#channels);
      this.#blockStart = new Int32Array(blocks + 1);
    }
    const simd = this.#simd;
    if (simd) {
      simd.load(samples);
      this.#acc = simd.acc;
      simd.setState(this.#filter.state[0] as Float64Array, this.#filter.state[1] as Float64Array);
    }
    if (this.#peakSimd && !simd) this.#peakSimd.load(samples, SAMPLES_AT);
    const count = this.#pass(samples, frames);
    if (simd) simd.getState(this.#filter.state[0] as Float64Array, this.#filter.state[1] as Float64Array);
    this.#scan(samples, frames, count);
    this.#keepHistory(samples, frames);
    this.#frames += frames;
  }

  /**
   * Frames just before where this meter starts measuring (parallel analysis, segment-analysis.ts):
   * they settle the K-weighting and fill the true-peak history, and count for nothing else. The
   * filters forget their start within milliseconds (slowest pole: 38 Hz, critically damped), so
   * after half a second of priming the state matches a meter that ran from the file's start.
   */
  prime(samples: Float32Array): void {
    const frames = Math.floor(samples.length / this.#channels);
    this.#filter.run(samples, 0, frames);
    this.#keepHistory(samples, frames);
  }

  /** The kernel over stretches that never cross a block or sub-block edge; returns the block count. */
  #pass(samples: Float32Array, frames: number): number {
    const acc = this.#acc;
    const left = this.#filter.state[0] as Float64Array;
    const right = this.#filter.state[this.#channels - 1] as Float64Array;
    const starts = this.#blockStart;
    const capacity = this.#capacity;
    const bm = this.#blockMax;
    const simd = this.#simd;
    let j = 0;
    starts[0] = 0;
    for (let f = 0; f < frames; ) {
      const end = Math.min(frames, f + BLOCK - ((this.#frames + f) % BLOCK), f + this.subBlockFrames - this.#subFrames);
      acc[0] = 0;
      if (simd) simd.run(f, end);
      else this.#kernel(samples, f, end, this.#coefficients, left, right, acc);
      this.#subEnergy += acc[0] as number;
      this.#subFrames += end - f;
      if (this.#subFrames === this.subBlockFrames) {
        this.#subBlocks.push(this.#subEnergy);
        this.#subEnergy = 0;
        this.#subFrames = 0;
      }
      f = end;
      if ((this.#frames + f) % BLOCK !== 0 && f !== frames) continue;
      // Block closed: its largest magnitude per channel, its extremes into the pixel.
      const lo = Math.min(acc[1] as number, acc[3] as number);
      const hi = Math.max(acc[2] as number, acc[4] as number);
      if (lo < this.#pixMin) this.#pixMin = lo;
      if (hi > this.#pixMax) this.#pixMax = hi;
      bm[j] = Math.max(acc[2] as number, -(acc[1] as number));
      if (this.#channels === 2) bm[capacity + j] = Math.max(acc[4] as number, -(acc[3] as number));
      acc[1] = Infinity;
      acc[2] = -Infinity;
      acc[3] = Infinity;
      acc[4] = -Infinity;
      j += 1;
      starts[j] = f;
      if ((this.#frames + f) % BASE_SPP === 0) this.#emitPixel();
    }
    return j;
  }

  #emitPixel(): void {
    this.#pairs.push(toI16(this.#pixMin));
    this.#pairs.push(toI16(this.#pixMax));
    this.#pixMin = Infinity;
    this.#pixMax = -Infinity;
  }

  /** True peak of this chunk; the sample peak first, so that the scan skips more. */
  #scan(samples: Float32Array, frames: number, blocks: number): void {
    const channels = this.#channels;
    const bm = this.#blockMax;
    let samplePeak = this.#samplePeak;
    for (let c = 0; c < channels; c += 1) {
      for (let j = 0, at = c * this.#capacity; j < blocks; j += 1) samplePeak = Math.max(samplePeak, bm[at + j] as number);
    }
    this.#samplePeak = samplePeak;
    let peak = Math.max(this.#truePeak, samplePeak);
    const simd = this.#peakSimd;
    // In WebAssembly memory: the history at SPARE_AT (2 channels × 2·HISTORY f32 = 752 of the 768
    // bytes before SAMPLES_AT), then the chunk at SAMPLES_AT; `base` counts f32 from byte 0.
    const memory = simd ? new Float32Array(simd.memory.buffer) : samples;
    for (let c = 0; c < channels; c += 1) {
      const head = this.#head[c] as Float32Array;
      for (let i = 0; i < Math.min(frames, HISTORY); i += 1) head[HISTORY + i] = samples[i * channels + c] as number;
      const historyMax = this.#historyMax[c] as number;
      if (simd) {
        const headAt = SPARE_AT / 4 + c * 2 * HISTORY;
        memory.set(head, headAt);
        peak = scanChannel(simd.scan, memory, SAMPLES_AT / 4, channels, c, memory, headAt, historyMax, bm, c * this.#capacity, this.#blockStart, blocks, peak);
      } else {
        peak = scanChannel(scanTruePeak, samples, 0, channels, c, head, 0, historyMax, bm, c * this.#capacity, this.#blockStart, blocks, peak);
      }
    }
    this.#truePeak = peak;
  }

  /** The last HISTORY frames of (history, then these frames), per channel, and their largest magnitude. */
  #keepHistory(samples: Float32Array, frames: number): void {
    const channels = this.#channels;
    for (let c = 0; c < channels; c += 1) {
      const head = this.#head[c] as Float32Array;
      if (frames >= HISTORY) {
        for (let k = 0; k < HISTORY; k += 1) head[k] = samples[(frames - HISTORY + k) * channels + c] as number;
      } else {
        for (let i = 0; i < frames; i += 1) head[HISTORY + i] = samples[i * channels + c] as number;
        head.copyWithin(0, frames, frames + HISTORY);
      }
      let max = 0;
      for (let k = 0; k < HISTORY; k += 1) max = Math.max(max, Math.abs(head[k] as number));
      this.#historyMax[c] = max;
    }
  }

  /** The energy of every whole 100 ms sub-block (a last partial one does not count, as in BS.1770). */
  subBlocks(): Float64Array {
    return this.#subBlocks.copy();
  }

  truePeak(): number {
    return this.#truePeak;
  }

  samplePeak(): number {
    return this.#samplePeak;
  }

  /** The min/max pairs, a last partial pixel included: call once, after the last push. */
  pairs(): Int16Array {
    if (this.#frames % BASE_SPP !== 0 && this.#pixMin !== Infinity) this.#emitPixel();
    return this.#pairs.copy();
  }
}
