/*
 * Pure helpers for the fluent-ffmpeg adapter (ffmpeg-adapter.ts, the only file that imports
 * fluent-ffmpeg). Callers hand runFfmpeg a raw ffmpeg argv; fluent-ffmpeg builds its argv as
 * `[input options, -i source]… [-y] [output options] target` and only concatenates, so splitting the
 * argv at each `-i` and at its last element gives fluent exactly the tokens, in the same order. The
 * split only labels parts (ffmpeg itself reads global options anywhere), so an argv with several
 * outputs still reaches ffmpeg unchanged: earlier outputs simply travel inside the output options.
 */

export interface FluentInput {
  /** Options placed before this `-i` (for the first input, also the global ones). */
  options: string[];
  source: string;
}

export interface FluentPlan {
  inputs: FluentInput[];
  outputOptions: string[];
  /** The last argument; null when nothing follows the last input. */
  target: string | null;
}

/**
 * fluent-ffmpeg's inputOptions()/outputOptions() split a lone string holding exactly one space in two
 * (`'-preset fast'`) when given one option; with two or more it keeps them intact. A lone option with
 * one space can only come from a malformed argv, so it is refused rather than silently changed.
 */
export function assertUnsplit(options: readonly string[]): void {
  const [only] = options;
  if (options.length === 1 && only !== undefined && only.split(' ').length === 2) {
    throw new Error(`fluent-ffmpeg would split the lone option "${only}" in two`);
  }
}

/** Splits a raw ffmpeg argv into fluent-ffmpeg's inputs, output options and output target. */
export function planFromArgv(args: readonly string[]): FluentPlan {
  const inputs: FluentInput[] = [];
  let pending: string[] = [];
  for (let i = 0; i < args.length; i += 1) {
    const arg = args[i] ?? '';
    const source = args[i + 1];
    if (arg === '-i' && source !== undefined) {
      inputs.push({ options: pending, source });
      pending = [];
      i += 1;
    } else {
      pending.push(arg);
    }
  }
  const target = pending.pop() ?? null;
  for (const input of inputs) assertUnsplit(input.options);
  assertUnsplit(pending);
  return { inputs, outputOptions: pending, target };
}

/** Keeps the last non-blank stderr lines, as ffmpeg at `-v error` prints only errors there. */
export class StderrTail {
  readonly lines: string[] = [];
  readonly #max: number;

  constructor(max: number) {
    this.#max = max;
  }

  push(line: string): void {
    if (line.trim() === '') return;
    this.lines.push(line);
    if (this.lines.length > this.#max) this.lines.splice(0, this.lines.length - this.#max);
  }
}

/**
 * fluent-ffmpeg's ffprobe error reads `ffprobe exited with code 1\n<stderr>`: the last stderr line is
 * the useful detail (at `-v error`, e.g. `file.mp3: Invalid data found when processing input`).
 */
export function probeErrorDetail(message: string): string {
  const [first = '', ...stderr] = message.split(/\r?\n/).filter((line) => line.trim() !== '');
  return (stderr.at(-1) ?? first).trim();
}
