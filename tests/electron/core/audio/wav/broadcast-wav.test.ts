import { describe, expect, it } from 'vitest';
import type { AudioAnalysis } from '../../../../../electron/core/audio/loudness/analyze-audio.ts';
import { bextFor, codingHistory, cuePointsFor, masterBits, needsDither, type SourceAudio } from '../../../../../electron/core/audio/wav/broadcast-wav.ts';
import type { Timeline } from '../../../../../electron/core/audio/edit/edit-list.ts';
import { decodeBext, encodeBext } from '../../../../../electron/core/audio/wav/wav-chunks.ts';
import { decodeAdtl, decodeCue, encodeAdtl, encodeCue } from '../../../../../electron/core/audio/wav/wav-cue.ts';

// Issue #16 §3: the master's Broadcast WAV says where its audio came from, keeps the source's word
// length, labels every marker as a cue point, and writes no dangling " - ".
const wav16: SourceAudio = { file: '/data/store/originals/ab12.wav', codec: 'pcm_s16le', sampleRate: 44100, channels: 1, bits: 16, bitRate: 705600 };
const mp3: SourceAudio = { file: '/data/store/originals/cd34.mp3', codec: 'mp3', sampleRate: 44100, channels: 2, bits: null, bitRate: 128000 };
const wav24: SourceAudio = { ...wav16, codec: 'pcm_s24le', bits: 24 };

const timeline = (markers: Timeline['markers']): Timeline => ({ pieces: [], gains: [], bleeps: [], fadeInSec: 0, fadeOutSec: 0, markers, normalize: null, durationSec: 60 });
const analysis = { integratedLufs: -16, loudnessRangeLu: 4, truePeakDbtp: -1.6 } as AudioAnalysis;
const meta = { title: 'Tus derechos', description: '', producer: 'Radio', languageCode: 'mix', validFrom: null, validUntil: null, segmentId: 's', versionId: 'v-1' };

describe('Broadcast WAV of the master (issue #16 §3)', () => {
  it('keeps 16 bits for 16-bit sources, 24 for deeper or lossy ones, and what the caller asks', () => {
    expect(masterBits([wav16])).toBe(16);
    expect(masterBits([wav16, wav24])).toBe(24);
    expect(masterBits([mp3])).toBe(24);
    expect(masterBits([wav16], 24)).toBe(24);
    expect(masterBits([mp3], 16)).toBe(16);
  });

  it('dithers a 16-bit master only when its samples leave the 16-bit grid', () => {
    const at48 = { ...wav16, sampleRate: 48000 };
    expect(needsDither([at48], 16, { processed: false })).toBe(false);
    expect(needsDither([at48], 16, { processed: true })).toBe(true);
    // Resampled, deeper or decoded from a lossy codec: off the grid even with no processing.
    expect(needsDither([wav16], 16, { processed: false })).toBe(true);
    expect(needsDither([{ ...wav24, sampleRate: 48000 }], 16, { processed: false })).toBe(true);
    expect(needsDither([{ ...mp3, sampleRate: 48000 }], 16, { processed: false })).toBe(true);
    expect(needsDither([mp3], 24, { processed: true })).toBe(false);
  });

  it('writes an EBU R98 coding history from the source to this render', () => {
    expect(codingHistory(wav16, { bits: 16, channels: 1 }, '0.1.0')).toBe('A=PCM,F=44100,W=16,M=mono,T=ab12.wav\r\nA=PCM,F=48000,W=16,M=mono,T=Cabina 0.1.0');
    expect(codingHistory(mp3, { bits: 24, channels: 2 }, '0.1.0').split('\r\n')[0]).toBe('A=MPEG1L3,F=44100,B=128,M=stereo,T=cd34.mp3');
  });

  it('joins title and description without a dangling separator', () => {
    expect(bextFor(meta, analysis, 'h', new Date(0)).description).toBe('Tus derechos');
    expect(bextFor({ ...meta, description: 'Contratos' }, analysis, 'h', new Date(0)).description).toBe('Tus derechos - Contratos');
    // The history survives the chunk's round trip, both lines.
    expect(decodeBext(encodeBext(bextFor(meta, analysis, codingHistory(wav16, { bits: 16, channels: 1 }, '1'), new Date(0)))).codingHistory.split('\r\n')).toHaveLength(2);
  });

  it('labels every marker in time order, generic ones numbered, and the chunks read back', () => {
    const points = cuePointsFor(timeline([{ kind: 'outroStart', atSec: 50 }, { kind: 'cue', atSec: 20 }, { kind: 'introEnd', atSec: 5 }, { kind: 'cue', atSec: 30.5 }]));
    expect(points).toEqual([
      { id: 1, sample: 240000, label: 'Fin de intro' },
      { id: 2, sample: 960000, label: 'Marca 1' },
      { id: 3, sample: 1464000, label: 'Marca 2' },
      { id: 4, sample: 2400000, label: 'Inicio de salida' },
    ]);
    expect(decodeCue(encodeCue(points))).toEqual(points.map(({ id, sample }) => ({ id, sample })));
    const labels = decodeAdtl(encodeAdtl([...points, { id: 9, sample: 0, label: 'Canción' }]));
    expect(labels?.get(3)).toBe('Marca 2');
    // ASCII in the chunk: the accent goes, the letter stays.
    expect(labels?.get(9)).toBe('Cancion');
    // An odd-length label is padded, and the next one is still found.
    expect(decodeAdtl(encodeAdtl([{ id: 1, sample: 0, label: 'ab' }, { id: 2, sample: 1, label: 'cde' }]))).toEqual(new Map([[1, 'ab'], [2, 'cde']]));
  });
});
