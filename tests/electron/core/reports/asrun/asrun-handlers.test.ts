import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { dispatch } from '../../../../../shared/api/dispatch.ts';
import type { EventPayload } from '../../../../../shared/api/events.ts';
import { createCore } from '../../../../../electron/core/core.ts';
import { openDatabase } from '../../../../../electron/core/db/database.ts';
import { seedSegment } from '../../schedule/schedule-fixtures.ts';
import { useTempDir } from '../../support/temp-dirs.ts';

const dir = useTempDir('cabina-asrun-handlers-');

async function* bytes(text: string) {
  yield new TextEncoder().encode(text);
}

describe('asrun methods through the core (browser-mode upload)', () => {
  it('previews and imports an uploaded log as a job, announces the change, and finds versions to link', async () => {
    const core = await createCore({ dataDir: path.join(dir.path, 'data'), transport: 'web' });
    try {
      const db = openDatabase(path.join(dir.path, 'data', 'cabina.db'));
      const seg = seedSegment(db, { title: 'Migración segura', versions: [{ lang: 'spa' }] });
      db.close();
      const progress: EventPayload<'job.progress'>[] = [];
      const changed: EventPayload<'asrun.changed'>[] = [];
      core.events.on((name, payload) => {
        if (name === 'job.progress') progress.push(payload as EventPayload<'job.progress'>);
        if (name === 'asrun.changed') changed.push(payload as EventPayload<'asrun.changed'>);
      });
      const log = 'Date,Time,Listeners,Delta,Track,Artist,Playlist,Streamer\r\n2026-03-09,7:05am,1,0,Migración segura,,,\r\n2026-03-09,7:10am,1,0,Son jarocho,,,\r\n';
      const uploadId = await core.uploads.receive(bytes(log), 'historial.csv', 1024 * 1024);
      const source = { kind: 'upload' as const, uploadId };
      const preview = await dispatch(core.handlers, 'asrun.log.preview', { source, originalName: 'historial.csv', preset: 'generic' });
      expect(preview).toMatchObject({ ok: true, value: { suggested: 'azuracast', problem: { code: 'asrun.mapping_required' } } });
      const jobId = crypto.randomUUID();
      const done = await dispatch(core.handlers, 'asrun.log.import', { jobId, source, originalName: 'historial.csv', preset: 'azuracast' });
      expect(done).toMatchObject({ ok: true, value: { lines: 2, matched: 1, unmatched: 1 } });
      expect(progress.filter((p) => p.jobId === jobId).map((p) => p.stage)).toEqual(expect.arrayContaining(['queued', 'decode', 'done']));
      expect(progress.find((p) => p.jobId === jobId)?.kind).toBe('asrun-import');
      expect(changed).toEqual([{ reason: 'import' }]);
      expect(await dispatch(core.handlers, 'asrun.versionChoices', { query: 'migracion' })).toMatchObject({ ok: true, value: [{ versionId: seg.versionIds[0], segmentTitle: 'Migración segura', languageCode: 'spa' }] });
      expect(await dispatch(core.handlers, 'asrun.log.imports', {})).toMatchObject({ ok: true, value: [{ fileName: 'historial.csv', matched: 1, unmatched: 1 }] });
      // A mapping missing its date column is refused at the boundary, before any file is read.
      expect(await dispatch(core.handlers, 'asrun.log.import', { jobId: crypto.randomUUID(), source, originalName: 'x.csv', preset: 'generic', mapping: { title: 'Track' } })).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    } finally {
      core.close();
    }
  });
});
