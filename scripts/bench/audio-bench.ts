// Audio engine benchmark (issue #3), on the same generated 10-minute and 60-minute speech WAVs:
// bare `ffmpeg -f null` decode (the floor), our one-pass analysis (goal ≤ 2× the decode; files of
// 30 minutes and more also use a worker thread per spare core, parallel-analysis.ts), and our
// normalize against ffmpeg's two-pass loudnorm to the same target (goal ≥ 10× faster, issue #16). Decode and
// analysis are also measured on a 128 kb/s MP3 of the same speech: stations mostly exchange MP3,
// and it takes the ffmpeg path (a PCM WAV is read directly, wav-pcm-reader.ts).
import { execFileSync } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { analyzeFile } from '../../electron/core/audio/loudness/analyze-audio.ts';
import { createFfmpegAdapter, type FfmpegAdapter } from '../../electron/core/audio/ffmpeg/ffmpeg-adapter.ts';
import { normalizeFile } from '../../electron/core/audio/loudness/normalize.ts';
import { OnePassMeter } from '../../electron/core/audio/dsp/one-pass-meter.ts';
import { readWavPcm, readWavPcmLayout } from '../../electron/core/audio/wav/wav-pcm-reader.ts';
import { runWaveformBench } from './waveform-bench.ts';

const TARGET = -18;
const RUNS = 3;
const CEILING = -1.5;
const SENTENCES = [
  'Buenos días, les saluda la radio comunitaria de la Montaña.',
  'Antes de salir a trabajar al norte, pida su contrato por escrito y guarde una copia.',
  'Nadie puede quedarse con sus documentos. Si eso pasa, llame a la línea de apoyo.',
  'Hoy hablamos con una jornalera que regresó de Sinaloa sobre sus derechos laborales.',
];

/** Speech from espeak-ng, repeated by sox to `minutes`, as 48 kHz stereo 16-bit WAV. */
function makeSpeech(dir: string, minutes: number): string {
  const one = join(dir, 'one.wav');
  execFileSync('espeak-ng', ['-v', 'es', '-s', '150', '-w', one, SENTENCES.join(' ')]);
  const seconds = Number(execFileSync('soxi', ['-D', one]).toString().trim());
  const out = join(dir, `speech-${minutes}min.wav`);
  const repeats = Math.ceil((minutes * 60) / seconds) - 1;
  execFileSync('sox', [one, '-r', '48000', '-c', '2', '-b', '16', out, 'repeat', String(repeats), 'trim', '0', String(minutes * 60)]);
  return out;
}

async function timed<T>(work: () => Promise<T>): Promise<{ seconds: number; value: T }> {
  const start = performance.now();
  const value = await work();
  return { seconds: (performance.now() - start) / 1000, value };
}

async function loudnormTwoPass(ff: FfmpegAdapter, input: string, output: string): Promise<number | null> {
  const filter = `loudnorm=I=${TARGET}:TP=${CEILING}:LRA=11`;
  const first = await ff.runFfmpeg(['-v', 'info', '-i', input, '-af', `${filter}:print_format=json`, '-f', 'null', '-']);
  const json = first.stderr.join('\n').match(/\{[^{}]*"input_i"[^{}]*\}/)?.[0];
  if (!json) throw new Error('loudnorm printed no measurement');
  const m = JSON.parse(json) as Record<string, string>;
  const second = `${filter}:measured_I=${m.input_i}:measured_TP=${m.input_tp}:measured_LRA=${m.input_lra}:measured_thresh=${m.input_thresh}:offset=${m.target_offset}:linear=true:print_format=json`;
  const run = await ff.runFfmpeg(['-v', 'info', '-i', input, '-af', second, '-ar', '48000', '-c:a', 'pcm_s16le', output]);
  const out = run.stderr.join('\n').match(/\{[^{}]*"output_i"[^{}]*\}/)?.[0];
  return out ? Number((JSON.parse(out) as Record<string, string>).output_i) : null;
}

const round = (v: number, d = 2) => Math.round(v * 10 ** d) / 10 ** d;

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? Number.NaN;

/**
 * Bare decode, then our analysis, of one file, RUNS times in turn (this VM's timings wander by
 * ±20 % from one second to the next): the medians, and the first run on its own, when this
 * process's JIT has not yet seen the meters (a station's first analysis after start-up).
 */
async function decodeVsAnalysis(ff: FfmpegAdapter, input: string) {
  const bare: number[] = [];
  const ours: number[] = [];
  let measured = null as Awaited<ReturnType<typeof analyzeFile>>['analysis'] | null;
  for (let run = 0; run < RUNS; run += 1) {
    bare.push((await timed(() => ff.runFfmpeg(['-v', 'error', '-i', input, '-f', 'null', '-']))).seconds);
    const analysis = await timed(() => analyzeFile(ff, input));
    ours.push(analysis.seconds);
    measured = analysis.value.analysis;
  }
  const a = measured as NonNullable<typeof measured>;
  return {
    bareDecodeSec: round(median(bare)),
    analysisSec: round(median(ours)),
    analysisOverDecode: round(median(ours) / median(bare)),
    analysisGoal: '≤ 2× decode',
    firstRun: { bareDecodeSec: round(bare[0] ?? 0), analysisSec: round(ours[0] ?? 0), analysisOverDecode: round((ours[0] ?? 0) / (bare[0] ?? 1)) },
    runs: RUNS,
    measured: { integratedLufs: round(a.integratedLufs ?? 0, 1), lra: round(a.loudnessRangeLu, 1), truePeakDbtp: round(a.truePeakDbtp ?? 0, 1) },
  };
}

/**
 * The bound of the WAV analysis (issue #16): the meters alone (K-weighting, true peak, peaks) on
 * PCM already in memory, in the chunks the reader hands over: no file, no conversion. Its ratio to
 * the bare decode is what one thread cannot go below. Measured as it runs (stereo kernel and
 * true-peak scan in WebAssembly SIMD) and, for comparison, with the scalar true-peak scan, then all
 * scalar (the scalar meters alone were 2.5× the decode). The scalar variants run here somewhat
 * slower than they would alone: in one process the scan's call site sees both forms of the scan.
 */
async function metersAlone(input: string, bareDecodeSec: number) {
  const layout = await readWavPcmLayout(input);
  if (!layout) throw new Error(`${input} is not a WAV the reader takes`);
  const chunks: Float32Array[] = [];
  await readWavPcm(input, layout, (samples) => chunks.push(samples.slice()));
  const variants = { simd: {}, scalarTruePeak: { truePeakSimd: false }, scalar: { simd: false } } as const;
  const times = { simd: [] as number[], scalarTruePeak: [] as number[], scalar: [] as number[] };
  // In turn, so that the machine's load wanders over all three alike.
  for (let run = 0; run < RUNS; run += 1) {
    for (const variant of ['simd', 'scalarTruePeak', 'scalar'] as const) {
      const meter = new OnePassMeter(layout.sampleRate, layout.channels, variants[variant]);
      times[variant].push((await timed(async () => chunks.forEach((chunk) => meter.push(chunk)))).seconds);
    }
  }
  return {
    metersAloneSec: round(median(times.simd)),
    metersAloneOverDecode: round(median(times.simd) / bareDecodeSec),
    scalarTruePeakMetersSec: round(median(times.scalarTruePeak)),
    scalarTruePeakOverDecode: round(median(times.scalarTruePeak) / bareDecodeSec),
    scalarKernelMetersSec: round(median(times.scalar)),
    scalarKernelOverDecode: round(median(times.scalar) / bareDecodeSec),
  };
}

export async function runAudioBench(options: { minutes?: number[]; waveform?: boolean } = {}) {
  const ff = createFfmpegAdapter();
  const dir = await mkdtemp(join(tmpdir(), 'cabina-audio-bench-'));
  const files = [];
  try {
    for (const minutes of options.minutes ?? [10, 60]) {
      const input = makeSpeech(dir, minutes);
      const mp3 = join(dir, `speech-${minutes}min.mp3`);
      await ff.runFfmpeg(['-v', 'error', '-i', input, '-c:a', 'libmp3lame', '-b:a', '128k', mp3]);
      const wav = await decodeVsAnalysis(ff, input);
      const bound = await metersAlone(input, wav.bareDecodeSec);
      const mp3Run = await decodeVsAnalysis(ff, mp3);
      const ours = await timed(() => normalizeFile(ff, input, join(dir, `ours-${minutes}.wav`), { targetLufs: TARGET, ceilingDbtp: CEILING }));
      const loudnorm = await timed(() => loudnormTwoPass(ff, input, join(dir, `loudnorm-${minutes}.wav`)));
      const loudnormMeasured = (await analyzeFile(ff, join(dir, `loudnorm-${minutes}.wav`))).analysis;
      files.push({
        minutes,
        ...wav,
        bound,
        mp3: mp3Run,
        normalizeSec: round(ours.seconds),
        loudnormTwoPassSec: round(loudnorm.seconds),
        normalizeSpeedup: round(loudnorm.seconds / ours.seconds, 1),
        normalizeGoal: '≥ 10× faster than two-pass loudnorm (issue #16)',
        result: {
          ours: { integratedLufs: round(ours.value.after.integratedLufs ?? 0, 2), truePeakDbtp: round(ours.value.after.truePeakDbtp ?? 0, 2), limited: ours.value.limited },
          loudnorm: { integratedLufs: round(loudnormMeasured.integratedLufs ?? 0, 2), truePeakDbtp: round(loudnormMeasured.truePeakDbtp ?? 0, 2), reported: loudnorm.value },
        },
      });
    }
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
  const waveform3h = options.waveform === false ? null : await runWaveformBench();
  return { target: { integratedLufs: TARGET, truePeakDbtp: CEILING }, files, waveform3h };
}

if (import.meta.url === pathToFileURL(resolve(process.argv[1] ?? '')).href) {
  const minutes = process.argv.slice(2).map(Number).filter((n) => n > 0);
  process.stdout.write(`${JSON.stringify(await runAudioBench(minutes.length > 0 ? { minutes, waveform: false } : {}), null, 2)}\n`);
}
