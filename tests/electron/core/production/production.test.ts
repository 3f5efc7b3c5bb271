import { randomUUID } from 'node:crypto';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase, type Database } from '../../../../electron/core/db/database.ts';
import { insertSegment } from '../../../../electron/core/library/library-rows.ts';
import { productionBoard } from '../../../../electron/core/production/production-board.ts';
import { ProductionStore } from '../../../../electron/core/production/production-store.ts';
import { scriptDiff } from '../../../../electron/core/production/script-diff.ts';
import { canMove } from '../../../../shared/domain/production.ts';
import { productionMethods } from '../../../../shared/api/methods/production.ts';
import { useTempDirs } from '../support/temp-dirs.ts';
import type { StoredAsset } from '../../../../electron/core/library/stored-asset.ts';

// Issue #14 §1 in the core: status moves, outdating on a script change with its diff, and the
// board's "approved in Spanish, missing in Mixteco de la Costa" — on a real SQLite file.
const dirs = useTempDirs('cabina-production-');
const open: Database[] = [];
afterEach(() => {
  for (const db of open.splice(0)) db.close();
});

/** An oral translation's audio, as the import would have stored it. */
const ORAL: StoredAsset = {
  id: 'b'.repeat(64), originalName: 'mixteco.ogg', ext: 'ogg', sizeBytes: 4096, durationSec: 42,
  format: { container: 'ogg', codec: 'opus', sampleRate: 48_000, channels: 1, bitsPerSample: null, bitRate: 24_000 }, previewExt: null, pcmSha256: null, importedAt: '2026-12-01T00:00:00.000Z',
};

let tick = 0;
function setUp(): { db: Database; store: ProductionStore; segment(title: string): string } {
  const db = openDatabase(path.join(dirs.make(), 'cabina.db'));
  open.push(db);
  // A clock that moves, so revisions and updates have an order.
  const store = new ProductionStore(db, () => new Date(Date.UTC(2026, 11, 1) + (tick += 1000)));
  return {
    db,
    store,
    segment(title) {
      const id = randomUUID();
      insertSegment(db, { id, title, status: 'draft', now: '2026-12-01T00:00:00.000Z' });
      return id;
    },
  };
}

const board = (db: Database, input: Record<string, unknown> = {}) => productionBoard(db, productionMethods['production.board'].input.parse(input));

async function codeOf(fn: () => unknown): Promise<string> {
  try {
    fn();
    return 'resolved';
  } catch (e) {
    return (e as { code?: string }).code ?? 'other';
  }
}

describe('language tasks (issue #14 §1)', () => {
  it('the first script makes the master task; a task walks one step at a time; a send-back needs a comment', async () => {
    const { store, segment } = setUp();
    const id = segment('Tus derechos en el campo');
    const saved = store.saveScript({ segmentId: id, languageCode: 'spa', text: 'Pide tu contrato por escrito.', author: 'Lupita' });
    expect(saved.revision.revision).toBe(1);
    expect(store.tasks(id)).toEqual([expect.objectContaining({ languageCode: 'spa', status: 'translated', basedOnRevision: 1, outdated: false })]);

    const mix = store.saveTask({ segmentId: id, languageCode: 'mjc', assignee: 'Don Fidel', dueDate: '2026-12-15' });
    expect(mix).toMatchObject({ status: 'needs_translation', mode: 'written', assignee: 'Don Fidel', dueDate: '2026-12-15', basedOnRevision: null });
    // A written translation needs its text; an oral one is a recording, and needs that.
    expect(await codeOf(() => store.move({ taskId: mix.id, to: 'translated', comment: '' }))).toBe('production.no_translation');
    store.saveTask({ segmentId: id, languageCode: 'mjc', mode: 'oral' });
    expect(await codeOf(() => store.move({ taskId: mix.id, to: 'translated', comment: '' }))).toBe('production.no_oral_recording');
    const attached = store.attachRecording({ taskId: mix.id, role: 'oral', assetId: ORAL.id, asset: ORAL, originalName: 'mixteco.ogg' });
    expect(attached.task.oralRecording).toMatchObject({ assetId: ORAL.id, durationSec: 42, originalName: 'mixteco.ogg' });
    expect(store.move({ taskId: mix.id, to: 'translated', comment: '' })).toMatchObject({ status: 'translated', basedOnRevision: 1 });
    expect(await codeOf(() => store.move({ taskId: mix.id, to: 'approved', comment: '' }))).toBe('production.bad_move');
    store.move({ taskId: mix.id, to: 'recorded', comment: '' });
    expect(await codeOf(() => store.move({ taskId: mix.id, to: 'translated', comment: '' }))).toBe('production.comment_needed');
    const back = store.move({ taskId: mix.id, to: 'translated', comment: 'Se oye ruido al final' });
    expect(back).toMatchObject({ status: 'translated', reviewComment: 'Se oye ruido al final' });
  });

  it('a task cannot be translated before any script exists', async () => {
    const { store, segment } = setUp();
    const id = segment('Sin guion');
    const task = store.saveTask({ segmentId: id, languageCode: 'nhe', mode: 'oral' });
    expect(await codeOf(() => store.move({ taskId: task.id, to: 'translated', comment: '' }))).toBe('production.no_script');
    expect(await codeOf(() => store.saveTask({ segmentId: randomUUID(), languageCode: 'nhe' }))).toBe('not_found');
  });

  it('a script change outdates the translations made from the old text, with a word diff; a rebase clears it', () => {
    const { store, segment } = setUp();
    const id = segment('Reclutamiento');
    store.saveScript({ segmentId: id, languageCode: 'spa', text: 'Nadie puede quedarse con tus documentos.', author: '' });
    const zap = store.saveTask({ segmentId: id, languageCode: 'zai', translation: 'Texto zapoteco' });
    store.move({ taskId: zap.id, to: 'translated', comment: '' });
    store.move({ taskId: zap.id, to: 'recorded', comment: '' });
    const waiting = store.saveTask({ segmentId: id, languageCode: 'trs' });

    // The same text again is no new revision.
    expect(store.saveScript({ segmentId: id, languageCode: 'spa', text: 'Nadie puede quedarse con tus documentos.', author: '' }).revision.revision).toBe(1);
    const changed = store.saveScript({ segmentId: id, languageCode: 'spa', text: 'Nadie puede quitarte tus documentos ni tu salario.', author: 'Lupita' });
    expect(changed).toMatchObject({ revision: { revision: 2 }, outdated: ['zai'] });
    const tasks = new Map(store.tasks(id).map((t) => [t.languageCode, t]));
    expect(tasks.get('zai')).toMatchObject({ outdated: true, basedOnRevision: 1, status: 'recorded' });
    // The master follows its own script; a task not yet translated has nothing to be outdated.
    expect(tasks.get('spa')).toMatchObject({ outdated: false, basedOnRevision: 2 });
    expect(store.task(waiting.id).outdated).toBe(false);

    const diff = scriptDiff(store.revision(id, 1)?.text ?? '', store.revision(id, 2)?.text ?? '');
    const said = (kind: string) => diff.filter((p) => p.kind === kind).map((p) => p.text.trim()).join(' | ');
    expect(said('removed')).toBe('quedarse con');
    expect(said('added')).toBe('quitarte | ni tu salario');
    // Read in order, the parts without the removed ones are the new text.
    expect(diff.filter((p) => p.kind !== 'removed').map((p) => p.text).join('')).toBe('Nadie puede quitarte tus documentos ni tu salario.');

    // Outdated: no further forward, only back to "translated", which takes the new revision.
    expect(canMove('recorded', 'reviewed', true)).toBeNull();
    expect(store.move({ taskId: zap.id, to: 'translated', comment: '' })).toMatchObject({ status: 'translated', basedOnRevision: 2, outdated: false });
  });

  it('the board finds "approved in Spanish, missing in Mixteco de la Costa", outdated work and title words', () => {
    const { db, store, segment } = setUp();
    const approve = (segmentId: string, languageCode: string) => {
      const task = store.tasks(segmentId).find((t) => t.languageCode === languageCode) ?? store.saveTask({ segmentId, languageCode, mode: 'oral' });
      for (const to of ['recorded', 'reviewed', 'approved'] as const) store.move({ taskId: task.id, to, comment: '' });
    };
    const a = segment('Salario mínimo');
    const b = segment('Contratos por escrito');
    const c = segment('Vivienda en los campos');
    segment('Archivado');
    db.prepare("UPDATE segments SET status = 'archived' WHERE title = 'Archivado'").run();
    for (const id of [a, b, c]) store.saveScript({ segmentId: id, languageCode: 'spa', text: `Guion ${id}`, author: '' });
    approve(a, 'spa');
    approve(b, 'spa');
    const bMix = store.saveTask({ segmentId: b, languageCode: 'mjc', translation: 'Texto en mixteco' });
    store.move({ taskId: bMix.id, to: 'translated', comment: '' });
    approve(b, 'mjc');

    const all = board(db);
    expect(all.total).toBe(3);
    expect(all.languages).toEqual(['spa', 'mjc']);
    expect(all.rows.map((r) => r.title)).toEqual(['Vivienda en los campos', 'Contratos por escrito', 'Salario mínimo']);
    expect(all.rows[1]?.tasks.mjc).toMatchObject({ status: 'approved', outdated: false });

    const missing = board(db, { reached: { languageCode: 'spa', status: 'approved' }, notReached: { languageCode: 'mjc', status: 'approved' } });
    expect(missing.rows.map((r) => r.title)).toEqual(['Salario mínimo']);

    store.saveScript({ segmentId: b, languageCode: 'spa', text: 'Guion nuevo', author: '' });
    expect(board(db, { outdatedOnly: true }).rows.map((r) => [r.title, r.revision, r.tasks.mjc?.outdated])).toEqual([['Contratos por escrito', 2, true]]);
    expect(board(db, { query: 'salario MINIMO' }).rows.map((r) => r.segmentId)).toEqual([a]);
    expect(board(db, { limit: 1, offset: 1 })).toMatchObject({ total: 3, rows: [{ segmentId: b }] });
  });

  it('a deleted segment takes its script and tasks with it', () => {
    const { db, store, segment } = setUp();
    const id = segment('Efímero');
    store.saveScript({ segmentId: id, languageCode: 'spa', text: 'Hola', author: '' });
    store.saveTask({ segmentId: id, languageCode: 'amu' });
    db.prepare('DELETE FROM segments WHERE id = ?').run(id);
    expect(db.prepare('SELECT count(*) FROM language_tasks').pluck().get()).toBe(0);
    expect(db.prepare('SELECT count(*) FROM script_revisions').pluck().get()).toBe(0);
  });
});
