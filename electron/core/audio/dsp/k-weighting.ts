/*
 * The K-weighting of ITU-R BS.1770-4: two biquads (a shelving pre-filter, then the RLB high-pass),
 * coefficients derived for any sample rate as in libebur128, equal to the standard's at 48 kHz.
 */

export interface Biquad {
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

/** K-weighting with its state, channel by channel (one-pass-meter.ts runs the hot stereo/mono loops itself). */
export class KWeightingFilter {
  readonly stages: [Biquad, Biquad];
  /** Per channel: x1 x2 y1 y2 of stage 1, then y1 y2 of stage 2 (its input is stage 1's output). */
  readonly state: Float64Array[];

  constructor(sampleRate: number, channels: number) {
    this.stages = kWeighting(sampleRate);
    this.state = Array.from({ length: channels }, () => new Float64Array(6));
  }

  /** Filters `take` interleaved frames from frame `offset`; their squared outputs summed over channels. */
  run(samples: Float32Array, offset: number, take: number): number {
    const channels = this.state.length;
    const [s1, s2] = this.stages;
    let total = 0;
    for (let c = 0; c < channels; c += 1) {
      const st = this.state[c] as Float64Array;
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
      total += energy;
    }
    return total;
  }
}
