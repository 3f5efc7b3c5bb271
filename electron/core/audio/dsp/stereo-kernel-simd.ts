/*
 * The stereo meter kernel (meter-kernels.ts stereoKernel) as WebAssembly SIMD: left and right in
 * the two f64 lanes of one register, so each filter step is one instruction for both channels.
 * Why: on PCM already in memory the scalar kernel alone took ~2.5× a bare ffmpeg decode of the same
 * WAV (issue #16 asks the whole analysis ≤ 2×); V8 has no auto-vectorizer, WebAssembly SIMD is the
 * one way to it from JavaScript. The arithmetic is the scalar kernel's, operation for operation and
 * in the same order (no fused multiply-add exists in either), so the results are bit-identical
 * (tests/electron/core/audio/dsp/stereo-kernel-simd.test.ts).
 * The module is a few hundred bytes, assembled here from its instructions: no toolchain, no binary
 * file in the repository.
 */

import {
  add, extract, f64Load, f64Store, functionBody, get, I32, I32_ADD, I32_GE_U, I32_SHL, i32, lazyModule, load64Zero, moduleOf, mul, name,
  PAGE, pmax, pmin, promoteLow, replace, section, set, splat, sub, V128, vec, wasm, type WasmMemory,
} from './wasm-bytes.ts';

/**
 * Memory layout (bytes): coefficients, left state, right state, accumulators; then bytes the kernel
 * never touches, where the true-peak scan keeps each channel's history (true-peak-simd.ts reads
 * the samples in this same memory); then the samples.
 */
const COEFFS = 0;
const LEFT = 64;
const RIGHT = 112;
const ACC = 160;
export const SPARE_AT = 256;
export const SAMPLES_AT = 1024;

// Locals: params base, from, to (i32); then p, end (i32); then the v128 values.
const [BASE, FROM, TO, P, END] = [0, 1, 2, 3, 4];
const V = ['b0', 'b1', 'b2', 'a1', 'a2', 'c1', 'c2', 'x', 'x1', 'x2', 'y', 'y1', 'y2', 'z', 'z1', 'z2', 'e', 'lo', 'hi'] as const;
const v = (name: (typeof V)[number]) => 5 + V.indexOf(name);

/** (left, right) from two f64 slots into a v128 local. */
const pair = (leftAt: number, rightAt: number, local: number) => [...i32(0), ...f64Load(leftAt), ...splat, ...i32(0), ...f64Load(rightAt), ...replace(1), ...set(local)];
/** A v128 local's lanes back into two f64 slots. */
const unpair = (local: number, leftAt: number, rightAt: number) => [...i32(0), ...get(local), ...extract(0), ...f64Store(leftAt), ...i32(0), ...get(local), ...extract(1), ...f64Store(rightAt)];
const coeff = (k: number, local: number) => [...i32(0), ...f64Load(COEFFS + 8 * k), ...splat, ...set(local)];
const STATE = ['x1', 'x2', 'y1', 'y2', 'z1', 'z2'] as const;

function body(): number[] {
  const code: number[] = [];
  (['b0', 'b1', 'b2', 'a1', 'a2', 'c1', 'c2'] as const).forEach((name, k) => code.push(...coeff(k, v(name))));
  STATE.forEach((name, k) => code.push(...pair(LEFT + 8 * k, RIGHT + 8 * k, v(name))));
  code.push(...pair(ACC + 8, ACC + 24, v('lo')), ...pair(ACC + 16, ACC + 32, v('hi')));
  // e starts at (0, 0): memory past the accumulators is never written, so it reads 0.0.
  code.push(...i32(0), ...f64Load(ACC + 48), ...splat, ...set(v('e')));
  // p = base + from·8, end = base + to·8 (two f32 per frame).
  code.push(...get(BASE), ...get(FROM), ...i32(3), I32_SHL, I32_ADD, ...set(P));
  code.push(...get(BASE), ...get(TO), ...i32(3), I32_SHL, I32_ADD, ...set(END));
  const step = [
    // x = (L, R) of this frame, widened exactly to f64.
    ...get(P), ...load64Zero, ...promoteLow, ...set(v('x')),
    // y = b0·x + b1·x1 + b2·x2 − a1·y1 − a2·y2, left to right as in the scalar kernel.
    ...get(v('b0')), ...get(v('x')), ...mul, ...get(v('b1')), ...get(v('x1')), ...mul, ...add,
    ...get(v('b2')), ...get(v('x2')), ...mul, ...add, ...get(v('a1')), ...get(v('y1')), ...mul, ...sub,
    ...get(v('a2')), ...get(v('y2')), ...mul, ...sub, ...set(v('y')),
    // z = y − 2·y1 + y2 − c1·z1 − c2·z2 (2·y1 as y1 + y1: the same exact doubling).
    ...get(v('y')), ...get(v('y1')), ...get(v('y1')), ...add, ...sub, ...get(v('y2')), ...add,
    ...get(v('c1')), ...get(v('z1')), ...mul, ...sub, ...get(v('c2')), ...get(v('z2')), ...mul, ...sub, ...set(v('z')),
    ...get(v('x1')), ...set(v('x2')), ...get(v('x')), ...set(v('x1')),
    ...get(v('y1')), ...set(v('y2')), ...get(v('y')), ...set(v('y1')),
    ...get(v('z1')), ...set(v('z2')), ...get(v('z')), ...set(v('z1')),
    ...get(v('e')), ...get(v('z')), ...get(v('z')), ...mul, ...add, ...set(v('e')),
    // pmin(lo, x) = x < lo ? x : lo, pmax(hi, x) = hi < x ? x : hi: the scalar kernel's selects.
    ...get(v('lo')), ...get(v('x')), ...pmin, ...set(v('lo')),
    ...get(v('hi')), ...get(v('x')), ...pmax, ...set(v('hi')),
    ...get(P), ...i32(8), I32_ADD, ...set(P),
  ];
  // block { loop { if p >= end break; step; continue } }
  code.push(0x02, 0x40, 0x03, 0x40, ...get(P), ...get(END), I32_GE_U, 0x0d, 1, ...step, 0x0c, 0, 0x0b, 0x0b);
  STATE.forEach((name, k) => code.push(...unpair(v(name), LEFT + 8 * k, RIGHT + 8 * k)));
  code.push(...unpair(v('lo'), ACC + 8, ACC + 24), ...unpair(v('hi'), ACC + 16, ACC + 32));
  // acc[0] = acc[0] + eL + eR, in that order (the scalar kernel's `acc[0] + le + re`).
  code.push(...i32(0), ...i32(0), ...f64Load(ACC), ...get(v('e')), ...extract(0), 0xa0, ...get(v('e')), ...extract(1), 0xa0, ...f64Store(ACC));
  return code;
}

function moduleBytes(): Uint8Array {
  const type = section(1, vec([[0x60, ...vec([[I32], [I32], [I32]]), ...vec([])]]));
  const func = section(3, vec([[0]]));
  const memory = section(5, vec([[0x00, 1]]));
  const exports = section(7, vec([[...name('run'), 0x00, 0], [...name('memory'), 0x02, 0]]));
  const code = section(10, vec([functionBody([[2, I32], [V.length, V128]], body())]));
  return moduleOf(type, func, memory, exports, code);
}

/** The compiled module, or null where WebAssembly SIMD is missing (then the scalar kernel runs). */
const simdModule = lazyModule(moduleBytes);

/**
 * One meter's kernel instance. Its coefficients, filter states and accumulators live in its memory,
 * so a call per 64-frame block passes three integers and copies nothing; the meter reads and resets
 * the accumulators through `acc`, and moves the filter states in and out once per chunk.
 */
export class StereoSimdKernel {
  readonly #memory: WasmMemory;
  readonly #run: (base: number, from: number, to: number) => void;
  #words: Float64Array;
  #samples: Float32Array;
  /** energy, left min, left max, right min, right max: the scalar kernels' `acc`. Replaced when memory grows. */
  acc: Float64Array;

  private constructor(exports: Record<string, unknown>, coefficients: Float64Array) {
    this.#memory = exports['memory'] as WasmMemory;
    this.#run = exports['run'] as (base: number, from: number, to: number) => void;
    this.#words = new Float64Array(0);
    this.#samples = new Float32Array(0);
    this.acc = new Float64Array(0);
    this.#views();
    this.#words.set(coefficients.subarray(0, 7), COEFFS / 8);
    this.acc.set([0, Infinity, -Infinity, Infinity, -Infinity]);
  }

  static create(coefficients: Float64Array): StereoSimdKernel | null {
    const module = simdModule();
    return module && wasm ? new StereoSimdKernel(new wasm.Instance(module).exports, coefficients) : null;
  }

  /** Where `load` puts the samples (at SAMPLES_AT), for the true-peak scan to read in place. */
  get memory(): WasmMemory {
    return this.#memory;
  }

  /** Growing keeps the memory's bytes but detaches every view over it. */
  #views(): void {
    const buffer = this.#memory.buffer;
    this.#words = new Float64Array(buffer, 0, SAMPLES_AT / 8);
    this.#samples = new Float32Array(buffer, SAMPLES_AT, (buffer.byteLength - SAMPLES_AT) / 4);
    this.acc = this.#words.subarray(ACC / 8, ACC / 8 + 5);
  }

  /** Copies a chunk of interleaved stereo into the instance's memory (then read `acc` again). */
  load(samples: Float32Array): void {
    const need = SAMPLES_AT + samples.byteLength;
    const have = this.#memory.buffer.byteLength;
    if (need > have) {
      this.#memory.grow(Math.ceil((need - have) / PAGE));
      this.#views();
    }
    this.#samples.set(samples);
  }

  /** The two channels' K-weighting states (x1 x2 y1 y2 z1 z2), in before a chunk and out after it. */
  setState(left: Float64Array, right: Float64Array): void {
    this.#words.set(left.subarray(0, 6), LEFT / 8);
    this.#words.set(right.subarray(0, 6), RIGHT / 8);
  }

  getState(left: Float64Array, right: Float64Array): void {
    left.set(this.#words.subarray(LEFT / 8, LEFT / 8 + 6));
    right.set(this.#words.subarray(RIGHT / 8, RIGHT / 8 + 6));
  }

  /** Frames [from, to) of the loaded chunk, as stereoKernel does them. */
  run(from: number, to: number): void {
    this.#run(SAMPLES_AT, from, to);
  }
}
