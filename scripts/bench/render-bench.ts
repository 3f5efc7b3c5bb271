// Long renders (issue #11, requirement 11): a normalized 20-minute speech render to Opus against the
// MP3 render of the same file and the same edit list, measured in the same run (goal: Opus ≤ 2× MP3).
// Each render goes through renderTimeline, the function the CLI, the API job and playout call.
import { execFileSync } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { createFfmpegAdapter } from '../../electron/core/audio/ffmpeg/ffmpeg-adapter.ts';
import { renderTimeline, type RenderFormat } from '../../electron/core/audio/edit/render.ts';
import type { Timeline } from '../../electron/core/audio/edit/edit-list.ts';

const TARGET = -16;
const CEILING = -1.5;
const SPEECH = 'Antes de salir a trabajar al norte, pida su contrato por escrito y guarde una copia. Nadie puede quedarse con sus documentos.';

const round = (v: number, d = 2) => Math.round(v * 10 ** d) / 10 ** d;

/** espeak-ng speech looped by sox to `minutes`, 48 kHz stereo 16-bit (no random dither). */
function makeSpeech(dir: string, minutes: number): string {
  const one = join(dir, 'one.wav');
  execFileSync('espeak-ng', ['-v', 'es', '-s', '150', '-w', one, SPEECH]);
  const seconds = Number(execFileSync('soxi', ['-D', one]).toString().trim());
  const out = join(dir, `speech-${minutes}min.wav`);
  execFileSync('sox', ['-D', one, '-r', '48000', '-c', '2', '-b', '16', out, 'repeat', String(Math.ceil((minutes * 60) / seconds) - 1), 'trim', '0', String(minutes * 60)]);
  return out;
}

export async function runRenderBench(options: { minutes?: number } = {}) {
  const minutes = options.minutes ?? 20;
  const ff = createFfmpegAdapter();
  const dir = await mkdtemp(join(tmpdir(), 'cabina-render-bench-'));
  try {
    const input = makeSpeech(dir, minutes);
    const durationSec = minutes * 60;
    const timeline: Timeline = {
      pieces: [{ assetId: null, inSec: 0, outSec: durationSec }],
      gains: [],
      bleeps: [],
      fadeInSec: 0.5,
      fadeOutSec: 0.5,
      markers: [],
      normalize: { targetLufs: TARGET, ceilingDbtp: CEILING },
      durationSec,
    };
    const render = async (format: RenderFormat) => {
      const start = performance.now();
      const result = await renderTimeline(ff, {
        originalPath: input,
        assetPaths: new Map(),
        timeline,
        format,
        out: join(dir, `out.${format}`),
        metadata: { title: 'Bench', producer: 'Cabina', languageCode: 'spa', validFrom: null, validUntil: null, segmentId: 's', versionId: 'v', description: '' },
        now: new Date(0),
        appVersion: 'bench',
      });
      const seconds = (performance.now() - start) / 1000;
      return { seconds: round(seconds), integratedLufs: round(result.analysis.integratedLufs ?? 0), truePeakDbtp: round(result.analysis.truePeakDbtp ?? 0) };
    };
    const mp3 = await render('mp3');
    const opus = await render('opus');
    return { minutes, target: { integratedLufs: TARGET, truePeakDbtp: CEILING }, mp3, opus, opusOverMp3: round(opus.seconds / mp3.seconds), goal: 'opus ≤ 2× mp3' };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

if (import.meta.url === pathToFileURL(resolve(process.argv[1] ?? '')).href) {
  const minutes = Number(process.argv[2]);
  process.stdout.write(`${JSON.stringify(await runRenderBench(minutes > 0 ? { minutes } : {}), null, 2)}\n`);
}
