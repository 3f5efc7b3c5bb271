import { spawnSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { locateFfmpeg } from '../../../../../electron/core/audio/ffmpeg/locate-ffmpeg.ts';
import { makeFixtures } from '../../../../../scripts/fixtures/make-fixtures.ts';
import { callCore, useCores } from '../../support/core-calls.ts';
import { useTempDirs } from '../../support/temp-dirs.ts';

/*
 * Issue #16 item 2: a mono source stays mono through every render, and each format lands on the
 * normalize target. Checked with ffprobe (channels) and ffmpeg's ebur128 (loudness), not our meter.
 */

const dirs = useTempDirs('cabina-render-channels-');
const cores = useCores();
let fixtures = '';
beforeAll(async () => {
  fixtures = await makeFixtures();
});

function measure(file: string): { channels: number; lufs: number } {
  const { ffmpeg, ffprobe } = locateFfmpeg();
  const probe = spawnSync(ffprobe, ['-v', 'error', '-select_streams', 'a:0', '-show_entries', 'stream=channels', '-of', 'csv=p=0', file], { encoding: 'utf8' });
  const loud = spawnSync(ffmpeg, ['-hide_banner', '-nostats', '-i', file, '-af', 'ebur128', '-f', 'null', '-'], { encoding: 'utf8' });
  const match = /Integrated loudness:\s+I:\s+(-?[\d.]+) LUFS/.exec(loud.stderr);
  return { channels: Number(probe.stdout.trim()), lufs: Number(match?.[1] ?? Number.NaN) };
}

describe('renders keep the source’s channels (issue #16 item 2)', () => {
  it.each(['master', 'mp3', 'opus'] as const)('a mono voice note rendered to %s with normalize: mono, on target', async (format) => {
    const core = await cores.open(dirs.make());
    const imported = await callCore(core, 'library.import', { jobId: randomUUID(), source: { kind: 'path', path: path.join(fixtures, 'speech-es.ogg') }, originalName: 'nota.ogg', title: 'Nota de voz', languageCode: 'spa', regions: [] });
    const versionId = (await callCore(core, 'segments.get', { id: imported.segment.id })).versions[0]?.id ?? '';
    await callCore(core, 'audio.edits.apply', { versionId, op: { type: 'normalize', targetLufs: -16, ceilingDbtp: -1.5 } });
    const out = path.join(dirs.make(), `nota.${format === 'master' ? 'wav' : format === 'mp3' ? 'mp3' : 'ogg'}`);
    await callCore(core, 'audio.render', { jobId: randomUUID(), versionId, format, out });
    const got = measure(out);
    expect(got.channels).toBe(1);
    // Was 3.3 LU short for Opus: up-mixed to stereo at −3 dB, then averaged back to mono.
    expect(Math.abs(got.lufs - -16)).toBeLessThan(0.5);
  });

  it('a mono voice with no normalize keeps its level in every format', async () => {
    const core = await cores.open(dirs.make());
    const source = path.join(fixtures, 'speech-es.ogg');
    const imported = await callCore(core, 'library.import', { jobId: randomUUID(), source: { kind: 'path', path: source }, originalName: 'nota.ogg', title: 'Sin normalizar', languageCode: 'spa', regions: [] });
    const versionId = (await callCore(core, 'segments.get', { id: imported.segment.id })).versions[0]?.id ?? '';
    await callCore(core, 'audio.edits.apply', { versionId, op: { type: 'fadeIn', durationSec: 0.1 } });
    const original = measure(source);
    for (const format of ['master', 'mp3', 'opus'] as const) {
      const out = path.join(dirs.make(), `plain.${format === 'master' ? 'wav' : format === 'mp3' ? 'mp3' : 'ogg'}`);
      await callCore(core, 'audio.render', { jobId: randomUUID(), versionId, format, out });
      const got = measure(out);
      expect(got.channels, format).toBe(1);
      expect(Math.abs(got.lufs - original.lufs), format).toBeLessThan(0.5);
    }
  });
});
