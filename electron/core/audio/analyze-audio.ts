import { stat } from 'node:fs/promises';
import { UserFacingError } from '../../../shared/api/errors.ts';
import type { FfmpegAdapter } from './ffmpeg-adapter.ts';
import { LoudnessMeter } from './loudness-meter.ts';
import { decodeForAnalysis, pcmFormatFor, type AnalysisDecoder, type DecodeOptions } from './pcm-stream.ts';
import { PeaksBuilder, type PeaksFile } from './peaks-file.ts';

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

/**
 * Loudness, loudness range, true peak and waveform peaks from ONE decode: the same PCM chunk goes
 * to the meter and the peaks builder before the next is read.
 */
export async function analyzeFile(
  adapter: FfmpegAdapter,
  file: string,
  options: Omit<DecodeOptions, 'durationSec'> & { decoder?: AnalysisDecoder } = {},
): Promise<{ analysis: AudioAnalysis; peaks: PeaksFile }> {
  const size = await stat(file).then((st) => (st.isFile() ? st.size : -1), () => -1);
  if (size < 0) throw new UserFacingError('not_found', `No file ${file}`, { id: file });
  if (size === 0) throw new UserFacingError('import.empty_file', 'The file is empty', { name: file });
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
  const meter = new LoudnessMeter(format.sampleRate, format.channels);
  const peaks = new PeaksBuilder(format.sampleRate, format.channels);
  const decoded = await decodeForAnalysis(
    adapter,
    file,
    format,
    (samples) => {
      meter.push(samples);
      peaks.push(samples);
    },
    { ...options, durationSec: audio.duration ?? probe.format?.duration ?? null },
  );
  if (decoded.frames === 0) throw new UserFacingError('import.truncated', 'No audio could be decoded', { name: file, reason: 'no samples' });
  const loudness = meter.result();
  return {
    analysis: {
      durationSec: decoded.frames / format.sampleRate,
      sampleRate: audio.sample_rate ?? format.sampleRate,
      channels: audio.channels ?? format.channels,
      codec: audio.codec_name ?? 'unknown',
      ...loudness,
    },
    peaks: peaks.finish(),
  };
}
