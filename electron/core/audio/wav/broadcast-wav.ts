import { createReadStream, createWriteStream } from 'node:fs';
import { open } from 'node:fs/promises';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import type { AudioAnalysis } from '../loudness/analyze-audio.ts';
import type { Timeline } from '../edit/edit-list.ts';
import { encodeBext, encodeCart, encodeChunk, type BextInfo, type CartInfo } from './wav-chunks.ts';
import { fileChunks, readAt, riffForm } from './riff-walk.ts';
import { encodeAdtl, encodeCue, type CuePoint } from './wav-cue.ts';

/*
 * The master render's Broadcast WAV metadata (issues #3 and #16): bext (EBU Tech 3285) with an EBU
 * R98 coding history that starts at the source, cart (AES46) timers for intro and outro, and `cue `
 * with `LIST`/`adtl` labels so every marker of the edit list reaches the automation software.
 */

/** What a render's source is, as ffprobe reads its header. */
export interface SourceAudio {
  file: string;
  codec: string;
  sampleRate: number;
  channels: number;
  bits: number | null;
  bitRate: number | null;
}

export interface BroadcastMetadata {
  title: string;
  description: string;
  producer: string;
  languageCode: string | null;
  validFrom: string | null;
  validUntil: string | null;
  segmentId: string;
  versionId: string;
}

export const MASTER_RATE = 48000;
const LOSSLESS_CODEC = /^(pcm_|flac$|alac$|wavpack$)/;

/**
 * Bits per sample of the master: what the caller asks, else the source's own depth — 16 when every
 * source is 16-bit (or less) lossless audio, otherwise 24 (a decoded MP3 or Opus has no word length
 * of its own, and 24 bits keeps all of it).
 */
export function masterBits(sources: readonly SourceAudio[], asked?: 16 | 24): 16 | 24 {
  if (asked) return asked;
  return sources.length > 0 && sources.every((s) => LOSSLESS_CODEC.test(s.codec) && s.bits !== null && s.bits <= 16) ? 16 : 24;
}

/** What changes samples in a render, for `needsDither`. */
export interface SampleChanges {
  /** Gain, fades, bleeps, loudness normalization, voice disguise: anything but cuts and joins. */
  processed: boolean;
}

/**
 * A 16-bit master is dithered (TPDF, high-passed) when its samples come off the 16-bit grid: a
 * source that is deeper, lossy or not at 48 kHz (the master's rate), or any processing. Truncating
 * those to 16 bits without dither turns a quiet fade or a room tone into distortion that follows
 * the signal; dither trades it for a steady noise floor at about −96 dBFS. A cut-only edit of
 * 16-bit 48 kHz WAV stays bit-exact: every sample is already on the grid, and dither would only
 * add noise.
 */
export function needsDither(sources: readonly SourceAudio[], bits: 16 | 24, changes: SampleChanges): boolean {
  if (bits !== 16) return false;
  if (changes.processed) return true;
  return !sources.every((s) => LOSSLESS_CODEC.test(s.codec) && s.bits !== null && s.bits <= 16 && s.sampleRate === MASTER_RATE);
}

const mode = (channels: number) => (channels === 1 ? 'mono' : channels === 2 ? 'stereo' : `${channels}-channel`);

function algorithm(s: SourceAudio): string {
  if (s.codec.startsWith('pcm_')) return 'PCM';
  if (s.codec === 'mp3') return s.sampleRate >= 32000 ? 'MPEG1L3' : 'MPEG2L3';
  if (s.codec === 'mp2') return s.sampleRate >= 32000 ? 'MPEG1L2' : 'MPEG2L2';
  return s.codec.toUpperCase();
}

/** EBU R98: one line for the source as it came in, one for this render. */
export function codingHistory(source: SourceAudio, render: { bits: number; channels: number }, appVersion: string): string {
  const depth = LOSSLESS_CODEC.test(source.codec) ? (source.bits ? `W=${source.bits}` : '') : source.bitRate ? `B=${Math.round(source.bitRate / 1000)}` : '';
  const first = [`A=${algorithm(source)}`, `F=${source.sampleRate}`, depth, `M=${mode(source.channels)}`, `T=${path.basename(source.file)}`].filter(Boolean).join(',');
  return `${first}\r\nA=PCM,F=${MASTER_RATE},W=${render.bits},M=${mode(render.channels)},T=Cabina ${appVersion}`;
}

export function bextFor(m: BroadcastMetadata, a: AudioAnalysis, history: string, now: Date): BextInfo {
  const iso = now.toISOString();
  return {
    // No dangling " - " when the segment has no description.
    description: [m.title, m.description].map((s) => s.trim()).filter(Boolean).join(' - ').slice(0, 256),
    originator: 'Cabina',
    originatorReference: m.versionId.replace(/-/g, '').slice(0, 32),
    originationDate: iso.slice(0, 10),
    originationTime: iso.slice(11, 19),
    timeReference: 0,
    loudnessValue: a.integratedLufs,
    loudnessRange: a.loudnessRangeLu,
    maxTruePeakLevel: a.truePeakDbtp,
    codingHistory: history,
  };
}

const datePart = (iso: string | null) => (iso ? iso.slice(0, 10) : '');
const timePart = (iso: string | null) => (iso && iso.length >= 19 ? iso.slice(11, 19) : '');
const samples = (sec: number) => Math.round(sec * MASTER_RATE);

export function cartFor(m: BroadcastMetadata, timeline: Timeline, appVersion: string): CartInfo {
  const at = (kind: string) => timeline.markers.find((mk) => mk.kind === kind)?.atSec;
  const introEnd = at('introEnd');
  const outroStart = at('outroStart');
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
    producerAppVersion: appVersion,
    timers: [
      ...(introEnd !== undefined ? [{ usage: 'INTs', value: 0 }, { usage: 'INTe', value: samples(introEnd) }] : []),
      ...(outroStart !== undefined ? [{ usage: 'SEGs', value: samples(outroStart) }, { usage: 'SEGe', value: samples(timeline.durationSec) }] : []),
    ],
    tagText: m.languageCode ? `LANGUAGE=${m.languageCode}` : '',
  };
}

const MARKER_LABEL = { introEnd: 'Fin de intro', outroStart: 'Inicio de salida' } as const;

/** Every marker of the timeline as a named cue point, in time order; generic ones are numbered. */
export function cuePointsFor(timeline: Timeline): CuePoint[] {
  let cue = 0;
  return [...timeline.markers]
    .sort((a, b) => a.atSec - b.atSec)
    .map((mk, i) => ({ id: i + 1, sample: samples(mk.atSec), label: mk.kind === 'cue' ? `Marca ${(cue += 1)}` : MARKER_LABEL[mk.kind] }));
}

/**
 * Copies a WAVE file inserting bext, cart and the cue points after `fmt `, streaming the audio
 * (3-hour masters). ffmpeg's own LIST/INFO is dropped: bext and cart say more, and one LIST is ours.
 */
export async function writeBroadcastWav(src: string, dst: string, bext: BextInfo, cart: CartInfo, cues: readonly CuePoint[] = []): Promise<void> {
  const handle = await open(src, 'r');
  let dataOffset = -1;
  let dataSize = 0;
  const before: Buffer[] = [];
  try {
    if ((await riffForm(handle)) !== 'RIFF') throw new Error('Not a RIFF/WAVE file');
    const { size } = await handle.stat();
    for await (const { id, body, size: len } of fileChunks(handle, size)) {
      if (id === 'data') {
        dataOffset = body;
        dataSize = Math.min(len, size - body);
        break;
      }
      const content = await readAt(handle, body, len);
      if (id === 'fmt ') before.unshift(encodeChunk(id, content));
      else if (!['LIST', 'bext', 'cart', 'cue '].includes(id)) before.push(encodeChunk(id, content));
    }
  } finally {
    await handle.close();
  }
  if (dataOffset < 0) throw new Error('WAVE file without data');
  const cueChunks = cues.length > 0 ? [encodeChunk('cue ', encodeCue(cues)), encodeChunk('LIST', encodeAdtl(cues))] : [];
  const headerChunks = [before[0] as Buffer, encodeChunk('bext', encodeBext(bext)), encodeChunk('cart', encodeCart(cart)), ...cueChunks, ...before.slice(1)];
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
