/*
 * The few pieces needed to write a WebAssembly module byte by byte: LEB128 numbers, sections, the
 * opcodes the meter's kernels use, and the little of the WebAssembly JS API they call. Why by hand:
 * the kernels are a few hundred instructions each (stereo-kernel-simd.ts, true-peak-simd.ts), and
 * assembling them here needs no toolchain and puts no binary file in the repository.
 * Opcodes are WebAssembly core 2.0; SIMD ones are 0xfd followed by a LEB128 index.
 */

export const uleb = (n: number): number[] => {
  const out: number[] = [];
  do {
    let byte = n & 0x7f;
    n >>>= 7;
    if (n !== 0) byte |= 0x80;
    out.push(byte);
  } while (n !== 0);
  return out;
};

export const sleb = (n: number): number[] => {
  const out: number[] = [];
  for (;;) {
    const byte = n & 0x7f;
    n >>= 7;
    if ((n === 0 && (byte & 0x40) === 0) || (n === -1 && (byte & 0x40) !== 0)) return [...out, byte];
    out.push(byte | 0x80);
  }
};

export const vec = (items: number[][]): number[] => [...uleb(items.length), ...items.flat()];
export const section = (id: number, body: number[]): number[] => [id, ...uleb(body.length), ...body];
export const name = (s: string): number[] => vec([...s].map((c) => [c.charCodeAt(0)]));

// Value types.
export const I32 = 0x7f;
export const F64 = 0x7c;
export const V128 = 0x7b;

// Locals and constants.
export const get = (i: number): number[] => [0x20, ...uleb(i)];
export const set = (i: number): number[] => [0x21, ...uleb(i)];
export const i32 = (n: number): number[] => [0x41, ...sleb(n)];
export const simd = (op: number, ...imm: number[]): number[] => [0xfd, ...uleb(op), ...imm];

/** Little-endian bytes of one f64. */
const f64Bytes = (value: number): number[] => [...new Uint8Array(Float64Array.of(value).buffer)];
export const f64Const = (value: number): number[] => [0x44, ...f64Bytes(value)];
/** A v128 constant holding (lane0, lane1) as f64: exactly those two doubles. */
export const f64x2Const = (lane0: number, lane1: number): number[] => simd(0x0c, ...f64Bytes(lane0), ...f64Bytes(lane1));

// Memory (align as log2 bytes, then the static offset).
export const f32Load = (offset = 0): number[] => [0x2a, 2, ...uleb(offset)];
export const f64Load = (offset: number): number[] => [0x2b, 3, ...uleb(offset)];
export const f64Store = (offset: number): number[] => [0x39, 3, ...uleb(offset)];
export const load64Zero = simd(0x5d, 3, 0);

// Scalar operations.
export const I32_ADD = 0x6a;
export const I32_SUB = 0x6b;
export const I32_MUL = 0x6c;
export const I32_SHL = 0x74;
export const I32_AND = 0x71;
export const I32_EQZ = 0x45;
export const I32_GE_U = 0x4f;
export const F64_GT = 0x64;
export const F64_LE = 0x65;
export const F64_ABS = 0x99;
export const F64_ADD = 0xa0;
export const F64_MUL = 0xa2;
export const F64_PROMOTE_F32 = 0xbb;
export const SELECT = 0x1b;

// Control.
export const BLOCK = [0x02, 0x40];
export const LOOP = [0x03, 0x40];
export const IF = [0x04, 0x40];
export const END = 0x0b;
export const br = (depth: number): number[] => [0x0c, depth];
export const brIf = (depth: number): number[] => [0x0d, depth];

// f64x2 (and the v128 tests on it).
export const promoteLow = simd(0x5f);
export const splat = simd(0x14);
export const extract = (lane: number): number[] => simd(0x21, lane);
export const replace = (lane: number): number[] => simd(0x22, lane);
export const add = simd(0xf0);
export const sub = simd(0xf1);
export const mul = simd(0xf2);
export const abs = simd(0xec);
export const pmin = simd(0xf6);
export const pmax = simd(0xf7);
export const le = simd(0x4b);
/** 1 when both 64-bit lanes are non-zero (after `le`: both lanes compared true). */
export const allTrue64 = simd(0xc3);

/** The WebAssembly header, then the sections in the order the format requires. */
export const moduleOf = (...sections: number[][]): Uint8Array => Uint8Array.from([0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00, ...sections.flat()]);

/** One function's code entry: its locals as [count, type] runs, its instructions, `end`. */
export const functionBody = (locals: [number, number][], code: number[]): number[] => {
  const fn = [...vec(locals.map(([count, type]) => [...uleb(count), type])), ...code, END];
  return [...uleb(fn.length), ...fn];
};

/** The little of the WebAssembly JS API used here (the Node typings this project builds with have no lib for it). */
export interface WasmMemory {
  readonly buffer: ArrayBuffer;
  grow(pages: number): number;
}
export interface WasmModule {
  readonly kind?: never;
}
export interface WasmApi {
  Module: new (bytes: Uint8Array) => WasmModule;
  Instance: new (module: WasmModule, imports?: Record<string, Record<string, unknown>>) => { readonly exports: Record<string, unknown> };
  Memory: new (descriptor: { initial: number }) => WasmMemory;
}
export const wasm = (globalThis as { WebAssembly?: WasmApi }).WebAssembly;
export const PAGE = 65_536;

/** Compiles once; null where WebAssembly (or its SIMD) is missing, so the callers take their scalar path. */
export function lazyModule(bytes: () => Uint8Array): () => WasmModule | null {
  let compiled: WasmModule | null | undefined;
  return () => {
    if (compiled === undefined) {
      try {
        compiled = wasm ? new wasm.Module(bytes()) : null;
      } catch {
        compiled = null;
      }
    }
    return compiled;
  };
}
