import { execFile, spawn } from 'node:child_process';
import { accessSync, constants, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { promisify } from 'node:util';
import { z } from 'zod';
import { UserFacingError } from '../../../shared/api/errors.ts';
import { silentLogger, type Logger } from '../logger.ts';
import { ProgressLineBuffer } from './progress-parser.ts';

/*
 * The one boundary between Cabina and the ffmpeg binaries (DESIGN.md §4). fluent-ffmpeg 2.1.3 was
 * evaluated for this file and is deliberately not used: its public API cannot take a raw argv,
 * it reads progress from stderr (so `-progress pipe:1` cannot be streamed), it has no AbortSignal
 * and its capability cache is shared by every binary path. Spawning directly keeps the contract
 * (-nostdin, logged command line, pure progress parser, kill on abort) exact.
 */

export interface FfmpegPaths {
  ffmpeg: string;
  ffprobe: string;
}

export interface LocateOptions {
  /** User setting: the ffmpeg binary, or a folder holding ffmpeg and ffprobe. */
  settingPath?: string | undefined;
  /** Packaged app: process.resourcesPath. */
  resourcesPath?: string | undefined;
}

const exe = (name: string) => (process.platform === 'win32' ? `${name}.exe` : name);

function isExecutable(file: string): boolean {
  try {
    if (!statSync(file).isFile()) return false;
    accessSync(file, process.platform === 'win32' ? constants.F_OK : constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

function fromSetting(settingPath: string, tool: 'ffmpeg' | 'ffprobe'): string[] {
  let isDir = false;
  try {
    isDir = statSync(settingPath).isDirectory();
  } catch {
    return [];
  }
  if (isDir) return [join(settingPath, exe(tool))];
  return tool === 'ffmpeg' ? [settingPath] : [join(dirname(settingPath), exe('ffprobe'))];
}

function fromInstallerPackage(tool: 'ffmpeg' | 'ffprobe'): string[] {
  try {
    const require = createRequire(import.meta.url);
    const loaded: unknown = require(tool === 'ffmpeg' ? '@ffmpeg-installer/ffmpeg' : '@ffprobe-installer/ffprobe');
    const path = z.object({ path: z.string() }).parse(loaded).path;
    // Inside a packaged app the package resolves into app.asar, but binaries are unpacked beside it.
    return [path.replace(/([\\/])app\.asar([\\/])/, '$1app.asar.unpacked$2'), path];
  } catch {
    // The installer packages throw (even plain strings) when their platform binary is absent.
    return [];
  }
}

/** Finds ffmpeg and ffprobe: user setting → packaged resources → @ffmpeg-installer packages. */
export function locateFfmpeg(options: LocateOptions = {}): FfmpegPaths {
  const platform = `${process.platform}-${process.arch}`;
  const find = (tool: 'ffmpeg' | 'ffprobe'): string | undefined => {
    const candidates = [
      ...(options.settingPath ? fromSetting(options.settingPath, tool) : []),
      ...(options.resourcesPath
        ? [
            join(options.resourcesPath, 'ffmpeg', exe(tool)),
            join(options.resourcesPath, 'app.asar.unpacked', 'node_modules', `@${tool}-installer`, platform, exe(tool)),
          ]
        : []),
      ...fromInstallerPackage(tool),
    ];
    return candidates.find(isExecutable);
  };
  const ffmpeg = find('ffmpeg');
  const ffprobe = find('ffprobe');
  if (!ffmpeg || !ffprobe) {
    throw new UserFacingError('ffmpeg.missing', `Cannot find ${ffmpeg ? 'ffprobe' : 'ffmpeg'}`, { tool: ffmpeg ? 'ffprobe' : 'ffmpeg' });
  }
  return { ffmpeg, ffprobe };
}

// ffprobe prints numbers as strings ("44100", "4.59") and omits unknown values or prints "N/A".
const numeric = z
  .union([z.number(), z.string()])
  .optional()
  .transform((value) => {
    const n = typeof value === 'number' ? value : value === undefined ? Number.NaN : Number(value);
    return Number.isFinite(n) ? n : null;
  });

const probeStreamSchema = z.object({
  index: z.number().int(),
  codec_type: z.string().optional(),
  codec_name: z.string().optional(),
  sample_rate: numeric,
  channels: numeric,
  bits_per_sample: numeric,
  bits_per_raw_sample: numeric,
  duration: numeric,
  bit_rate: numeric,
});

const probeSchema = z.object({
  streams: z.array(probeStreamSchema).default([]),
  format: z
    .object({
      format_name: z.string().optional(),
      duration: numeric,
      bit_rate: numeric,
      size: numeric,
      tags: z.record(z.string(), z.unknown()).optional(),
    })
    .optional(),
});

export type ProbeData = z.output<typeof probeSchema>;
export type ProbeStream = ProbeData['streams'][number];

/** stdout is reserved for `-progress pipe:1`: callers write outputs to files (or `-f null -`). */
export interface RunOptions {
  signal?: AbortSignal | undefined;
  /** Expected output length, so progress can be a fraction. */
  durationSec?: number | null | undefined;
  onProgress?: ((fraction: number) => void) | undefined;
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
const execFileAsync = promisify(execFile);

/** A command line a developer can paste into a shell to reproduce what Cabina ran. */
export function formatCommandLine(command: string, args: readonly string[]): string {
  const quote = (arg: string) => {
    if (/^[\w@%+=:,./-]+$/.test(arg)) return arg;
    return process.platform === 'win32' ? `"${arg.replace(/"/g, '""')}"` : `'${arg.replace(/'/g, `'\\''`)}'`;
  };
  return [command, ...args].map(quote).join(' ');
}

const cancelled = () => new UserFacingError('cancelled', 'Cancelled');

function spawnFailure(error: NodeJS.ErrnoException, tool: string): UserFacingError {
  if (error.code === 'ENOENT' || error.code === 'EACCES') {
    return new UserFacingError('ffmpeg.missing', `${tool} could not be started: ${error.message}`, { tool });
  }
  return new UserFacingError('ffmpeg.failed', `${tool} could not be started: ${error.message}`, { tool, detail: error.message });
}

export function createFfmpegAdapter(options: LocateOptions & { paths?: FfmpegPaths; logger?: Logger } = {}): FfmpegAdapter {
  const paths = options.paths ?? locateFfmpeg(options);
  const logger = options.logger ?? silentLogger;
  let encoders: Promise<Set<string>> | null = null;

  async function probe(file: string, { signal }: { signal?: AbortSignal | undefined } = {}): Promise<ProbeData> {
    const args = ['-v', 'error', '-print_format', 'json', '-show_format', '-show_streams', file];
    logger.debug('ffprobe', { command: formatCommandLine(paths.ffprobe, args) });
    if (signal?.aborted) throw cancelled();
    let stdout: string;
    try {
      ({ stdout } = await execFileAsync(paths.ffprobe, args, { signal, maxBuffer: 32 << 20, timeout: 120_000, windowsHide: true }));
    } catch (error) {
      if (signal?.aborted) throw cancelled();
      const failure = error as NodeJS.ErrnoException & { stderr?: string };
      if (typeof failure.code === 'string') throw spawnFailure(failure, 'ffprobe');
      const detail = (failure.stderr ?? '').trim().split(/\r?\n/).pop() ?? '';
      throw new UserFacingError('ffmpeg.failed', `ffprobe could not read the file: ${detail}`, { tool: 'ffprobe', detail });
    }
    let json: unknown;
    try {
      json = JSON.parse(stdout === '' ? '{}' : stdout);
    } catch {
      json = null;
    }
    const parsed = probeSchema.safeParse(json);
    if (!parsed.success) throw new UserFacingError('ffmpeg.failed', 'ffprobe printed unexpected JSON', { tool: 'ffprobe', detail: 'bad JSON' });
    return parsed.data;
  }

  function runFfmpeg(args: readonly string[], run: RunOptions = {}): Promise<RunResult> {
    const fullArgs = ['-nostdin', '-hide_banner', '-nostats', '-progress', 'pipe:1', ...args];
    logger.debug('ffmpeg', { command: formatCommandLine(paths.ffmpeg, fullArgs) });
    const { signal, durationSec, onProgress } = run;
    if (signal?.aborted) return Promise.reject(cancelled());
    return new Promise<RunResult>((resolve, reject) => {
      const child = spawn(paths.ffmpeg, fullArgs, { stdio: ['ignore', 'pipe', 'pipe'], windowsHide: true });
      const progress = new ProgressLineBuffer();
      const stderr: string[] = [];
      let stderrRest = '';
      let outTimeSec: number | null = null;
      let spawnError: NodeJS.ErrnoException | null = null;
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
      const abort = () => {
        child.kill('SIGTERM');
        // ffmpeg normally exits on SIGTERM at once; a child stuck in I/O gets no second chance.
        killTimer = setTimeout(() => child.kill('SIGKILL'), KILL_GRACE_MS);
      };
      signal?.addEventListener('abort', abort, { once: true });

      child.stdout.setEncoding('utf8').on('data', (chunk: string) => onUpdate(progress.push(chunk)));
      child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
        const lines = (stderrRest + chunk).split(/\r\n|\r|\n/);
        stderrRest = lines.pop() ?? '';
        for (const line of lines) if (line.trim() !== '') stderr.push(line);
        stderr.splice(0, Math.max(0, stderr.length - STDERR_LINES));
      });
      child.on('error', (error) => {
        spawnError = error;
      });
      // 'close' (not 'exit') so every pipe is drained and the output file is released before we settle.
      child.on('close', (code, killSignal) => {
        clearTimeout(killTimer);
        signal?.removeEventListener('abort', abort);
        onUpdate(progress.flush());
        if (stderrRest.trim() !== '') stderr.push(stderrRest);
        if (signal?.aborted) return reject(cancelled());
        if (spawnError) return reject(spawnFailure(spawnError, 'ffmpeg'));
        if (code !== 0) {
          const detail = stderr.at(-1) ?? `exit ${code ?? killSignal}`;
          logger.warn('ffmpeg failed', { code, signal: killSignal, stderr: stderr.slice(-5) });
          return reject(new UserFacingError('ffmpeg.failed', `ffmpeg failed: ${detail}`, { detail }));
        }
        resolve({ outTimeSec, stderr });
      });
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
