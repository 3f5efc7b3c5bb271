import { stat } from 'node:fs/promises';
import { UserFacingError } from '../../../../shared/api/errors.ts';
import type { FfmpegAdapter } from '../ffmpeg/ffmpeg-adapter.ts';
import { analyzeWav } from './parallel-analysis.ts';
import { decodePcm, pcmFormatFor, type AnalysisDecoder, type DecodeOptions, type PcmFormat } from '../ffmpeg/pcm-stream.ts';
import type { PeaksFile } from '../peaks-file.ts';
import { mergeSegments, SegmentAnalyzer, type MergedAnalysis } from './segment-analysis.ts';
import { readWavPcmLayout, wavCodecName, type WavPcmLayout } from '../wav/wav-pcm-reader.ts';

/** What one decode pass learns about a file (issue #3: the `cabina analyze --json` shape, plus sample peak). */
export interface AudioAnalysis {
  durationSec: number;
  sampleRate: number;
  channels: number;
  codec: string;
  integratedLufs: number | null;
  loudnessRangeLu: number;
  truePeakDbtp: number | null;
  samplePeakDbfs: number | null;
}

export type AnalyzeOptions = Omit<DecodeOptions, 'durationSec'> & {
  decoder?: AnalysisDecoder;
  /** Worker threads for a long PCM WAV (parallel-analysis.ts); 0 measures in this thread. Default: by length and cores. */
  workers?: number;
  /** Where the worker entry is (tests point it at nothing to check the fallback). */
  workerUrl?: URL;
};

/** What the analysis needs to know about a file before it decodes it. */
interface Source {
  format: PcmFormat;
  codec: string;
  /** As the file declares them (the decode may resample, pcmFormatFor). */
  sampleRate: number;
  channels: number;
  durationSec: number | null;
  /** Set when the file is a PCM WAV read directly. */
  layout: WavPcmLayout | null;
}

/**
 * A PCM WAV the direct reader takes is described from its own header: no ffprobe process (~50 ms,
 * a sixth of a bare decode of 10 minutes). Anything else is probed.
 */
async function describe(adapter: FfmpegAdapter, file: string, options: AnalyzeOptions): Promise<Source> {
  const layout = options.decoder === 'ffmpeg' ? null : await readWavPcmLayout(file);
  if (layout) {
    const { sampleRate, channels } = layout;
    return { format: { sampleRate, channels }, codec: wavCodecName(layout), sampleRate, channels, durationSec: layout.dataBytes / layout.blockAlign / sampleRate, layout };
  }
  let probe;
  try {
    probe = await adapter.probe(file, { signal: options.signal });
  } catch (error) {
    if (error instanceof UserFacingError && error.code === 'ffmpeg.failed') throw new UserFacingError('import.not_audio', 'Not an audio file', { name: file });
    throw error;
  }
  const audio = probe.streams.find((s) => s.codec_type === 'audio');
  if (!audio) throw new UserFacingError(probe.streams.length > 0 ? 'import.no_audio_stream' : 'import.not_audio', 'No audio stream', { name: file });
  const format = pcmFormatFor(probe);
  return {
    format,
    codec: audio.codec_name ?? 'unknown',
    sampleRate: audio.sample_rate ?? format.sampleRate,
    channels: audio.channels ?? format.channels,
    durationSec: audio.duration ?? probe.format?.duration ?? null,
    layout: null,
  };
}

/**
 * Loudness, loudness range, true peak and waveform peaks from ONE decode: the same PCM chunk goes
 * to the meters and the peaks builder before the next is read. A long plain PCM WAV is measured in
 * stretches on every core; if worker threads cannot run, in this thread like everything else.
 */
async function measure(adapter: FfmpegAdapter, file: string, source: Source, options: AnalyzeOptions): Promise<MergedAnalysis> {
  const { format, layout } = source;
  if (layout) return analyzeWav(file, layout, options);
  const analyzer = new SegmentAnalyzer(format.sampleRate, format.channels, 0);
  await decodePcm(adapter, file, format, (samples) => analyzer.push(samples), { ...options, durationSec: source.durationSec });
  return mergeSegments([analyzer.result()], format.sampleRate);
}

export async function analyzeFile(adapter: FfmpegAdapter, file: string, options: AnalyzeOptions = {}): Promise<{ analysis: AudioAnalysis; peaks: PeaksFile }> {
  const size = await stat(file).then((st) => (st.isFile() ? st.size : -1), () => -1);
  if (size < 0) throw new UserFacingError('not_found', `No file ${file}`, { id: file });
  if (size === 0) throw new UserFacingError('import.empty_file', 'The file is empty', { name: file });
  const source = await describe(adapter, file, options);
  const measured = await measure(adapter, file, source, options);
  if (measured.frames === 0) throw new UserFacingError('import.truncated', 'No audio could be decoded', { name: file, reason: 'no samples' });
  return {
    analysis: {
      durationSec: measured.frames / source.format.sampleRate,
      sampleRate: source.sampleRate,
      channels: source.channels,
      codec: source.codec,
      ...measured.loudness,
    },
    peaks: measured.peaks,
  };
}
