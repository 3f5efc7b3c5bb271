import { describe, expect, it } from 'vitest';
import { packedKWeighting } from '../../../../../electron/core/audio/dsp/meter-kernels.ts';
import { OnePassMeter } from '../../../../../electron/core/audio/dsp/one-pass-meter.ts';
import { StereoSimdKernel } from '../../../../../electron/core/audio/dsp/stereo-kernel-simd.ts';
import { speechLikeBursts } from '../synthetic-pcm.ts';

// The SIMD stereo kernel must be an exact stand-in for the scalar one (issue #16: faster, never
// different): same sub-block energies to the last bit, same waveform pairs, same peaks.

function measure(samples: Float32Array, rate: number, chunks: number[], simd: boolean) {
  const meter = new OnePassMeter(rate, 2, { simd });
  for (let at = 0, i = 0; at < samples.length; i += 1) {
    const frames = chunks[i % chunks.length] as number;
    meter.push(samples.subarray(at, Math.min(samples.length, at + frames * 2)));
    at += frames * 2;
  }
  return { subBlocks: [...meter.subBlocks()], pairs: [...meter.pairs()], truePeak: meter.truePeak(), samplePeak: meter.samplePeak() };
}

describe('stereo meter kernel in WebAssembly SIMD', () => {
  it('compiles on this runtime (else every stereo analysis silently takes the slower scalar path)', () => {
    expect(StereoSimdKernel.create(packedKWeighting(48000))).not.toBeNull();
  });

  it.each([
    ['48 kHz, even chunks', 48000, [4096]],
    // 20,000 frames are 160 kB: the instance's memory grows mid-file, with a block open across it.
    ['44.1 kHz, odd chunks and a chunk that grows the memory', 44100, [1000, 7, 20_000, 63, 65]],
  ] as const)('gives bit-identical results to the scalar kernel (%s)', (_name, rate, chunks) => {
    const samples = speechLikeBursts(rate * 3 + 77, 2, 11);
    const simd = measure(samples, rate, [...chunks], true);
    const scalar = measure(samples, rate, [...chunks], false);
    expect(simd.subBlocks.length).toBeGreaterThan(20);
    expect(simd.subBlocks).toEqual(scalar.subBlocks);
    expect(simd.pairs).toEqual(scalar.pairs);
    expect(simd.truePeak).toBe(scalar.truePeak);
    expect(simd.samplePeak).toBe(scalar.samplePeak);
  });

  it('keeps the two channels apart: a signal on the right only reads only there', () => {
    const rate = 48000;
    const samples = new Float32Array(rate * 2);
    for (let i = 0; i < rate; i += 1) samples[i * 2 + 1] = 0.5 * Math.sin((2 * Math.PI * 1000 * i) / rate);
    const kernel = StereoSimdKernel.create(packedKWeighting(rate));
    if (!kernel) throw new Error('no SIMD');
    kernel.load(samples);
    const left = new Float64Array(6);
    const right = new Float64Array(6);
    kernel.setState(left, right);
    kernel.run(0, rate);
    kernel.getState(left, right);
    expect([...left]).toEqual([0, 0, 0, 0, 0, 0]);
    expect(right.some((v) => v !== 0)).toBe(true);
    expect(kernel.acc[1]).toBe(0);
    expect(kernel.acc[2]).toBe(0);
    expect(kernel.acc[3]).toBeCloseTo(-0.5, 3);
    expect(kernel.acc[4]).toBeCloseTo(0.5, 3);
    expect(kernel.acc[0]).toBeGreaterThan(0);
  });
});
