import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { dispatch } from '../../../../../shared/api/dispatch.ts';
import type { MethodInput, MethodName, MethodOutput } from '../../../../../shared/api/contract.ts';
import { analyzeFile } from '../../../../../electron/core/audio/loudness/analyze-audio.ts';
import { createFfmpegAdapter } from '../../../../../electron/core/audio/ffmpeg/ffmpeg-adapter.ts';
import { createCore } from '../../../../../electron/core/core.ts';
import type { Core } from '../../../../../electron/core/core-types.ts';
import { makeFixtures } from '../../../../../scripts/fixtures/make-fixtures.ts';
import { useTempDirs } from '../../support/temp-dirs.ts';

// Playout renditions (issues #5, #6, #11): the edited, normalized MP3 a playout PC gets — made in the
// background for local and pack segments, remade when the edit list changes, copied by exports.

const dirs = useTempDirs('cabina-playout-');
const cores: Core[] = [];
const adapter = createFfmpegAdapter();
let fixtures = '';
beforeAll(async () => {
  fixtures = await makeFixtures();
});
afterEach(() => {
  for (const c of cores.splice(0)) c.close();
});

async function station(transport: 'cli' | 'electron', dataDir = dirs.make()): Promise<Core> {
  const core = await createCore({ dataDir, transport });
  cores.push(core);
  return core;
}

async function call<M extends MethodName>(core: Core, method: M, input: MethodInput<M>): Promise<MethodOutput<M>> {
  const r = await dispatch(core.handlers, method, input);
  if (!r.ok) throw Object.assign(new Error(r.error.message), { code: r.error.code });
  return r.value as MethodOutput<M>;
}

const cacheDir = (core: Core) => path.join(core.dataDir, 'renders', 'cache');
const playoutFiles = (core: Core) => (fs.existsSync(cacheDir(core)) ? fs.readdirSync(cacheDir(core)).filter((n) => n.includes('-playout-') && n.endsWith('.mp3')) : []);

/** Resolves when the background has made `count` playout renditions (waits on the core's event, not on time). */
function playoutReady(core: Core, count = 1): Promise<string[]> {
  const ready: string[] = [];
  return new Promise((resolve) => {
    const off = core.events.on((name, payload) => {
      if (name !== 'audio.playout_ready') return;
      ready.push((payload as { versionId: string }).versionId);
      if (ready.length >= count) {
        off();
        resolve(ready);
      }
    });
  });
}

/** Station A's pack of one segment, edited first when `op` is given (the edit travels in the audio it renders). */
async function builtPack(op?: MethodInput<'audio.edits.apply'>['op']): Promise<string> {
  const a = await station('cli');
  const seg = await call(a, 'library.import', { jobId: randomUUID(), source: { kind: 'path', path: path.join(fixtures, 'speech-es.ogg') }, originalName: 'b.ogg', title: 'Salario mínimo', languageCode: 'spa' });
  if (op) await call(a, 'audio.edits.apply', { versionId: seg.segment.primaryVersionId ?? '', op });
  const pack = path.join(dirs.make(), 'salario.cabina');
  await call(a, 'packs.build', { jobId: randomUUID(), segmentIds: [seg.segment.id], encodes: ['master'], redact: false, title: 'Salario', outPath: pack });
  return pack;
}

describe('playout renditions', () => {
  it('are made after start-up for what is about to air (pack segments, rundowns), not for every draft', async () => {
    const pack = await builtPack();
    const cli = await station('cli');
    const opened = await call(cli, 'packs.open', { jobId: randomUUID(), source: { kind: 'path', path: pack }, originalName: 'salario.cabina' });
    await call(cli, 'packs.import', { jobId: randomUUID(), openId: opened.openId, acceptPublisher: true });
    const fromPack = (await call(cli, 'library.search', {})).items[0]?.primaryVersionId;
    const importLocal = (title: string) => call(cli, 'library.import', { jobId: randomUUID(), source: { kind: 'path', path: path.join(fixtures, 'speech-es.mp3') }, originalName: `${title}.mp3`, title, languageCode: 'spa' });
    const scheduled = await importLocal('En la parrilla');
    const today = new Date().toISOString().slice(0, 10);
    const program = await call(cli, 'schedule.program.save', { title: 'Noticias', startTime: '07:00', durationMin: 30, rrule: 'FREQ=DAILY', startDate: today, languages: ['spa'] });
    const instance = (await call(cli, 'schedule.week', { from: today, days: 1 })).instances.find((i) => i.programId === program.id);
    await call(cli, 'schedule.rundown.add', { instanceId: instance?.id ?? '', kind: 'segment', segmentId: scheduled.segment.id });
    // Imported last, so it would be rendered first if drafts were caught up too.
    const draft = await call(cli, 'library.import', { jobId: randomUUID(), source: { kind: 'path', path: path.join(fixtures, 'speech-es.flac') }, originalName: 'borrador.flac', title: 'Borrador', languageCode: 'spa' });
    expect(draft.duplicateOf).toBeUndefined();
    cli.close();
    cores.splice(cores.indexOf(cli), 1);
    expect(playoutFiles(cli)).toEqual([]);

    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    let app: Core;
    let ready: Promise<string[]>;
    try {
      app = await station('electron', cli.dataDir);
      ready = playoutReady(app, 2);
      vi.advanceTimersByTime(10_000);
    } finally {
      vi.useRealTimers();
    }
    expect((await ready).sort()).toEqual([fromPack, scheduled.segment.primaryVersionId].sort());
  }, 60_000);

  it('a pack import makes each version an MP3 normalized to −18 LUFS; the export copies it instead of the original', async () => {
    const pack = await builtPack({ type: 'cut', startSec: 0.5, endSec: 1.5 });

    const b = await station('electron');
    expect(playoutFiles(b)).toEqual([]);
    const opened = await call(b, 'packs.open', { jobId: randomUUID(), source: { kind: 'path', path: pack }, originalName: 'salario.cabina' });
    const ready = playoutReady(b);
    await call(b, 'packs.import', { jobId: randomUUID(), openId: opened.openId, acceptPublisher: true });
    await ready;
    const [name] = playoutFiles(b);
    const file = path.join(cacheDir(b), name ?? '');
    const { analysis } = await analyzeFile(adapter, file);
    expect(analysis.codec).toBe('mp3');
    expect(analysis.integratedLufs ?? 0).toBeGreaterThan(-18.5);
    expect(analysis.integratedLufs ?? 0).toBeLessThan(-17.5);
    expect(analysis.truePeakDbtp ?? 0).toBeLessThanOrEqual(-1.3);

    // The schedule export with "copy the audio" ships that MP3, named for the playout PC.
    const segmentB = (await call(b, 'library.search', {})).items[0];
    expect(segmentB).toBeDefined();
    const today = new Date().toISOString().slice(0, 10);
    const program = await call(b, 'schedule.program.save', { title: 'Noticias', startTime: '07:00', durationMin: 30, rrule: 'FREQ=DAILY', startDate: today, languages: ['spa'] });
    const week = await call(b, 'schedule.week', { from: today, days: 1 });
    const instance = week.instances.find((i) => i.programId === program.id);
    expect(instance).toBeDefined();
    await call(b, 'schedule.rundown.add', { instanceId: instance?.id ?? '', kind: 'segment', segmentId: segmentB?.id ?? '' });
    const outDir = dirs.make();
    const exported = await call(b, 'schedule.export', { jobId: randomUUID(), from: today, to: today, format: 'm3u', outDir, copyAudio: true });
    const copied = fs.readdirSync(path.join(outDir, 'audio'));
    expect(copied).toHaveLength(1);
    expect(copied[0]).toMatch(/\.mp3$/);
    expect(fs.readFileSync(path.join(outDir, 'audio', copied[0] ?? ''))).toEqual(fs.readFileSync(file));
    expect(exported.files.length).toBeGreaterThan(0);

    // An edit made after the rendition makes it stale: the next export never ships the old cut.
    const oldCut = fs.readFileSync(file);
    await call(b, 'audio.edits.apply', { versionId: segmentB?.primaryVersionId ?? '', op: { type: 'fadeIn', durationSec: 1 } });
    const again = dirs.make();
    await call(b, 'schedule.export', { jobId: randomUUID(), from: today, to: today, format: 'm3u', outDir: again, copyAudio: true });
    const [second] = fs.readdirSync(path.join(again, 'audio'));
    expect(fs.readFileSync(path.join(again, 'audio', second ?? ''))).not.toEqual(oldCut);
    expect(fs.existsSync(file)).toBe(false);
  }, 60_000);

  it('a local import gets its rendition too, and an edit makes a new one in the background', async () => {
    const app = await station('electron');
    const first = playoutReady(app);
    const seg = await call(app, 'library.import', { jobId: randomUUID(), source: { kind: 'path', path: path.join(fixtures, 'speech-es.ogg') }, originalName: 'local.ogg', title: 'Local', languageCode: 'spa' });
    const versionId = seg.segment.primaryVersionId ?? '';
    expect(await first).toEqual([versionId]);
    const [before] = playoutFiles(app);
    const second = playoutReady(app);
    await call(app, 'audio.edits.apply', { versionId, op: { type: 'cut', startSec: 0.2, endSec: 1.2 } });
    await second;
    const after = playoutFiles(app);
    expect(after).toHaveLength(1);
    expect(after[0]).not.toBe(before);
  }, 60_000);
});
