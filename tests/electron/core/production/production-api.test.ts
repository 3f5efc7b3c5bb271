import { randomUUID } from 'node:crypto';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { makeFixtures } from '../../../../scripts/fixtures/make-fixtures.ts';
import { callCore as call, useCores } from '../support/core-calls.ts';
import { useTempDirs } from '../support/temp-dirs.ts';

// Issue #14 §1 through the API the UI uses: an imported segment gets a script and a Mixteco task,
// the board shows it, every change is announced, and bad input is refused by the contract.
const dirs = useTempDirs('cabina-production-api-');
const cores = useCores();
let fixtures = '';
beforeAll(async () => {
  fixtures = await makeFixtures();
});

describe('Producción through the API (issue #14 §1)', () => {
  it('script → task → board, with production.changed events', async () => {
    const core = await cores.open(dirs.make());
    const imported = await call(core, 'library.import', { jobId: randomUUID(), source: { kind: 'path', path: path.join(fixtures, 'speech-es.mp3') }, originalName: 'derechos.mp3', languageCode: 'spa' });
    const segmentId = imported.segment.id;
    const events: string[][] = [];
    core.events.subscribe('production.changed', (e) => events.push(e.segmentIds));

    expect(await call(core, 'production.board', {})).toMatchObject({ languages: [], total: 1, rows: [{ segmentId, revision: null, tasks: {} }] });
    await call(core, 'production.script.save', { segmentId, languageCode: 'spa', text: 'Pide tu contrato por escrito.' });
    const task = await call(core, 'production.task.save', { segmentId, languageCode: 'mjc', assignee: 'Doña Rosa', translation: 'Kuni tutu' });
    await call(core, 'production.task.move', { taskId: task.id, to: 'translated' });

    const board = await call(core, 'production.board', { reached: { languageCode: 'mjc', status: 'translated' } });
    expect(board.languages.sort()).toEqual(['mjc', 'spa']);
    expect(board.rows[0]?.tasks.mjc).toMatchObject({ status: 'translated', assignee: 'Doña Rosa', outdated: false });
    const script = await call(core, 'production.script.get', { segmentId });
    expect(script.revisions.map((r) => r.revision)).toEqual([1]);
    expect(script.tasks.map((t) => t.languageCode).sort()).toEqual(['mjc', 'spa']);
    expect(events).toEqual([[segmentId], [segmentId], [segmentId]]);

    // The diff is empty until the script changes; then it names the change.
    expect((await call(core, 'production.task.diff', { taskId: task.id })).parts).toEqual([]);
    await call(core, 'production.script.save', { segmentId, languageCode: 'spa', text: 'Pide siempre tu contrato por escrito.' });
    const diff = await call(core, 'production.task.diff', { taskId: task.id });
    expect(diff).toMatchObject({ from: 1, to: 2 });
    expect(diff.parts.filter((p) => p.kind === 'added').map((p) => p.text.trim())).toEqual(['siempre']);

    await expect(call(core, 'production.task.save', { segmentId, languageCode: 'Mixteco' })).rejects.toMatchObject({ code: 'invalid_input' });
    await expect(call(core, 'production.task.move', { taskId: task.id, to: 'approved' })).rejects.toMatchObject({ code: 'production.bad_move' });
    expect(await call(core, 'production.task.delete', { taskId: task.id })).toEqual({ deleted: true });
    expect(await call(core, 'production.task.delete', { taskId: task.id })).toEqual({ deleted: false });
  });

  it('a take recorded in Grabar for a translated task marks it recorded with that version; an outdated one waits', async () => {
    const core = await cores.open(dirs.make());
    const imported = await call(core, 'library.import', { jobId: randomUUID(), source: { kind: 'path', path: path.join(fixtures, 'speech-es.mp3') }, originalName: 'vivienda.mp3', languageCode: 'spa' });
    const segmentId = imported.segment.id;
    await call(core, 'production.script.save', { segmentId, languageCode: 'spa', text: 'Tienes derecho a una vivienda digna.' });
    const mjc = await call(core, 'production.task.save', { segmentId, languageCode: 'mjc', translation: 'Vivienda, texto en mixteco' });
    await call(core, 'production.task.move', { taskId: mjc.id, to: 'translated' });
    const nhe = await call(core, 'production.task.save', { segmentId, languageCode: 'nhe', translation: 'Vivienda, texto en náhuatl' });
    await call(core, 'production.task.move', { taskId: nhe.id, to: 'translated' });
    await call(core, 'production.script.save', { segmentId, languageCode: 'spa', text: 'Tienes derecho a una vivienda digna y segura.' });
    // Only the Mixteco translation was looked at again after the change.
    await call(core, 'production.task.move', { taskId: mjc.id, to: 'translated' });

    const recordTake = async (languageCode: string) => {
      const take = await call(core, 'recording.start', { target: { kind: 'existing', segmentId }, languageCode, sampleRate: 16_000, channels: 1 });
      const pcm = new Uint8Array(new Int16Array(8000).map((_, i) => Math.round(8000 * Math.sin(i / 5))).buffer);
      for (let i = 0; i < 4; i += 1) await call(core, 'recording.appendChunk', { id: take.id, offset: i * pcm.length, pcm });
      return call(core, 'recording.stop', { id: take.id, jobId: randomUUID() });
    };
    const takeMjc = await recordTake('mjc');
    await recordTake('nhe');
    const tasks = new Map((await call(core, 'production.script.get', { segmentId })).tasks.map((t) => [t.languageCode, t]));
    expect(tasks.get('mjc')).toMatchObject({ status: 'recorded', versionId: takeMjc.versionId, outdated: false });
    expect(tasks.get('nhe')).toMatchObject({ status: 'translated', versionId: null, outdated: true });
  });

  it('a pack carries the script, translations and statuses; the languages whose audio arrived are approved at the other station', async () => {
    const a = await cores.open(dirs.make());
    const b = await cores.open(dirs.make());
    const imported = await call(a, 'library.import', { jobId: randomUUID(), source: { kind: 'path', path: path.join(fixtures, 'speech-es.mp3') }, originalName: 'salud.mp3', title: 'Salud en el campo', languageCode: 'spa' });
    const segmentId = imported.segment.id;
    await call(a, 'production.script.save', { segmentId, languageCode: 'spa', text: 'Si te enfermas, tienes derecho a atención médica.' });
    const mjc = await call(a, 'production.task.save', { segmentId, languageCode: 'mjc', assignee: 'Doña Rosa', translation: 'Texto en mixteco', backTranslation: 'Si te enfermas…' });
    await call(a, 'production.task.move', { taskId: mjc.id, to: 'translated' });

    const out = path.join(dirs.make(), 'salud.cabina');
    await call(a, 'packs.build', { jobId: randomUUID(), segmentIds: [segmentId], encodes: ['master'], redact: true, title: 'Salud', outPath: out });
    const key = await call(a, 'packs.keyInfo', {});
    await call(b, 'packs.trustKey', { publicKeyPem: key.publicKeyPem, name: 'IREX' });
    const preview = await call(b, 'packs.open', { jobId: randomUUID(), source: { kind: 'path', path: out }, originalName: 'salud.cabina' });
    const result = await call(b, 'packs.import', { jobId: randomUUID(), openId: preview.openId });
    const arrived = result.segmentIds[0] ?? '';

    const there = await call(b, 'production.script.get', { segmentId: arrived });
    expect(there.revisions).toEqual([expect.objectContaining({ revision: 1, languageCode: 'spa', text: 'Si te enfermas, tienes derecho a atención médica.' })]);
    const tasks = new Map(there.tasks.map((t) => [t.languageCode, t]));
    // Spanish audio came with it: approved, linked to the version that arrived.
    expect(tasks.get('spa')).toMatchObject({ status: 'approved', outdated: false });
    expect(tasks.get('spa')?.versionId).not.toBeNull();
    // The Mixteco translation travels without audio: the station can record it; the name was stripped.
    expect(tasks.get('mjc')).toMatchObject({ status: 'translated', translation: 'Texto en mixteco', backTranslation: 'Si te enfermas…', assignee: '', outdated: false });
    expect((await call(b, 'production.board', { reached: { languageCode: 'spa', status: 'approved' }, notReached: { languageCode: 'mjc', status: 'approved' } })).rows.map((r) => r.segmentId)).toEqual([arrived]);
  });
});
