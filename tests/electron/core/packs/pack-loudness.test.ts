import { spawnSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { packManifestSchema } from '../../../../shared/domain/pack-manifest.ts';
import { locateFfmpeg } from '../../../../electron/core/audio/ffmpeg/locate-ffmpeg.ts';
import { DEFAULT_LIMITS, readEntries, readSmallEntry } from '../../../../electron/core/packs/zip-entries.ts';
import { makeFixtures } from '../../../../scripts/fixtures/make-fixtures.ts';
import { callCore, useCores } from '../support/core-calls.ts';
import { useTempDirs } from '../support/temp-dirs.ts';

const dirs = useTempDirs('cabina-pack-loudness-');
const cores = useCores();
const call = callCore;
let fixtures = '';
beforeAll(async () => {
  fixtures = await makeFixtures();
});

/** ffmpeg's own ebur128 reading of a file: the independent reader the manifest is checked against. */
function ffmpegIntegrated(file: string): number {
  // ebur128 prints its summary on stderr; spawnSync keeps it.
  const run = spawnSync(locateFfmpeg().ffmpeg, ['-hide_banner', '-nostats', '-i', file, '-af', 'ebur128', '-f', 'null', '-'], { encoding: 'utf8' });
  const log = run.stderr;
  const match = /Integrated loudness:\s+I:\s+(-?[\d.]+) LUFS/.exec(log);
  if (!match?.[1]) throw new Error(`no ebur128 summary in: ${log.slice(-400)}`);
  return Number(match[1]);
}

describe('the pack manifest carries each version’s loudness (issue #16 item 3)', () => {
  it('measures what travels: the original when unedited, the edit when a gain changes it', async () => {
    const core = await cores.open(dirs.make());
    const source = path.join(fixtures, 'speech-es.mp3');
    const plain = await call(core, 'library.import', { jobId: randomUUID(), source: { kind: 'path', path: source }, originalName: 'a.mp3', title: 'Sin editar', languageCode: 'spa', regions: [] });
    const louder = await call(core, 'library.import', { jobId: randomUUID(), source: { kind: 'path', path: path.join(fixtures, 'speech-es.ogg') }, originalName: 'b.ogg', title: 'Con ganancia', languageCode: 'spa', regions: [] });
    const edited = await call(core, 'segments.get', { id: louder.segment.id });
    const versionId = edited.versions[0]?.id ?? '';
    await call(core, 'audio.edits.apply', { versionId, op: { type: 'gain', startSec: 0, endSec: 86_400, db: -6 } });
    const out = path.join(dirs.make(), 'loudness.cabina');
    await call(core, 'packs.build', { jobId: randomUUID(), segmentIds: [plain.segment.id, louder.segment.id], encodes: ['master'], redact: true, title: 'Volumen', outPath: out });

    const { zip, entries } = await readEntries(out, DEFAULT_LIMITS);
    const bytes = await readSmallEntry(zip, entries.get('manifest.json')!.entry, 1e7, () => new Error('big'));
    zip.close();
    const manifest = packManifestSchema.parse(JSON.parse(bytes.toString('utf8')));
    const byTitle = new Map(manifest.segments.map((s) => [s.title, s.versions[0]?.loudness ?? null]));
    const unedited = byTitle.get('Sin editar');
    const withGain = byTitle.get('Con ganancia');
    expect(unedited).not.toBeNull();
    expect(withGain).not.toBeNull();
    expect(Math.abs((unedited?.integrated ?? 0) - ffmpegIntegrated(source))).toBeLessThan(0.5);
    // The edit's −6 dB is in the manifest: the level of what airs, not of the original.
    const originalOgg = ffmpegIntegrated(path.join(fixtures, 'speech-es.ogg'));
    expect(Math.abs((withGain?.integrated ?? 0) - (originalOgg - 6))).toBeLessThan(0.5);
    expect(withGain?.truePeak).toBeLessThan(0);
  });
});
