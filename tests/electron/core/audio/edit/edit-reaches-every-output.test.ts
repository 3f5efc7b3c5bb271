import { createHash, randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { analyzeFile } from '../../../../../electron/core/audio/loudness/analyze-audio.ts';
import { createFfmpegAdapter } from '../../../../../electron/core/audio/ffmpeg/ffmpeg-adapter.ts';
import type { Core } from '../../../../../electron/core/core-types.ts';
import { readPack } from '../../../../../electron/core/packs/pack-reader.ts';
import { makeFixtures } from '../../../../../scripts/fixtures/make-fixtures.ts';
import { callCore as call } from '../../support/core-calls.ts';
import { exportDayWithAudio, scheduleOnDay, useStations } from '../../support/on-air-day.ts';
import { useTempDir } from '../../support/temp-dirs.ts';

// Issue #11, "the edited version is the one that airs": one edit made in Editar, followed through
// every room its audio leaves by — Library, rundown, Al aire, exports, the media URL, a pack, and
// another station that imports that pack and exports it again.

// One folder for the whole file: the stations live across its tests, like a real week.
const root = useTempDir('cabina-edit-path-', 'all');
const adapter = createFfmpegAdapter();
const DAY = '2026-03-09';
// 08:00 in Mexico City on that day: the 07:00 program is on air.
const stations = useStations(() => root.path, () => new Date('2026-03-09T14:00:00Z'));
const dirs = { make: stations.folder };
const station = stations.station;
let fixtures = '';

beforeAll(async () => {
  fixtures = await makeFixtures();
});

const sha = (file: string) => createHash('sha256').update(fs.readFileSync(file)).digest('hex');
const measuredSec = async (file: string) => (await analyzeFile(adapter, file)).analysis.durationSec;
const scheduleToday = (core: Core, segmentId: string) => scheduleOnDay(core, segmentId, DAY);
const exportWithAudio = (core: Core, format: 'm3u' | 'zara') => exportDayWithAudio(core, DAY, format, dirs.make());

describe('an edit made in Editar reaches every output', () => {
  let a: Core;
  let segmentId = '';
  let versionId = '';
  let original = '';
  let editedSec = 0;
  let originalSec = 0;

  beforeAll(async () => {
    a = await station();
    original = path.join(fixtures, 'speech-es.ogg');
    const imported = await call(a, 'library.import', { jobId: randomUUID(), source: { kind: 'path', path: original }, originalName: 'salario.ogg', title: 'Salario mínimo', languageCode: 'spa' });
    segmentId = imported.segment.id;
    versionId = imported.segment.primaryVersionId ?? '';
    originalSec = (await call(a, 'audio.analysis', { versionId })).analysis.durationSec;
    await call(a, 'audio.edits.apply', { versionId, op: { type: 'cut', startSec: 0.5, endSec: 1.5 } });
    const faded = await call(a, 'audio.edits.apply', { versionId, op: { type: 'fadeIn', durationSec: 0.3 } });
    editedSec = faded.timeline.durationSec;
  }, 60_000);

  it('the Library, the segment and the rundown give the edited length', async () => {
    expect(editedSec).toBeCloseTo(originalSec - 1, 2);
    const row = (await call(a, 'library.search', {})).items.find((s) => s.id === segmentId);
    expect(row?.durationSec).toBeCloseTo(editedSec, 2);
    const segment = await call(a, 'segments.get', { id: segmentId });
    expect(segment.versions[0]?.durationSec).toBeCloseTo(editedSec, 2);
    expect(segment.versions[0]?.asset.durationSec).toBeCloseTo(originalSec, 1);
    const rundown = await scheduleToday(a, segmentId);
    expect(rundown.items[0]?.durationSec).toBeCloseTo(editedSec, 2);
    const today = await call(a, 'onair.today', {});
    expect(today.rundowns[0]?.items[0]?.durationSec).toBeCloseTo(editedSec, 2);
  });

  it('exports with "copy the audio" ship the edit, not the untouched original', async () => {
    const m3u = await exportWithAudio(a, 'm3u');
    expect(m3u.audio).toHaveLength(1);
    const shipped = m3u.audio[0] ?? '';
    expect(sha(shipped)).not.toBe(sha(original));
    expect(await measuredSec(shipped)).toBeCloseTo(editedSec, 1);
    // ZaraRadio's .lst carries the edited length in milliseconds.
    const zara = await exportWithAudio(a, 'zara');
    const ms = Number(zara.list.split('\r\n')[1]?.split('\t')[0]);
    expect(Math.abs(ms - editedSec * 1000)).toBeLessThan(100);
  });

  it('Al aire plays the version as it airs through the media URL', async () => {
    const response = await a.media(new Request('http://127.0.0.1/media/version/x'), versionId);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('audio/mpeg');
    const played = path.join(dirs.make(), 'played.mp3');
    fs.writeFileSync(played, Buffer.from(await response.arrayBuffer()));
    expect(await measuredSec(played)).toBeCloseTo(editedSec, 1);
  });

  it('a pack carries the original with its edit list and an edited rendition; another station airs the edit and can re-edit', async () => {
    const packFile = path.join(dirs.make(), 'salario.cabina');
    await call(a, 'packs.build', { jobId: randomUUID(), segmentIds: [segmentId], encodes: ['master'], redact: false, title: 'Salario', outPath: packFile });
    const { manifest } = await readPack(packFile);
    const carried = manifest.segments[0]?.versions[0];
    expect(carried?.durationSec).toBeCloseTo(editedSec, 2);
    expect(carried?.edits?.ops.map((o) => o.type)).toEqual(['cut', 'fadeIn']);
    expect(carried?.audio.map((x) => x.role).sort()).toEqual(['master', 'playout']);
    expect(carried?.audio.find((x) => x.role === 'master')?.sha256).toBe(sha(original));

    const b = await station();
    const opened = await call(b, 'packs.open', { jobId: randomUUID(), source: { kind: 'path', path: packFile }, originalName: 'salario.cabina' });
    await call(b, 'packs.import', { jobId: randomUUID(), openId: opened.openId, acceptPublisher: true });
    const segmentB = (await call(b, 'library.search', {})).items[0];
    const versionB = segmentB?.primaryVersionId ?? '';
    const edits = await call(b, 'audio.edits.get', { versionId: versionB });
    expect(edits.edits.ops).toEqual((await call(a, 'audio.edits.get', { versionId })).edits.ops);
    expect(edits.timeline.durationSec).toBeCloseTo(editedSec, 2);
    expect(segmentB?.durationSec).toBeCloseTo(editedSec, 2);

    await scheduleToday(b, segmentB?.id ?? '');
    const shipped = (await exportWithAudio(b, 'm3u')).audio[0] ?? '';
    expect(await measuredSec(shipped)).toBeCloseTo(editedSec, 1);
    // Re-editing at the receiving station changes what it airs.
    const trimmed = await call(b, 'audio.edits.apply', { versionId: versionB, op: { type: 'trim', startSec: 0, endSec: editedSec - 0.5 } });
    expect(trimmed.timeline.durationSec).toBeCloseTo(editedSec - 0.5, 2);
    const again = (await exportWithAudio(b, 'm3u')).audio[0] ?? '';
    expect(await measuredSec(again)).toBeCloseTo(editedSec - 0.5, 1);
  }, 90_000);

  it('an edit with a jingle travels as its rendered master (the jingle file is not in the pack)', async () => {
    const jingle = await call(a, 'library.import', { jobId: randomUUID(), source: { kind: 'path', path: path.join(fixtures, 'tone-1k.wav') }, originalName: 'cortinilla.wav', title: 'Cortinilla' });
    const jingleSec = (await call(a, 'audio.analysis', { versionId: jingle.segment.primaryVersionId ?? '' })).analysis.durationSec;
    await call(a, 'audio.edits.apply', { versionId, op: { type: 'insert', position: 'intro', assetId: jingle.segment.primaryAssetId ?? '', durationSec: jingleSec } });
    const packFile = path.join(dirs.make(), 'con-cortinilla.cabina');
    await call(a, 'packs.build', { jobId: randomUUID(), segmentIds: [segmentId], encodes: ['master', 'opus'], redact: false, title: 'Salario', outPath: packFile });
    const carried = (await readPack(packFile)).manifest.segments[0]?.versions[0];
    expect(carried?.edits).toBeUndefined();
    expect(carried?.durationSec).toBeCloseTo(editedSec + jingleSec, 1);
    expect(carried?.audio.find((x) => x.role === 'master')?.container).toBe('wav');
    await call(a, 'audio.edits.undo', { versionId });
  }, 90_000);
});
