import { BASE_SPP, peaksFromPairs, toI16, type PeaksFile } from './peaks-file.ts';

/**
 * The finest peaks level (min, max per BASE_SPP frames) of a mono stream fed chunk by chunk, for
 * audio that needs a waveform but no loudness meter (asset-peaks.ts). Grows its buffer by doubling:
 * an hour at 8 kHz is 112 500 pairs (450 KB).
 */
export class PeakPairs {
  #pairs = new Int16Array(4096);
  #count = 0;
  #frames = 0;
  #min = Infinity;
  #max = -Infinity;

  push(samples: Float32Array): void {
    let { min, max } = { min: this.#min, max: this.#max };
    for (let i = 0; i < samples.length; i += 1) {
      const v = samples[i] as number;
      if (v < min) min = v;
      if (v > max) max = v;
      this.#frames += 1;
      if (this.#frames % BASE_SPP === 0) {
        this.#emit(min, max);
        min = Infinity;
        max = -Infinity;
      }
    }
    this.#min = min;
    this.#max = max;
  }

  /** Every zoom level, the last (partial) pixel included. */
  result(sampleRate: number): PeaksFile {
    if (this.#min !== Infinity) this.#emit(this.#min, this.#max);
    this.#min = Infinity;
    this.#max = -Infinity;
    return peaksFromPairs(sampleRate, this.#frames, this.#pairs.slice(0, this.#count * 2));
  }

  #emit(min: number, max: number): void {
    if (this.#count * 2 >= this.#pairs.length) {
      const grown = new Int16Array(this.#pairs.length * 2);
      grown.set(this.#pairs);
      this.#pairs = grown;
    }
    this.#pairs[this.#count * 2] = toI16(min);
    this.#pairs[this.#count * 2 + 1] = toI16(max);
    this.#count += 1;
  }
}
