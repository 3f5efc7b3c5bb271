import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { dispatch } from '../../../shared/api/dispatch.ts';
import type { EventName } from '../../../shared/api/events.ts';
import { createCore } from '../../../electron/core/core.ts';
import type { Core, Transport } from '../../../electron/core/core-types.ts';
import { makeFixtures } from '../../../scripts/fixtures/make-fixtures.ts';
import { filesUnder, useTempDirs } from './support/temp-dirs.ts';

let fixtures = '';
const open: Core[] = [];
// Registered before the afterEach below, so it removes the folders after the cores are closed.
const tempDirs = useTempDirs('cabina-core-');

beforeAll(async () => {
  fixtures = await makeFixtures();
});

afterEach(() => {
  for (const core of open.splice(0)) core.close();
});

async function newCore(transport: Transport = 'cli', dataDir?: string): Promise<Core> {
  const dir = dataDir ?? tempDirs.make();
  const core = await createCore({ dataDir: dir, transport });
  open.push(core);
  return core;
}

function importFile(core: Core, name: string, extra: Record<string, unknown> = {}) {
  return dispatch(core.handlers, 'library.import', {
    jobId: randomUUID(),
    source: { kind: 'path', path: path.join(fixtures, name) },
    originalName: name,
    ...extra,
  });
}

/** The library's files apart from the database (and its -wal/-shm), which any call may touch. */
async function libraryFiles(core: Core): Promise<string[]> {
  return (await filesUnder(core.dataDir)).filter((f) => !f.startsWith(path.join(core.dataDir, 'cabina.db')));
}

describe('createCore', () => {
  it('imports, tags, finds and serves a file through the handler table', async () => {
    const core = await newCore();
    const seen: EventName[] = [];
    core.events.on((name) => seen.push(name));
    const imported = await importFile(core, 'speech-es.mp3', { title: 'Migración segura', languageCode: 'xty', regions: [{ stateCode: '20', role: 'origin' }] });
    expect(imported.ok).toBe(true);
    if (!imported.ok) return;
    const value = imported.value as { outcome: string; segment: { id: string; primaryAssetId: string } };
    expect(value.outcome).toBe('imported');
    expect(seen).toContain('job.progress');
    expect(seen).toContain('library.changed');

    const found = await dispatch(core.handlers, 'library.search', { query: 'migracion yoloxochitl oaxaca' });
    expect(found.ok && (found.value as { total: number }).total).toBe(1);

    const response = await core.media(new Request('http://x/', { headers: { range: 'bytes=0-9' } }), value.segment.primaryAssetId);
    expect(response.status).toBe(206);
    expect((await response.arrayBuffer()).byteLength).toBe(10);

    const again = await importFile(core, 'speech-es.mp3');
    expect(again.ok && (again.value as { outcome: string }).outcome).toBe('duplicate');
  });

  it('serves a browser-playable preview for AMR voice notes', async () => {
    const core = await newCore();
    const imported = await importFile(core, 'speech-es.amr');
    if (!imported.ok) throw new Error(imported.error.message);
    const assetId = (imported.value as { segment: { primaryAssetId: string } }).segment.primaryAssetId;
    const response = await core.media(new Request('http://x/'), assetId);
    expect(response.headers.get('content-type')).toMatch(/audio\/(ogg|mpeg)/);
  });

  it('rejects bad input as data and leaves the library exactly as it was', async () => {
    const core = await newCore();
    await importFile(core, 'speech-es.ogg');
    const before = await libraryFiles(core);

    const wrongType = await dispatch(core.handlers, 'library.search', { query: 42 });
    expect(wrongType).toMatchObject({ ok: false, error: { code: 'invalid_input', details: { field: 'query' } } });

    for (const [name, code] of [
      ['empty.mp3', 'import.empty_file'],
      ['text.mp3', 'import.not_audio'],
      ['truncated.wav', 'import.truncated'],
      ['video-only.mp4', 'import.no_audio_stream'],
    ] as const) {
      const result = await importFile(core, name);
      expect(result).toMatchObject({ ok: false, error: { code } });
    }
    const missing = await dispatch(core.handlers, 'library.import', {
      jobId: randomUUID(),
      source: { kind: 'path', path: path.join(core.dataDir, 'no-such-file.wav') },
      originalName: 'no-such-file.wav',
    });
    expect(missing).toMatchObject({ ok: false, error: { code: 'import.unreadable' } });

    expect(await libraryFiles(core)).toEqual(before);
    const all = await dispatch(core.handlers, 'library.search', {});
    expect(all.ok && (all.value as { total: number }).total).toBe(1);
  });

  it('refuses path imports in browser mode so a page cannot read arbitrary files', async () => {
    const core = await newCore('web');
    const result = await importFile(core, 'speech-es.mp3');
    expect(result).toMatchObject({ ok: false, error: { code: 'forbidden' } });
  });

  it('reports a data folder that cannot be created as data_dir.not_writable', async () => {
    const dir = tempDirs.make();
    const blocker = path.join(dir, 'a-file');
    fs.writeFileSync(blocker, 'not a folder');
    await expect(createCore({ dataDir: path.join(blocker, 'library'), transport: 'cli' })).rejects.toMatchObject({ code: 'data_dir.not_writable' });
  });

  it('says the database is locked when another process holds it, and writes nothing', async () => {
    const core = await newCore();
    const imported = await importFile(core, 'speech-es.flac');
    if (!imported.ok) throw new Error(imported.error.message);
    const id = (imported.value as { segment: { id: string } }).segment.id;
    const other = new Database(path.join(core.dataDir, 'cabina.db'));
    other.exec('BEGIN IMMEDIATE');
    try {
      const result = await dispatch(core.handlers, 'segments.update', { id, patch: { title: 'Otro título' } });
      expect(result).toMatchObject({ ok: false, error: { code: 'db.locked' } });
    } finally {
      other.exec('ROLLBACK');
      other.close();
    }
    const after = await dispatch(core.handlers, 'segments.get', { id });
    expect(after.ok && (after.value as { title: string }).title).toBe('speech-es');
  });
});
