/*
 * The true-peak scan (true-peak.ts scanTruePeak) as WebAssembly SIMD: two of the four phases in the
 * two f64 lanes of one register, so each tap of the 8-tap and 48-tap sums is one multiply and one
 * add for both. Why: the scan was ~250 ms of the ~450 ms the meters take on a 10-minute stereo WAV
 * (issue #16: the analysis ≤ 2× a bare decode), V8 does not vectorize, and typed-array reads in
 * JavaScript are bound-checked one by one.
 * Bit-identical to the scalar scan: the same tables (exported by true-peak.ts), the same bounds
 * computed with the same operations in the same order, the sums in tap order from 0 (IEEE-754
 * multiply and add, no fused multiply-add in either). The two lanes are computed together, but the
 * decisions stay the scalar scan's, phase after phase: a lane counts only if it passes both bounds
 * against the peak as it stands after the phase before it, exactly as `continue` does there. A
 * lane computed when the scalar scan would have skipped it is computed and then dropped.
 * The two functions are the same code for 1 and 2 channels: with the stride known, each tap's input
 * is a load at a constant offset from the point, with no address arithmetic. One test is added in
 * front, per point, that can only skip what the scalar scan skips too (see scanBody).
 */

import { CENTRE_A, CENTRE_B, C0, C1, FAR, FLAT, NEAR, NEAR_FROM, REST, TAPS } from './true-peak.ts';
import {
  abs, add, allTrue64, BLOCK, brIf, br, END, extract, F64, F64_ABS, F64_ADD, F64_GT, F64_LE, F64_MUL, f64Const, F64_PROMOTE_F32, f32Load, f64x2Const, functionBody,
  get, I32, I32_ADD, I32_AND, I32_EQZ, I32_SUB, i32, IF, lazyModule, le, LOOP, moduleOf, mul, name, PAGE, SELECT, section, set, splat,
  V128, vec, wasm, type WasmMemory,
} from './wasm-bytes.ts';

// Locals: params at (byte address of the first point's oldest input), count, maxIn, peak; then the rest.
const [AT, COUNT, MAX_IN, PEAK] = [0, 1, 2, 3];
const [CA_1, CB_1, REST_IN_MAX] = [4, 5, 6];
const [CA, CB, P, B1, B2, Y] = [7, 8, 9, 10, 11, 12];
/** REST·maxIn and FAR·maxIn per lane pair: the same products for every point of a call, made once. */
const REST_IN = [13, 14];
const FAR_IN = [15, 16];
const LOCALS: [number, number][] = [[3, F64], [10, V128]];

/** The largest of each bound's coefficients over the four phases (see scanBody's first test). */
const largest = (table: Float64Array) => Math.max(...table);

/** Lane pair q holds phases 2q and 2q+1. */
const pairOf = (table: Float64Array, q: number) => f64x2Const(table[2 * q] as number, table[2 * q + 1] as number);
const tapOf = (q: number, k: number) => f64x2Const(FLAT[2 * q * TAPS + k] as number, FLAT[(2 * q + 1) * TAPS + k] as number);
/** The input k taps after the point's oldest, widened exactly to f64, in both lanes. */
const input = (k: number, strideBytes: number) => [...get(AT), ...f32Load(k * strideBytes), F64_PROMOTE_F32, ...splat];

/** Y = 0 + h[from]·x[from] + … + h[to-1]·x[to-1], in tap order as `y += h·x` does it. */
function sum(q: number, from: number, to: number, strideBytes: number): number[] {
  const code = [...f64x2Const(0, 0), ...set(Y)];
  for (let k = from; k < to; k += 1) code.push(...get(Y), ...tapOf(q, k), ...input(k, strideBytes), ...mul, ...add, ...set(Y));
  return code;
}

/** Lane l: `if (!(b1 <= peak) && !(b2 <= peak) && |y| > peak) peak = |y|` (Y already holds |y|). */
const settle = (lane: number) => [
  ...get(Y), ...extract(lane), ...get(PEAK),
  ...get(B1), ...extract(lane), ...get(PEAK), F64_LE, I32_EQZ,
  ...get(B2), ...extract(lane), ...get(PEAK), F64_LE, I32_EQZ, I32_AND,
  ...get(Y), ...extract(lane), ...get(PEAK), F64_GT, I32_AND,
  SELECT, ...set(PEAK),
];

/** Not every lane of `local` is ≤ the peak as it stood at this pair (P): some phase may beat it. */
const someAbove = (local: number) => [...get(local), ...get(P), ...le, ...allTrue64, I32_EQZ];

function pairOfPhases(q: number, strideBytes: number): number[] {
  return [
    // B1 = CENTRE_A·|a0| + CENTRE_B·|b0| + REST·maxIn, per phase.
    ...pairOf(CENTRE_A, q), ...get(CA), ...mul, ...pairOf(CENTRE_B, q), ...get(CB), ...mul, ...add,
    ...get(REST_IN[q] as number), ...add, ...set(B1),
    ...get(PEAK), ...splat, ...set(P),
    ...someAbove(B1), ...IF,
    // B2 = |the NEAR middle taps' sum| + FAR·maxIn.
    ...sum(q, NEAR_FROM, NEAR_FROM + NEAR, strideBytes),
    ...get(Y), ...abs, ...get(FAR_IN[q] as number), ...add, ...set(B2),
    ...someAbove(B2), ...IF,
    ...sum(q, 0, TAPS, strideBytes), ...get(Y), ...abs, ...set(Y),
    ...settle(0), ...settle(1),
    END, END,
  ];
}

function scanBody(strideBytes: number): number[] {
  const centre = (k: number, local: number) => [...get(AT), ...f32Load(k * strideBytes), F64_PROMOTE_F32, F64_ABS, ...set(local)];
  const perPair = (q: number) => [
    ...pairOf(REST, q), ...get(MAX_IN), ...splat, ...mul, ...set(REST_IN[q] as number),
    ...pairOf(FAR, q), ...get(MAX_IN), ...splat, ...mul, ...set(FAR_IN[q] as number),
  ];
  return [
    ...perPair(0), ...perPair(1),
    ...f64Const(largest(REST)), ...get(MAX_IN), F64_MUL, ...set(REST_IN_MAX),
    ...BLOCK, ...LOOP,
    ...get(COUNT), I32_EQZ, ...brIf(1),
    ...BLOCK,
    ...centre(C0, CA_1), ...centre(C1, CB_1),
    // The first bound with each coefficient at its largest over the phases: not above the peak,
    // then no phase's first bound is (IEEE-754 multiply and add are monotonic), and the scalar scan
    // skips all four phases of this point too.
    ...f64Const(largest(CENTRE_A)), ...get(CA_1), F64_MUL, ...f64Const(largest(CENTRE_B)), ...get(CB_1), F64_MUL, F64_ADD,
    ...get(REST_IN_MAX), F64_ADD, ...get(PEAK), F64_LE, ...brIf(0),
    ...get(CA_1), ...splat, ...set(CA), ...get(CB_1), ...splat, ...set(CB),
    ...pairOfPhases(0, strideBytes), ...pairOfPhases(1, strideBytes),
    END,
    ...get(AT), ...i32(strideBytes), I32_ADD, ...set(AT),
    ...get(COUNT), ...i32(1), I32_SUB, ...set(COUNT),
    ...br(0), END, END,
    ...get(PEAK),
  ];
}

function moduleBytes(): Uint8Array {
  const type = section(1, vec([[0x60, ...vec([[I32], [I32], [F64], [F64]]), ...vec([[F64]])]]));
  const imports = section(2, vec([[...name('env'), ...name('memory'), 0x02, 0x00, 1]]));
  const funcs = section(3, vec([[0], [0]]));
  const exports = section(7, vec([[...name('scan1'), 0x00, 0], [...name('scan2'), 0x00, 1]]));
  const code = section(10, vec([functionBody(LOCALS, scanBody(4)), functionBody(LOCALS, scanBody(8))]));
  return moduleOf(type, imports, funcs, exports, code);
}

const simdModule = lazyModule(moduleBytes);

type WasmScan = (at: number, count: number, maxIn: number, peak: number) => number;

/**
 * The scan over samples in a WebAssembly memory: the stereo kernel's (which already holds the
 * chunk) or, for mono, one of its own that `load` copies each chunk into. `scan` has scanTruePeak's
 * signature, with `base` counted in f32 from the memory's start (its `src` is not read).
 */
export class TruePeakSimd {
  readonly memory: WasmMemory;
  readonly #scan1: WasmScan;
  readonly #scan2: WasmScan;

  private constructor(memory: WasmMemory, exports: Record<string, unknown>) {
    this.memory = memory;
    this.#scan1 = exports['scan1'] as WasmScan;
    this.#scan2 = exports['scan2'] as WasmScan;
  }

  /** Null where WebAssembly SIMD is missing (then the scalar scan runs). */
  static create(memory?: WasmMemory): TruePeakSimd | null {
    const module = simdModule();
    if (!module || !wasm) return null;
    const own = memory ?? new wasm.Memory({ initial: 1 });
    return new TruePeakSimd(own, new wasm.Instance(module, { env: { memory: own } }).exports);
  }

  /** Copies `samples` to byte `at` of the memory, growing it when needed. */
  load(samples: Float32Array, at: number): void {
    const need = at + samples.byteLength;
    const have = this.memory.buffer.byteLength;
    if (need > have) this.memory.grow(Math.ceil((need - have) / PAGE));
    new Float32Array(this.memory.buffer, at, samples.length).set(samples);
  }

  /** Strides 1 (history, mono) and 2 (interleaved stereo), the two the meter reads. */
  readonly scan = (_src: Float32Array, base: number, stride: number, count: number, maxIn: number, peak: number): number => {
    if (stride === 1) return this.#scan1(base * 4, count, maxIn, peak);
    if (stride === 2) return this.#scan2(base * 4, count, maxIn, peak);
    throw new RangeError(`the true-peak scan reads strides 1 and 2, not ${stride}`);
  };
}
