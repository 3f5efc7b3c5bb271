import { z } from 'zod';
import { UserFacingError } from '../../../../shared/api/errors.ts';

/* Pure pieces of the ffmpeg adapter (ffmpeg-adapter.ts): probe data schema, command-line quoting, errors. */

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

export const probeSchema = z.object({
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


/** A command line a developer can paste into a shell to reproduce what Cabina ran. */
export function formatCommandLine(command: string, args: readonly string[]): string {
  const quote = (arg: string) => {
    if (/^[\w@%+=:,./-]+$/.test(arg)) return arg;
    return process.platform === 'win32' ? `"${arg.replace(/"/g, '""')}"` : `'${arg.replace(/'/g, `'\\''`)}'`;
  };
  return [command, ...args].map(quote).join(' ');
}

export { cancelled } from '../../../../shared/api/user-facing-error.ts';

export function spawnFailure(error: NodeJS.ErrnoException, tool: string): UserFacingError {
  if (error.code === 'ENOENT' || error.code === 'EACCES') {
    return new UserFacingError('ffmpeg.missing', `${tool} could not be started: ${error.message}`, { tool });
  }
  return new UserFacingError('ffmpeg.failed', `${tool} could not be started: ${error.message}`, { tool, detail: error.message });
}

export const isSpawnError = (error: unknown): error is NodeJS.ErrnoException =>
  error instanceof Error && typeof (error as NodeJS.ErrnoException).code === 'string';


export type ProbeData = z.output<typeof probeSchema>;
export type ProbeStream = ProbeData['streams'][number];
