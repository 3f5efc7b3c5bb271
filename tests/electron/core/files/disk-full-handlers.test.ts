import { describe, expect, it } from 'vitest';
import type { Handlers } from '../../../../shared/api/handlers.ts';
import { UserFacingError } from '../../../../shared/api/errors.ts';
import { dispatch } from '../../../../shared/api/dispatch.ts';
import { mapDiskFullErrors } from '../../../../electron/core/files/disk-full-handlers.ts';
import { useTempDir } from '../support/temp-dirs.ts';

const dir = useTempDir('cabina-disk-full-handlers-');

// Issue #12: what no writer sized itself — SQLite refusing to grow on a tag edit — is still the one sentence, not "error inesperado".
function table(error: unknown): Handlers {
  return { 'segments.update': async () => Promise.reject(error), 'app.info': async () => ({ version: '1', dataDir: '', ffmpegPath: null, transport: 'cli' }) } as unknown as Handlers;
}

describe('mapDiskFullErrors', () => {
  it('turns SQLite "database or disk is full" into disk.full with a size to free', async () => {
    const full = Object.assign(new Error('database or disk is full'), { code: 'SQLITE_FULL' });
    const result = await dispatch(mapDiskFullErrors(dir.path, table(full)), 'segments.update', { id: '0b8f1a52-6a6e-4a54-9b8e-2d6c8f0e1a11', patch: { title: 'Agua' } });
    expect(result).toMatchObject({ ok: false, error: { code: 'disk.full', details: { path: dir.path, neededBytes: 1024 * 1024, missing: '1 MB' } } });
  });

  it('leaves every other error and every answer as it was', async () => {
    const refused = new UserFacingError('validity.range', 'until before from');
    const result = await dispatch(mapDiskFullErrors(dir.path, table(refused)), 'segments.update', { id: '0b8f1a52-6a6e-4a54-9b8e-2d6c8f0e1a11', patch: { title: 'Agua' } });
    expect(result).toMatchObject({ ok: false, error: { code: 'validity.range' } });
    expect(await dispatch(mapDiskFullErrors(dir.path, table(refused)), 'app.info', {})).toMatchObject({ ok: true, value: { version: '1' } });
  });
});
