// The packs bench's listening check (issue #16): does a distribution encode still sound like the
// speech it came from? Level (EBU R128 integrated, ffmpeg's ebur128) and octave-band levels from
// 125 Hz to 8 kHz of the decoded encode against the source. A phone speaker plays roughly
// 300 Hz–8 kHz: those bands within a decibel or two, and the whole within half a LU, say "the same
// voice"; a band far down says the codec cut it.
import { spawnSync } from 'node:child_process';
import { locateFfmpeg } from '../../electron/core/audio/ffmpeg/locate-ffmpeg.ts';

const OCTAVES = [125, 250, 500, 1000, 2000, 4000, 8000];

/** ffmpeg prints its measures on stderr. */
function stderrOf(file: string, filter: string): string {
  const r = spawnSync(locateFfmpeg().ffmpeg, ['-hide_banner', '-nostats', '-i', file, '-af', filter, '-f', 'null', '-'], { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`listening check: ffmpeg ${filter} on ${file}: ${r.stderr.slice(-300)}`);
  return r.stderr;
}

function integratedLufs(file: string): number {
  const match = /I:\s+(-?[\d.]+) LUFS\s*\n\s*Threshold/.exec(stderrOf(file, 'ebur128'));
  return match ? Number(match[1]) : Number.NaN;
}

function bandDb(file: string, centreHz: number): number {
  const lo = Math.round(centreHz / Math.SQRT2);
  const hi = Math.round(centreHz * Math.SQRT2);
  const text = stderrOf(file, `aresample=48000,aformat=channel_layouts=mono,highpass=f=${lo}:poles=2,highpass=f=${lo}:poles=2,lowpass=f=${hi}:poles=2,lowpass=f=${hi}:poles=2,astats`);
  const match = /Overall[\s\S]*?RMS level dB:\s+(-?[\d.]+|-inf)/.exec(text);
  return match && match[1] !== '-inf' ? Number(match[1]) : -120;
}

export interface ListeningCheck {
  loudnessDifferenceLu: number;
  /** Encode minus source, dB per octave band centre. */
  octaveDifferenceDb: Record<string, number>;
  /** Largest difference in the phone-speaker bands (250 Hz–4 kHz centres: 177 Hz–5.7 kHz). */
  worstPhoneBandDb: number;
  soundsLikeTheSource: boolean;
}

export function listeningCheck(source: string, encoded: string): ListeningCheck {
  const round = (n: number) => Math.round(n * 100) / 100;
  const loudness = integratedLufs(encoded) - integratedLufs(source);
  const octaveDifferenceDb: Record<string, number> = {};
  for (const hz of OCTAVES) octaveDifferenceDb[`${hz}Hz`] = round(bandDb(encoded, hz) - bandDb(source, hz));
  const phone = [250, 500, 1000, 2000, 4000].map((hz) => Math.abs(octaveDifferenceDb[`${hz}Hz`] ?? 99));
  const worstPhoneBandDb = round(Math.max(...phone));
  return { loudnessDifferenceLu: round(loudness), octaveDifferenceDb, worstPhoneBandDb, soundsLikeTheSource: Math.abs(loudness) <= 0.5 && worstPhoneBandDb <= 2 };
}
