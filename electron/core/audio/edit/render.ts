import { rename, rm } from 'node:fs/promises';
import path from 'node:path';
import { UserFacingError } from '../../../../shared/api/errors.ts';
import { analyzeFile, type AudioAnalysis } from '../loudness/analyze-audio.ts';
import type { Timeline } from './edit-list.ts';
import { toDiskFull } from '../../files/disk-full.ts';
import type { FfmpegAdapter } from '../ffmpeg/ffmpeg-adapter.ts';
import { normalizeFile } from '../loudness/normalize.ts';
import { bextFor, cartFor, codingHistory, cuePointsFor, masterBits, needsDither, writeBroadcastWav, type BroadcastMetadata, type SourceAudio } from '../wav/broadcast-wav.ts';

/*
 * Renders of an edited version (issue #3): the edit list's timeline → one ffmpeg filter graph into
 * a 48 kHz float intermediate, then the delivery encode (with the normalize gain/limiter when the
 * list asks for it) and its metadata. Everything is written under a temporary name and renamed when
 * complete, so a cancel, a crash or a full disk leaves no partial file behind.
 */

export type RenderFormat = 'master' | 'mp3' | 'opus';

/** What a render writes into its tags and chunks: the Broadcast WAV's fields are the widest set. */
export type RenderMetadata = BroadcastMetadata;

export interface RenderInput {
  originalPath: string;
  /** Files of inserted jingles by asset id. */
  assetPaths: Map<string, string>;
  timeline: Timeline;
  format: RenderFormat;
  out: string;
  metadata: RenderMetadata;
  now: Date;
  appVersion: string;
  /** Bits per sample of a master; unset, the source's own (broadcast-wav.ts masterBits). */
  masterBits?: 16 | 24 | undefined;
  /** A testimony's voice disguise; segments never set it. */
  disguise?: VoiceDisguise | undefined;
  signal?: AbortSignal | undefined;
  onProgress?: ((fraction: number) => void) | undefined;
}

export interface RenderResult {
  out: string;
  durationSec: number;
  analysis: AudioAnalysis;
}

/** A testimony's voice disguise (issue #14 §2): pitch and formants shifted together, tempo kept. */
export type VoiceDisguise = 'none' | 'lower' | 'higher';
const DISGUISE_PITCH: Readonly<Record<Exclude<VoiceDisguise, 'none'>, number>> = { lower: 0.8, higher: 1.25 };

/** Level of the redaction tone: loud enough to be heard as a bleep, well under full scale. */
const BLEEP_AMPLITUDE = 0.25;
const BLEEP_HZ = 1000;

/**
 * The bleeps as one `aeval`: inside any span every channel is the tone, elsewhere the input as it
 * was. One expression rather than a mixed-in `sine` source, so nothing of the voice leaks through
 * a mix and the timeline keeps its exact length.
 */
export function bleepFilter(bleeps: Timeline['bleeps'], channels: number): string {
  const inside = bleeps.map((b) => `between(t,${b.startSec.toFixed(4)},${b.endSec.toFixed(4)})`).join('+');
  const perChannel = Array.from({ length: channels }, (_, c) => `if(gt(${inside},0),${BLEEP_AMPLITUDE}*sin(2*PI*${BLEEP_HZ}*t),val(${c}))`);
  return `aeval=exprs='${perChannel.join('|')}':c=same`;
}

/** How many channels a render works in: mono when every source is mono (issue #16: mono stays mono). */
export type WorkingLayout = 'mono' | 'stereo';

/**
 * The filter graph for a timeline: trimmed pieces, concatenated, region gains, fades. In a stereo
 * render a mono piece goes to both channels at full level (ffmpeg's own up-mix puts it at −3 dB on
 * each, which made a mono voice 3 dB quieter than the same voice in a mono render).
 */
export function filterGraph(
  timeline: Timeline,
  inputIndex: (assetId: string | null) => number,
  mono = false,
  layout: WorkingLayout = 'stereo',
  monoSource: (assetId: string | null) => boolean = () => false,
  disguise: VoiceDisguise = 'none',
): string {
  const parts: string[] = [];
  const labels: string[] = [];
  timeline.pieces.forEach((p, i) => {
    const upmix = layout === 'stereo' && monoSource(p.assetId) ? 'pan=stereo|c0=c0|c1=c0,' : '';
    parts.push(
      `[${inputIndex(p.assetId)}:a]${upmix}aformat=sample_fmts=fltp:sample_rates=48000:channel_layouts=${layout},atrim=start=${p.inSec.toFixed(6)}:end=${p.outSec.toFixed(6)},asetpts=PTS-STARTPTS[p${i}]`,
    );
    labels.push(`[p${i}]`);
  });
  const chain = [`${labels.join('')}concat=n=${labels.length}:v=0:a=1`];
  // Before the bleeps, so the tone stays a clean 1 kHz whatever the disguise.
  if (disguise !== 'none') chain.push(`rubberband=pitch=${DISGUISE_PITCH[disguise]}`);
  for (const g of timeline.gains) chain.push(`volume=volume=${g.db.toFixed(2)}dB:enable='between(t,${g.startSec.toFixed(4)},${g.endSec.toFixed(4)})'`);
  if (timeline.bleeps.length > 0) chain.push(bleepFilter(timeline.bleeps, layout === 'mono' ? 1 : 2));
  if (timeline.fadeInSec > 0) chain.push(`afade=t=in:st=0:d=${timeline.fadeInSec.toFixed(4)}`);
  if (timeline.fadeOutSec > 0) chain.push(`afade=t=out:st=${(timeline.durationSec - timeline.fadeOutSec).toFixed(4)}:d=${timeline.fadeOutSec.toFixed(4)}`);
  // Downmixed before measuring, so the loudness the normalize pass sees is the delivered one.
  if (mono && layout === 'stereo') chain.push('pan=mono|c0=0.5*c0+0.5*c1');
  parts.push(`${chain.join(',')}[out]`);
  return parts.join(';');
}

/** Each source as its header says (ffprobe reads the header only): channels, codec, depth, rate. */
async function probeSources(adapter: FfmpegAdapter, files: readonly string[], signal: AbortSignal | undefined): Promise<SourceAudio[]> {
  return Promise.all(
    files.map(async (file) => {
      const probed = await adapter.probe(file, { signal });
      const audio = probed.streams.find((st) => st.codec_type === 'audio');
      const num = (v: unknown) => (typeof v === 'number' && Number.isFinite(v) && v > 0 ? v : null);
      return {
        file,
        codec: String(audio?.codec_name ?? 'unknown'),
        sampleRate: num(audio?.sample_rate) ?? 0,
        channels: num(audio?.channels) ?? 2,
        bits: num(audio?.bits_per_sample) ?? num(audio?.bits_per_raw_sample),
        bitRate: num(audio?.bit_rate) ?? num(probed.format?.bit_rate),
      };
    }),
  );
}

/**
 * The encoder arguments of a format. `dither` (16-bit masters only) sets the resampler's dither for
 * the float → 16-bit step: ffmpeg passes `-dither_method` to the conversion it inserts itself.
 */
export function outputArgs(format: RenderFormat, m: RenderMetadata, bits: 16 | 24 = 24, dither = false): string[] {
  const meta = (key: string, value: string) => ['-metadata', `${key}=${value}`];
  switch (format) {
    case 'master':
      return [...(dither && bits === 16 ? ['-dither_method', 'triangular_hp'] : []), '-c:a', bits === 16 ? 'pcm_s16le' : 'pcm_s24le', '-ar', '48000', '-rf64', 'never', '-f', 'wav'];
    case 'mp3':
      return [
        '-c:a', 'libmp3lame', '-b:a', '192k', '-ar', '44100', '-id3v2_version', '3', '-write_xing', '1',
        ...meta('title', m.title), ...meta('artist', m.producer),
        ...(m.languageCode ? [...meta('language', m.languageCode), ...meta('ISO639-3', m.languageCode)] : []),
        '-f', 'mp3',
      ];
    case 'opus':
      return [
        '-c:a', 'libopus', '-ac', '1', '-b:a', '32k', '-application', 'voip', '-ar', '48000',
        ...meta('TITLE', m.title), ...meta('ARTIST', m.producer), ...(m.languageCode ? meta('LANGUAGE', m.languageCode) : []),
        '-f', 'ogg',
      ];
  }
}

export async function renderTimeline(adapter: FfmpegAdapter, input: RenderInput): Promise<RenderResult> {
  const { timeline, signal } = input;
  if (timeline.pieces.length === 0 || timeline.durationSec <= 0) throw new UserFacingError('invalid_input', 'Nothing left to render', { field: 'edits' });
  const progress = input.onProgress ?? (() => undefined);
  const dir = path.dirname(input.out);
  const stem = `.${path.basename(input.out)}.${process.pid}.${Date.now()}`;
  const intermediate = path.join(dir, `${stem}.edit.wav`);
  const encoded = path.join(dir, `${stem}.part`);
  const sources: (string | null)[] = [null, ...new Set(timeline.pieces.map((p) => p.assetId).filter((id): id is string => id !== null))];
  const files = sources.map((id) => {
    const file = id === null ? input.originalPath : input.assetPaths.get(id);
    if (!file) throw new UserFacingError('not_found', `Missing jingle ${id}`, { id: id ?? '' });
    return file;
  });
  const inputs = files.flatMap((file) => ['-i', file]);
  const probed = await probeSources(adapter, files, signal);
  const layout: WorkingLayout = probed.every((p) => p.channels === 1) ? 'mono' : 'stereo';
  const monoSource = (id: string | null) => probed[sources.indexOf(id)]?.channels === 1;
  const bits = masterBits(probed, input.masterBits);
  try {
    await adapter.runFfmpeg(
      ['-v', 'error', ...inputs, '-filter_complex', filterGraph(timeline, (id) => sources.indexOf(id), input.format === 'opus', layout, monoSource, input.disguise), '-map', '[out]', '-c:a', 'pcm_f32le', '-f', 'wav', intermediate],
      { signal, durationSec: timeline.durationSec, onProgress: (f) => progress(f * 0.4) },
    );
    const processed = timeline.normalize !== null || timeline.gains.length > 0 || timeline.bleeps.length > 0 || timeline.fadeInSec > 0 || timeline.fadeOutSec > 0 || (input.disguise ?? 'none') !== 'none';
    const args = outputArgs(input.format, input.metadata, bits, needsDither(probed, bits, { processed }));
    let analysis: AudioAnalysis;
    if (timeline.normalize) {
      const result = await normalizeFile(adapter, intermediate, encoded, { ...timeline.normalize, outputArgs: args, signal, onProgress: (f) => progress(0.4 + f * 0.5) });
      analysis = result.after;
    } else {
      await adapter.runFfmpeg(['-v', 'error', '-i', intermediate, ...args, encoded], { signal, durationSec: timeline.durationSec, onProgress: (f) => progress(0.4 + f * 0.3) });
      analysis = (await analyzeFile(adapter, encoded, { signal, onProgress: (f) => progress(0.7 + f * 0.2) })).analysis;
    }
    if (input.format === 'master') {
      const withChunks = `${encoded}.bwf`;
      const history = codingHistory(probed[0] as SourceAudio, { bits, channels: analysis.channels }, input.appVersion);
      const m = input.metadata;
      await writeBroadcastWav(encoded, withChunks, bextFor(m, analysis, history, input.now), cartFor(m, timeline, input.appVersion), cuePointsFor(timeline));
      await rename(withChunks, encoded);
    }
    await rename(encoded, input.out);
    progress(1);
    return { out: input.out, durationSec: analysis.durationSec, analysis };
  } catch (error) {
    // Issue #12: ffmpeg's "No space left on device" is the one disk.full sentence; the estimate is the float intermediate plus the output.
    await Promise.all([rm(intermediate, { force: true }), rm(encoded, { force: true }), rm(`${encoded}.bwf`, { force: true })]);
    throw await toDiskFull(error, dir, timeline.durationSec * 48000 * 2 * 4 * 2);
  } finally {
    await Promise.all([rm(intermediate, { force: true }), rm(encoded, { force: true }), rm(`${encoded}.bwf`, { force: true })]);
  }
}
