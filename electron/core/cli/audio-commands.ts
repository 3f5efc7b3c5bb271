import { randomUUID } from 'node:crypto';
import path from 'node:path';
import { analyzeFile } from '../audio/loudness/analyze-audio.ts';
import { writeAtomically } from '../audio/audio-store.ts';
import { createFfmpegAdapter } from '../audio/ffmpeg/ffmpeg-adapter.ts';
import { normalizeFile } from '../audio/loudness/normalize.ts';
import { encodePeaks } from '../audio/peaks-file.ts';
import type { Core } from '../core-types.ts';
import { masterBitsSchema, renderFormatSchema } from '../../../shared/api/methods/audio.ts';
import { call } from './cli-call.ts';
import { inputError, type CliValues } from './cli-args.ts';
import { outFile, wholeFile } from './cli-files.ts';
import type { CliIo } from './cli-commands.ts';

type Flags = CliValues & { target?: string; ceiling?: string; out?: string; bits?: string };

function needFile(file: string | undefined, what: string): string {
  if (!file) throw inputError(what, 'missing');
  return path.resolve(file);
}

function number(value: string | undefined, field: string): number | undefined {
  if (value === undefined) return undefined;
  const n = value.trim() === '' ? Number.NaN : Number(value);
  if (!Number.isFinite(n)) throw inputError(field, 'not_a_number', { value });
  return n;
}

const round = (v: number | null, digits = 1) => (v === null ? null : Math.round(v * 10 ** digits) / 10 ** digits);

/** `cabina analyze|normalize|peaks <file>…` (the engine on files) and `render <id>` (a library version). */
export async function audioCommand(core: Core, command: string, args: string[], values: CliValues, io: CliIo): Promise<number> {
  const v = values as Flags & { format?: string };
  if (command === 'render') {
    const format = renderFormatSchema.safeParse(v.format);
    if (!format.success) throw inputError('--format', 'one_of', { value: v.format ?? '', allowed: 'master|mp3|opus' });
    if (!args[0]) throw inputError('ID', 'missing');
    // --bits is a master's word length; MP3 and Opus have none, so it is refused there rather than ignored.
    const bits = v.bits === undefined ? undefined : masterBitsSchema.safeParse(Number(v.bits));
    if (bits && (!bits.success || format.data !== 'master')) throw inputError('--bits', 'one_of', { value: v.bits ?? '', allowed: format.data === 'master' ? '16|24' : '--format master --bits 16|24' });
    const result = await call(core, 'audio.render', { jobId: randomUUID(), versionId: args[0], format: format.data, out: outFile(v.out), ...(bits?.success ? { bits: bits.data } : {}) });
    io.out(v.json ? JSON.stringify(result) : `${result.path}: ${result.durationSec.toFixed(2)} s, I ${round(result.integratedLufs)} LUFS, TP ${round(result.truePeakDbtp)} dBTP`);
    return 0;
  }
  const adapter = createFfmpegAdapter();
  if (command === 'analyze') {
    const { analysis: a } = await analyzeFile(adapter, await wholeFile(needFile(args[0], 'FILE')));
    const out = {
      durationSec: round(a.durationSec, 3),
      sampleRate: a.sampleRate,
      channels: a.channels,
      codec: a.codec,
      integratedLufs: round(a.integratedLufs),
      loudnessRangeLu: round(a.loudnessRangeLu),
      truePeakDbtp: round(a.truePeakDbtp),
    };
    io.out(v.json ? JSON.stringify(out) : `I ${out.integratedLufs ?? '-∞'} LUFS · LRA ${out.loudnessRangeLu} LU · TP ${out.truePeakDbtp ?? '-∞'} dBTP · ${out.durationSec} s ${a.codec} ${a.sampleRate} Hz ×${a.channels}`);
    return 0;
  }
  if (command === 'peaks') {
    const out = outFile(v.out);
    const { peaks } = await analyzeFile(adapter, await wholeFile(needFile(args[0], 'FILE')));
    await writeAtomically(out, encodePeaks(peaks));
    const summary = { out, sampleRate: peaks.sampleRate, frames: peaks.frames, levels: peaks.levels.map((l) => ({ samplesPerPixel: l.samplesPerPixel, pairs: l.data.length / 2 })) };
    io.out(v.json ? JSON.stringify(summary) : `${out}: ${summary.levels.map((l) => `${l.samplesPerPixel}:${l.pairs}`).join(' ')}`);
    return 0;
  }
  if (command === 'normalize') {
    const targetLufs = number(v.target, '--target');
    const ceilingDbtp = number(v.ceiling, '--ceiling');
    const result = await normalizeFile(adapter, await wholeFile(needFile(args[0], 'IN')), outFile(needFile(args[1], 'OUT')), {
      ...(targetLufs !== undefined ? { targetLufs } : {}),
      ...(ceilingDbtp !== undefined ? { ceilingDbtp } : {}),
    });
    const out = { gainDb: round(result.gainDb, 2), limited: result.limited, integratedLufs: round(result.after.integratedLufs), truePeakDbtp: round(result.after.truePeakDbtp) };
    io.out(v.json ? JSON.stringify(out) : `${args[1]}: ${out.gainDb} dB → I ${out.integratedLufs} LUFS, TP ${out.truePeakDbtp} dBTP`);
    return 0;
  }
  throw inputError(command, 'missing');
}
