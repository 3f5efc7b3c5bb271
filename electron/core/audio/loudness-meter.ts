import { TruePeakMeter } from './true-peak.ts';

/*
 * ITU-R BS.1770-4 / EBU R128 loudness on a PCM stream (Float32 interleaved, 1 or 2 channels), in
 * constant work per sample: K-weighting (two biquads, coefficients derived for any sample rate as in
 * libebur128, equal to the standard's at 48 kHz), 100 ms energy sub-blocks, 400 ms momentary blocks
 * with 75 % overlap (gates −70 LUFS absolute, −10 LU relative) for integrated loudness, 3 s
 * short-term blocks every 100 ms for loudness range (EBU Tech 3342: −70 LUFS absolute, −20 LU
 * relative, 10th–95th percentile) and true peak from the 4× oversampling meter (true-peak.ts).
 * Only one energy per block is kept (3 hours = 108 000 blocks, under 1 MB).
 */

export interface LoudnessResult {
  integratedLufs: number | null;
  loudnessRangeLu: number;
  truePeakDbtp: number | null;
  samplePeakDbfs: number | null;
}

interface Biquad {
  b0: number;
  b1: number;
  b2: number;
  a1: number;
  a2: number;
}

/** The K-weighting stages (shelving pre-filter, RLB high-pass) for a sample rate. */
export function kWeighting(rate: number): [Biquad, Biquad] {
  let f0 = 1681.974450955533;
  const G = 3.999843853973347;
  let Q = 0.7071752369554196;
  let K = Math.tan((Math.PI * f0) / rate);
  const Vh = 10 ** (G / 20);
  const Vb = Vh ** 0.4996667741545416;
  let a0 = 1 + K / Q + K * K;
  const shelf = {
    b0: (Vh + (Vb * K) / Q + K * K) / a0,
    b1: (2 * (K * K - Vh)) / a0,
    b2: (Vh - (Vb * K) / Q + K * K) / a0,
    a1: (2 * (K * K - 1)) / a0,
    a2: (1 - K / Q + K * K) / a0,
  };
  f0 = 38.13547087602444;
  Q = 0.5003270373238773;
  K = Math.tan((Math.PI * f0) / rate);
  a0 = 1 + K / Q + K * K;
  const highPass = { b0: 1, b1: -2, b2: 1, a1: (2 * (K * K - 1)) / a0, a2: (1 - K / Q + K * K) / a0 };
  return [shelf, highPass];
}

const energyToLufs = (energy: number) => -0.691 + 10 * Math.log10(energy);
const lufsToEnergy = (lufs: number) => 10 ** ((lufs + 0.691) / 10);

class GrowableFloat64 {
  data = new Float64Array(1024);
  length = 0;
  push(value: number): void {
    if (this.length === this.data.length) {
      const next = new Float64Array(this.data.length * 2);
      next.set(this.data);
      this.data = next;
    }
    this.data[this.length++] = value;
  }
  view(): Float64Array {
    return this.data.subarray(0, this.length);
  }
}

/**
 * The relative gate shared by BS.1770-4 §5.1 and EBU Tech 3342: `offsetLu` below the mean energy of
 * the blocks above the −70 LUFS absolute gate; null when no block passes the absolute gate.
 */
function relativeGate(energies: Float64Array, offsetLu: number): number | null {
  const absolute = lufsToEnergy(-70);
  let sum = 0;
  let count = 0;
  for (const e of energies) {
    if (e > absolute) {
      sum += e;
      count += 1;
    }
  }
  return count === 0 ? null : Math.max(absolute, (sum / count) * 10 ** (offsetLu / 10));
}

/** Integrated loudness from 400 ms block energies (BS.1770-4 §5.1 gating). */
export function gatedLoudness(energies: Float64Array): number | null {
  const gate = relativeGate(energies, -10);
  if (gate === null) return null;
  let gatedSum = 0;
  let gatedCount = 0;
  for (const e of energies) {
    if (e > gate) {
      gatedSum += e;
      gatedCount += 1;
    }
  }
  return gatedCount === 0 ? null : energyToLufs(gatedSum / gatedCount);
}

/** Loudness range from 3 s short-term energies (EBU Tech 3342). */
export function loudnessRange(energies: Float64Array): number {
  const gate = relativeGate(energies, -20);
  if (gate === null) return 0;
  const kept: number[] = [];
  for (const e of energies) if (e > gate) kept.push(energyToLufs(e));
  if (kept.length === 0) return 0;
  kept.sort((a, b) => a - b);
  const at = (p: number) => kept[Math.min(kept.length - 1, Math.max(0, Math.round((kept.length - 1) * p)))] ?? 0;
  return at(0.95) - at(0.1);
}

export class LoudnessMeter {
  readonly #channels: number;
  readonly #stages: [Biquad, Biquad];
  /** Per channel: x1 x2 y1 y2 of stage 1, then y1 y2 of stage 2 (its input is stage 1's output). */
  readonly #state: Float64Array[];
  readonly #subBlockFrames: number;
  #subEnergy = 0;
  #subFrames = 0;
  /** Ring of the last 30 sub-block energies (sum over channels of squared K-weighted samples). */
  readonly #ring = new Float64Array(30);
  #subCount = 0;
  readonly #momentary = new GrowableFloat64();
  readonly #shortTerm = new GrowableFloat64();
  readonly #truePeak: TruePeakMeter;

  constructor(sampleRate: number, channels: number) {
    this.#channels = channels;
    this.#stages = kWeighting(sampleRate);
    this.#state = Array.from({ length: channels }, () => new Float64Array(8));
    this.#subBlockFrames = Math.round(sampleRate / 10);
    this.#truePeak = new TruePeakMeter(channels);
  }

  /** Feeds interleaved frames. */
  push(samples: Float32Array): void {
    this.#truePeak.push(samples);
    const channels = this.#channels;
    const frames = Math.floor(samples.length / channels);
    const [s1, s2] = this.#stages;
    let offset = 0;
    while (offset < frames) {
      const take = Math.min(frames - offset, this.#subBlockFrames - this.#subFrames);
      if (channels === 2) this.#subEnergy += this.#stereo(samples, offset, take);
      else for (let c = 0; c < channels; c += 1) {
        const st = this.#state[c] as Float64Array;
        let x1 = st[0] as number, x2 = st[1] as number, y1 = st[2] as number, y2 = st[3] as number;
        let z1 = st[4] as number, z2 = st[5] as number;
        let energy = 0;
        for (let i = offset, idx = offset * channels + c; i < offset + take; i += 1, idx += channels) {
          const x = samples[idx] as number;
          const y = s1.b0 * x + s1.b1 * x1 + s1.b2 * x2 - s1.a1 * y1 - s1.a2 * y2;
          x2 = x1;
          x1 = x;
          const z = y - 2 * y1 + y2 - s2.a1 * z1 - s2.a2 * z2;
          y2 = y1;
          y1 = y;
          z2 = z1;
          z1 = z;
          energy += z * z;
        }
        st[0] = x1; st[1] = x2; st[2] = y1; st[3] = y2; st[4] = z1; st[5] = z2;
        this.#subEnergy += energy;
      }
      this.#subFrames += take;
      offset += take;
      if (this.#subFrames === this.#subBlockFrames) this.#closeSubBlock();
    }
  }

  /**
   * Both channels in one loop: each biquad is bound by the latency of its own feedback, so two
   * independent channels side by side run in about the time of one.
   */
  #stereo(samples: Float32Array, offset: number, take: number): number {
    const [s1, s2] = this.#stages;
    const l = this.#state[0] as Float64Array;
    const r = this.#state[1] as Float64Array;
    let lx1 = l[0] as number, lx2 = l[1] as number, ly1 = l[2] as number, ly2 = l[3] as number, lz1 = l[4] as number, lz2 = l[5] as number;
    let rx1 = r[0] as number, rx2 = r[1] as number, ry1 = r[2] as number, ry2 = r[3] as number, rz1 = r[4] as number, rz2 = r[5] as number;
    let le = 0;
    let re = 0;
    for (let i = offset * 2, end = (offset + take) * 2; i < end; i += 2) {
      const lx = samples[i] as number;
      const rx = samples[i + 1] as number;
      const ly = s1.b0 * lx + s1.b1 * lx1 + s1.b2 * lx2 - s1.a1 * ly1 - s1.a2 * ly2;
      const ry = s1.b0 * rx + s1.b1 * rx1 + s1.b2 * rx2 - s1.a1 * ry1 - s1.a2 * ry2;
      const lz = ly - 2 * ly1 + ly2 - s2.a1 * lz1 - s2.a2 * lz2;
      const rz = ry - 2 * ry1 + ry2 - s2.a1 * rz1 - s2.a2 * rz2;
      lx2 = lx1; lx1 = lx; ly2 = ly1; ly1 = ly; lz2 = lz1; lz1 = lz;
      rx2 = rx1; rx1 = rx; ry2 = ry1; ry1 = ry; rz2 = rz1; rz1 = rz;
      le += lz * lz;
      re += rz * rz;
    }
    l[0] = lx1; l[1] = lx2; l[2] = ly1; l[3] = ly2; l[4] = lz1; l[5] = lz2;
    r[0] = rx1; r[1] = rx2; r[2] = ry1; r[3] = ry2; r[4] = rz1; r[5] = rz2;
    return le + re;
  }

  #closeSubBlock(): void {
    this.#ring[this.#subCount % 30] = this.#subEnergy;
    this.#subCount += 1;
    this.#subEnergy = 0;
    this.#subFrames = 0;
    const n = this.#subCount;
    if (n >= 4) {
      let sum = 0;
      for (let k = 1; k <= 4; k += 1) sum += this.#ring[(n - k) % 30] as number;
      this.#momentary.push(sum / (4 * this.#subBlockFrames));
    }
    if (n >= 30) {
      let sum = 0;
      for (let k = 0; k < 30; k += 1) sum += this.#ring[k] as number;
      this.#shortTerm.push(sum / (30 * this.#subBlockFrames));
    }
  }

  result(): LoudnessResult {
    const tp = this.#truePeak.truePeak();
    const sp = this.#truePeak.samplePeak();
    return {
      integratedLufs: gatedLoudness(this.#momentary.view()),
      loudnessRangeLu: loudnessRange(this.#shortTerm.view()),
      truePeakDbtp: tp > 0 ? 20 * Math.log10(tp) : null,
      samplePeakDbfs: sp > 0 ? 20 * Math.log10(sp) : null,
    };
  }
}
