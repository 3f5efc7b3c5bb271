import { ChildProcess, execFile } from 'node:child_process';
import { promisify } from 'node:util';
import Ffmpeg, { type FfmpegCommand, type FfprobeData } from 'fluent-ffmpeg';
import type { Readable, Writable } from 'node:stream';
import { finished } from 'node:stream/promises';
import { UserFacingError } from '../../../../shared/api/errors.ts';
import { silentLogger, type Logger } from '../../logger.ts';
import { planFromArgv, probeErrorDetail, StderrTail } from './fluent-command.ts';
import { cancelled, formatCommandLine, isSpawnError, probeSchema, spawnFailure, type ProbeData } from './ffmpeg-support.ts';
import { locateFfmpeg, type FfmpegPaths, type LocateOptions } from './locate-ffmpeg.ts';
import { ProgressLineBuffer } from './progress-parser.ts';

/*
 * The one boundary between Cabina and the ffmpeg binaries (DESIGN.md §4), and the only importer of
 * fluent-ffmpeg 2.1.3 (archived upstream, so its internals are frozen). fluent-ffmpeg builds and
 * spawns every ffmpeg run (FfmpegCommand: input/inputOptions/output/outputOptions, run, kill, events)
 * and every probe (ffprobe(), which parses ffprobe's default text output: numeric-looking values
 * become numbers, and a multi-line tag keeps only its first line; Cabina reads only major_brand).
 * What we add around it, and why:
 * - Paths per command. setFfmpegPath()/setFfprobePath(), even on an instance, write one module-wide
 *   cache that run() reads later, asynchronously, so two adapters would race: each command gets its
 *   own _getFfmpegPath/_getFfprobePath instead, and fluent's globals are never touched.
 * - Raw argv in: callers' argv is split at each `-i` (fluent-command.ts); fluent re-joins it in the
 *   same order and adds `-y` before the output options of a file output (so `-n` cannot be used).
 * - `-nostdin -hide_banner -nostats -progress pipe:1` on every run; the logged command line comes
 *   from the process fluent spawned (its 'start' string is not quoted).
 * - Progress from our pure, tested ProgressLineBuffer on the child's stdout: fluent's 'progress'
 *   event scrapes stderr (silenced by `-nostats`) and starts an extra ffprobe.
 * - AbortSignal: kill('SIGTERM'), SIGKILL after a grace period, 'cancelled'. fluent keeps its ffprobe
 *   process private, so an aborted probe stops being awaited and exits on its own.
 * - Spawn failures: once fluent's capability cache is warm, its run() throws an uncaught TypeError
 *   from the child's 'error' listener when ffmpeg cannot start; we replace that listener.
 * - UserFacingErrors (ffmpeg.missing / ffmpeg.failed / cancelled) and zod validation of probe data.
 * Kept direct: the encoder list (hasEncoder). fluent's availableEncoders() (like the formats list its
 * run() checks `-f` values against) is cached once per process for whichever binary asked first.
 */

export { formatCommandLine } from './ffmpeg-support.ts';
export { locateFfmpeg, type FfmpegPaths, type LocateOptions } from './locate-ffmpeg.ts';

export type { ProbeData, ProbeStream } from './ffmpeg-support.ts';

/** stdout is reserved for `-progress pipe:1`: callers write outputs to files (or `-f null -`). */
export interface RunOptions {
  signal?: AbortSignal | undefined;
  /** Expected output length, so progress can be a fraction. */
  durationSec?: number | null | undefined;
  onProgress?: ((fraction: number) => void) | undefined;
  /**
   * Binary output on stdout: the argv's target must be `pipe:1`, fluent pipes the child's stdout into
   * this stream (with backpressure) and `-progress` is left out, so the caller counts bytes instead.
   * Or a `-f tee` target with a `pipe:1` slave (one encode to a file and to this stream): the run
   * then ends once the stream has taken the last bytes.
   */
  stdout?: Writable | undefined;
  /** Binary input on stdin: the argv's `-i pipe:0` reads this stream. */
  stdin?: Readable | undefined;
}

export interface RunResult {
  /** Last output timestamp ffmpeg reported (for `-f null`: the decoded length). */
  outTimeSec: number | null;
  /** Last stderr lines (at `-v error`, only errors). */
  stderr: string[];
}

export interface FfmpegAdapter {
  readonly paths: FfmpegPaths;
  probe(file: string, options?: { signal?: AbortSignal | undefined }): Promise<ProbeData>;
  runFfmpeg(args: readonly string[], options?: RunOptions): Promise<RunResult>;
  hasEncoder(name: string, signal?: AbortSignal): Promise<boolean>;
}

const STDERR_LINES = 40;
const KILL_GRACE_MS = 3000;
const PROBE_TIMEOUT_MS = 120_000;
/** fluent-ffmpeg runs `ffprobe -show_streams -show_format <options> <file>`. */
const PROBE_OPTIONS = ['-v', 'error'];
const GLOBAL_OPTIONS = ['-nostdin', '-hide_banner', '-nostats', '-progress', 'pipe:1'];
const execFileAsync = promisify(execFile);

/** fluent-ffmpeg's undeclared members we rely on (lib/capabilities.js, lib/processor.js of 2.1.3). */
type PathLookup = (callback: (error: Error | null, path: string) => void) => void;
type FluentInternals = FfmpegCommand & { _getFfmpegPath?: PathLookup; _getFfprobePath?: PathLookup; ffmpegProc?: unknown };

/** A fluent command bound to this adapter's binaries rather than fluent's process-wide paths. */
function pinned(paths: FfmpegPaths, input?: string): FluentInternals {
  const command: FluentInternals = input === undefined ? Ffmpeg() : Ffmpeg(input);
  if (typeof command._getFfmpegPath !== 'function' || typeof command._getFfprobePath !== 'function') {
    throw new Error('Unsupported fluent-ffmpeg: no per-command binary lookup');
  }
  command._getFfmpegPath = (callback) => callback(null, paths.ffmpeg);
  command._getFfprobePath = (callback) => callback(null, paths.ffprobe);
  return command;
}

/** `-f tee` targets such as `[f=wav]out.wav|[f=s24le]pipe:1`: one encode written to a file and to stdout. */
function teesToStdout(target: string): boolean {
  return target.split('|').some((slave) => slave.replace(/^\[[^\]]*\]/, '') === 'pipe:1');
}

/**
 * The raw argv as a fluent command: the same tokens in the same order, plus fluent's own `-y`.
 * Options go in as separate arguments: given one array, fluent would split `title=Hola mundo` in two.
 */
function buildCommand(paths: FfmpegPaths, argv: readonly string[], io: Pick<RunOptions, 'stdin' | 'stdout'> = {}): FluentInternals {
  const command = pinned(paths);
  const plan = planFromArgv(argv);
  for (const input of plan.inputs) {
    command.input(io.stdin && input.source === 'pipe:0' ? io.stdin : input.source);
    if (input.options.length > 0) command.inputOptions(...input.options);
  }
  if (plan.target === null) throw new Error('At least one output file must be specified');
  const tee = io.stdout !== undefined && plan.target !== 'pipe:1' && teesToStdout(plan.target);
  if (io.stdout && plan.target !== 'pipe:1' && !tee) throw new Error('A stdout stream needs the output pipe:1');
  // A tee's stdout slave is piped by runFfmpeg: fluent only pipes a stream given as the whole target.
  command.output(tee ? plan.target : (io.stdout ?? plan.target));
  if (plan.outputOptions.length > 0) command.outputOptions(...plan.outputOptions);
  return command;
}

export function createFfmpegAdapter(options: LocateOptions & { paths?: FfmpegPaths; logger?: Logger } = {}): FfmpegAdapter {
  const paths = options.paths ?? locateFfmpeg(options);
  const logger = options.logger ?? silentLogger;
  let encoders: Promise<Set<string>> | null = null;

  async function probe(file: string, { signal }: { signal?: AbortSignal | undefined } = {}): Promise<ProbeData> {
    logger.debug('ffprobe', { command: formatCommandLine(paths.ffprobe, ['-show_streams', '-show_format', ...PROBE_OPTIONS, file]) });
    if (signal?.aborted) throw cancelled();
    const data = await new Promise<FfprobeData>((resolve, reject) => {
      // fluent keeps the ffprobe process to itself: on abort or timeout we stop waiting and let
      // the short-lived probe exit on its own (it cannot be killed from here).
      const settle = (error: Error | null, result?: FfprobeData) => {
        clearTimeout(timer);
        signal?.removeEventListener('abort', onAbort);
        if (error) reject(error);
        else if (result) resolve(result);
      };
      const onAbort = () => settle(cancelled());
      const timer = setTimeout(() => {
        settle(new UserFacingError('ffmpeg.failed', 'ffprobe timed out', { tool: 'ffprobe', detail: 'timed out' }));
      }, PROBE_TIMEOUT_MS);
      signal?.addEventListener('abort', onAbort, { once: true });
      pinned(paths, file).ffprobe(PROBE_OPTIONS, (error: unknown, result: FfprobeData | undefined) => {
        if (isSpawnError(error)) return settle(spawnFailure(error, 'ffprobe'));
        if (error || !result) {
          const detail = probeErrorDetail(error instanceof Error ? error.message : String(error));
          return settle(new UserFacingError('ffmpeg.failed', `ffprobe could not read the file: ${detail}`, { tool: 'ffprobe', detail }));
        }
        settle(null, result);
      });
    });
    const parsed = probeSchema.safeParse(data);
    if (!parsed.success) throw new UserFacingError('ffmpeg.failed', 'ffprobe printed unexpected data', { tool: 'ffprobe', detail: 'bad data' });
    return parsed.data;
  }

  function runFfmpeg(args: readonly string[], run: RunOptions = {}): Promise<RunResult> {
    const { signal, durationSec, onProgress, stdout: sink } = run;
    if (signal?.aborted) return Promise.reject(cancelled());
    return new Promise<RunResult>((resolve, reject) => {
      let command: FluentInternals;
      try {
        command = buildCommand(paths, [...(sink ? GLOBAL_OPTIONS.slice(0, 3) : GLOBAL_OPTIONS), ...args], run);
      } catch (error) {
        const detail = error instanceof Error ? error.message : String(error);
        return reject(new UserFacingError('ffmpeg.failed', `ffmpeg failed: ${detail}`, { detail }));
      }
      const teeSink = sink && planFromArgv(args).target !== 'pipe:1' ? finished(sink) : null;
      // A consumer that fails stops reading: stop ffmpeg too, and report the consumer's error.
      let sinkFailure: Error | null = null;
      teeSink?.catch((error: unknown) => {
        sinkFailure = error instanceof Error ? error : new Error(String(error));
        abort();
      });
      const progress = new ProgressLineBuffer();
      const stderr = new StderrTail(STDERR_LINES);
      let outTimeSec: number | null = null;
      let exit: { code: number | null; signal: NodeJS.Signals | null } | null = null;
      let started = false;
      let settled = false;
      let killTimer: NodeJS.Timeout | undefined;

      const onUpdate = (updates: ReturnType<ProgressLineBuffer['push']>) => {
        for (const update of updates) {
          if (update.outTimeSec !== null) outTimeSec = update.outTimeSec;
          // ffmpeg ends gracefully on SIGTERM and prints a last `progress=end`: not progress to show.
          if (!onProgress || signal?.aborted) continue;
          if (update.done) onProgress(1);
          else if (durationSec && durationSec > 0 && update.outTimeSec !== null) onProgress(Math.min(1, update.outTimeSec / durationSec));
        }
      };
      const settle = (failure: Error | null) => {
        if (settled) return;
        settled = true;
        clearTimeout(killTimer);
        signal?.removeEventListener('abort', abort);
        if (signal?.aborted) return reject(cancelled());
        if (failure) return reject(sinkFailure instanceof UserFacingError ? sinkFailure : failure);
        resolve({ outTimeSec, stderr: stderr.lines });
      };
      const fail = (error: Error) => {
        if (signal?.aborted) return settle(null); // SIGTERM ends ffmpeg with 255: the cancel itself
        if (isSpawnError(error)) return settle(spawnFailure(error, 'ffmpeg'));
        const detail = stderr.lines.at(-1) ?? (exit ? `exit ${exit.code ?? exit.signal}` : error.message);
        logger.warn('ffmpeg failed', { code: exit?.code, signal: exit?.signal, stderr: stderr.lines.slice(-5) });
        settle(new UserFacingError('ffmpeg.failed', `ffmpeg failed: ${detail}`, { detail }));
      };
      // Before 'start' there is no process yet: the 'start' handler kills it as soon as it exists.
      const abort = () => {
        if (!started || settled) return;
        command.kill('SIGTERM');
        // ffmpeg normally exits on SIGTERM at once; a child stuck in I/O gets no second chance.
        killTimer = setTimeout(() => command.kill('SIGKILL'), KILL_GRACE_MS);
      };

      command.on('stderr', (line: string) => stderr.push(line));
      command.on('start', () => {
        started = true;
        const child = command.ffmpegProc;
        if (!(child instanceof ChildProcess)) return;
        logger.debug('ffmpeg', { command: formatCommandLine(child.spawnfile, child.spawnargs.slice(1)), pid: child.pid });
        // fluent's own 'error' listener throws when the spawn fails (see the header): ours instead.
        child.removeAllListeners('error');
        child.on('error', (error) => {
          if (child.pid === undefined) fail(error);
          else logger.warn('ffmpeg process error', { error: error.message });
        });
        child.once('exit', (code, killSignal) => {
          exit = { code, signal: killSignal };
        });
        if (!sink) child.stdout?.setEncoding('utf8').on('data', (chunk: string) => onUpdate(progress.push(chunk)));
        else if (teeSink) {
          // fluent keeps a string target's stdout as text lines (for `-progress`): for a tee's PCM
          // that was most of the run's time, and it read past the sink's backpressure.
          child.stdout?.removeAllListeners('data');
          child.stdout?.pipe(sink);
        }
        if (signal?.aborted) abort();
      });
      // fluent ends only once the process has exited and both pipes are drained.
      command.on('error', (error: Error) => {
        onUpdate(progress.flush());
        fail(error);
      });
      command.on('end', () => {
        onUpdate(progress.flush());
        // A piped tee slave: done once the sink has taken the last bytes, not when ffmpeg exits.
        if (teeSink) teeSink.then(() => settle(null), (error: unknown) => fail(error instanceof Error ? error : new Error(String(error))));
        else settle(null);
      });
      signal?.addEventListener('abort', abort, { once: true });
      command.run();
    });
  }

  async function hasEncoder(name: string, signal?: AbortSignal): Promise<boolean> {
    // Listed once per adapter (one binary) and shared, so it takes no caller's signal: it lasts ~10 ms.
    encoders ??= execFileAsync(paths.ffmpeg, ['-nostdin', '-hide_banner', '-encoders'], { maxBuffer: 8 << 20, windowsHide: true })
      .then(({ stdout }) => new Set([...stdout.matchAll(/^\s*[AVS][A-Z.]{5}\s+(\S+)/gm)].map((m) => m[1] ?? '')))
      .catch((error: unknown) => {
        encoders = null;
        throw spawnFailure(error as NodeJS.ErrnoException, 'ffmpeg');
      });
    const list = await encoders;
    if (signal?.aborted) throw cancelled();
    return list.has(name);
  }

  return { paths, probe, runFfmpeg, hasEncoder };
}
