import { createReadStream, createWriteStream } from 'node:fs';
import { open, rename, rm } from 'node:fs/promises';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import { UserFacingError } from '../../../shared/api/errors.ts';
import { analyzeFile, type AudioAnalysis } from './analyze-audio.ts';
import type { Timeline } from './edit-list.ts';
import { toDiskFull } from '../files/disk-full.ts';
import type { FfmpegAdapter } from './ffmpeg-adapter.ts';
import { normalizeFile } from './normalize.ts';
import { encodeBext, encodeCart, encodeChunk, type BextInfo, type CartInfo } from './wav-chunks.ts';

/*
 * Renders of an edited version (issue #3): the edit list's timeline → one ffmpeg filter graph into
 * a 48 kHz float intermediate, then the delivery encode (with the normalize gain/limiter when the
 * list asks for it) and its metadata. Everything is written under a temporary name and renamed when
 * complete, so a cancel, a crash or a full disk leaves no partial file behind.
 */

export type RenderFormat = 'master' | 'mp3' | 'opus';

export interface RenderMetadata {
  title: string;
  producer: string;
  /** ISO 639-3, or null when the version has no language. */
  languageCode: string | null;
  /** ISO dates (yyyy-mm-dd…) of the segment's validity window. */
  validFrom: string | null;
  validUntil: string | null;
  segmentId: string;
  versionId: string;
  description: string;
}

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
  signal?: AbortSignal | undefined;
  onProgress?: ((fraction: number) => void) | undefined;
}

export interface RenderResult {
  out: string;
  durationSec: number;
  analysis: AudioAnalysis;
}

/** How many channels a render works in: mono when every source is mono (issue #16: mono stays mono). */
export type WorkingLayout = 'mono' | 'stereo';

/**
 * The filter graph for a timeline: trimmed pieces, concatenated, region gains, fades. In a stereo
 * render a mono piece goes to both channels at full level (ffmpeg's own up-mix puts it at −3 dB on
 * each, which made a mono voice 3 dB quieter than the same voice in a mono render).
 */
export function filterGraph(timeline: Timeline, inputIndex: (assetId: string | null) => number, mono = false, layout: WorkingLayout = 'stereo', monoSource: (assetId: string | null) => boolean = () => false): string {
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
  for (const g of timeline.gains) chain.push(`volume=volume=${g.db.toFixed(2)}dB:enable='between(t,${g.startSec.toFixed(4)},${g.endSec.toFixed(4)})'`);
  if (timeline.fadeInSec > 0) chain.push(`afade=t=in:st=0:d=${timeline.fadeInSec.toFixed(4)}`);
  if (timeline.fadeOutSec > 0) chain.push(`afade=t=out:st=${(timeline.durationSec - timeline.fadeOutSec).toFixed(4)}:d=${timeline.fadeOutSec.toFixed(4)}`);
  // Downmixed before measuring, so the loudness the normalize pass sees is the delivered one.
  if (mono && layout === 'stereo') chain.push('pan=mono|c0=0.5*c0+0.5*c1');
  parts.push(`${chain.join(',')}[out]`);
  return parts.join(';');
}

/** Channel count of each source, by probing it (ffprobe reads the header only). */
async function sourceChannels(adapter: FfmpegAdapter, files: readonly string[], signal: AbortSignal | undefined): Promise<number[]> {
  return Promise.all(
    files.map(async (file) => {
      const probed = await adapter.probe(file, { signal });
      const audio = probed.streams.find((st) => st.codec_type === 'audio');
      return Number(audio?.channels ?? 2);
    }),
  );
}

const datePart = (iso: string | null) => (iso ? iso.slice(0, 10) : '');
const timePart = (iso: string | null) => (iso && iso.length >= 19 ? iso.slice(11, 19) : '');

export function outputArgs(format: RenderFormat, m: RenderMetadata): string[] {
  const meta = (key: string, value: string) => ['-metadata', `${key}=${value}`];
  switch (format) {
    case 'master':
      return ['-c:a', 'pcm_s24le', '-ar', '48000', '-rf64', 'never', '-f', 'wav'];
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
  const channels = await sourceChannels(adapter, files, signal);
  const layout: WorkingLayout = channels.every((c) => c === 1) ? 'mono' : 'stereo';
  const monoSource = (id: string | null) => channels[sources.indexOf(id)] === 1;
  try {
    await adapter.runFfmpeg(
      ['-v', 'error', ...inputs, '-filter_complex', filterGraph(timeline, (id) => sources.indexOf(id), input.format === 'opus', layout, monoSource), '-map', '[out]', '-c:a', 'pcm_f32le', '-f', 'wav', intermediate],
      { signal, durationSec: timeline.durationSec, onProgress: (f) => progress(f * 0.4) },
    );
    const args = outputArgs(input.format, input.metadata);
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
      await writeBroadcastWav(encoded, withChunks, bextFor(input, analysis), cartFor(input, timeline));
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

function bextFor(input: RenderInput, a: AudioAnalysis): BextInfo {
  const iso = input.now.toISOString();
  return {
    description: `${input.metadata.title} — ${input.metadata.description}`.slice(0, 256),
    originator: 'Cabina',
    originatorReference: input.metadata.versionId.replace(/-/g, '').slice(0, 32),
    originationDate: iso.slice(0, 10),
    originationTime: iso.slice(11, 19),
    timeReference: 0,
    loudnessValue: a.integratedLufs,
    loudnessRange: a.loudnessRangeLu,
    maxTruePeakLevel: a.truePeakDbtp,
    codingHistory: `A=PCM,F=48000,W=24,M=${a.channels === 1 ? 'mono' : 'stereo'},T=Cabina ${input.appVersion}`,
  };
}

function cartFor(input: RenderInput, timeline: Timeline): CartInfo {
  const at = (kind: string) => timeline.markers.find((m) => m.kind === kind)?.atSec;
  const samples = (sec: number) => Math.round(sec * 48000);
  const introEnd = at('introEnd');
  const outroStart = at('outroStart');
  const m = input.metadata;
  return {
    title: m.title,
    artist: m.producer,
    cutId: m.segmentId.slice(0, 64),
    category: m.languageCode ?? '',
    startDate: datePart(m.validFrom) || '1900-01-01',
    startTime: timePart(m.validFrom) || '00:00:00',
    endDate: datePart(m.validUntil) || '9999-12-31',
    endTime: timePart(m.validUntil) || '23:59:59',
    producerAppId: 'Cabina',
    producerAppVersion: input.appVersion,
    timers: [
      ...(introEnd !== undefined ? [{ usage: 'INTs', value: 0 }, { usage: 'INTe', value: samples(introEnd) }] : []),
      ...(outroStart !== undefined ? [{ usage: 'SEGs', value: samples(outroStart) }, { usage: 'SEGe', value: samples(timeline.durationSec) }] : []),
    ],
    tagText: m.languageCode ? `LANGUAGE=${m.languageCode}` : '',
  };
}

/** Copies a WAVE file inserting bext and cart after `fmt `, streaming the audio (3-hour masters). */
export async function writeBroadcastWav(src: string, dst: string, bext: BextInfo, cart: CartInfo): Promise<void> {
  const handle = await open(src, 'r');
  let dataOffset = -1;
  let dataSize = 0;
  const before: Buffer[] = [];
  try {
    const head = Buffer.alloc(12);
    await handle.read(head, 0, 12, 0);
    if (head.toString('latin1', 0, 4) !== 'RIFF' || head.toString('latin1', 8, 12) !== 'WAVE') throw new Error('Not a RIFF/WAVE file');
    const { size } = await handle.stat();
    let at = 12;
    while (at + 8 <= size) {
      const h = Buffer.alloc(8);
      await handle.read(h, 0, 8, at);
      const id = h.toString('latin1', 0, 4);
      const len = h.readUInt32LE(4);
      if (id === 'data') {
        dataOffset = at + 8;
        dataSize = Math.min(len, size - dataOffset);
        break;
      }
      const body = Buffer.alloc(len);
      await handle.read(body, 0, len, at + 8);
      if (id === 'fmt ') before.unshift(encodeChunk(id, body));
      else if (id !== 'LIST' && id !== 'bext' && id !== 'cart') before.push(encodeChunk(id, body));
      at += 8 + len + (len % 2);
    }
  } finally {
    await handle.close();
  }
  if (dataOffset < 0) throw new Error('WAVE file without data');
  const headerChunks = [before[0] as Buffer, encodeChunk('bext', encodeBext(bext)), encodeChunk('cart', encodeCart(cart)), ...before.slice(1)];
  const dataHeader = Buffer.alloc(8);
  dataHeader.write('data', 0, 'latin1');
  dataHeader.writeUInt32LE(dataSize, 4);
  const body = headerChunks.reduce((s, c) => s + c.length, 0) + 8 + dataSize + (dataSize % 2);
  const riff = Buffer.alloc(12);
  riff.write('RIFF', 0, 'latin1');
  riff.writeUInt32LE(body + 4, 4);
  riff.write('WAVE', 8, 'latin1');
  const out = createWriteStream(dst);
  out.write(Buffer.concat([riff, ...headerChunks, dataHeader]));
  await pipeline(createReadStream(src, { start: dataOffset, end: dataOffset + dataSize - 1 }), out, { end: false });
  await new Promise<void>((resolve, reject) => out.end(dataSize % 2 ? Buffer.alloc(1) : Buffer.alloc(0), () => resolve()).on('error', reject));
}
