import { readdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { dispatch } from '../../../../shared/api/dispatch.ts';
import { createCore } from '../../../../electron/core/core.ts';
import type { Core } from '../../../../electron/core/core-types.ts';
import { useTempDir, useTempDirs } from '../support/temp-dirs.ts';

const scratch = useTempDir('cabina-script-src-');
const dataDirs = useTempDirs('cabina-script-core-');
let core: Core | null = null;

afterEach(() => {
  core?.close();
  core = null;
});

async function* body(bytes: Uint8Array): AsyncIterable<Uint8Array> {
  yield bytes;
}

describe('library.scriptFromFile', () => {
  it('reads an uploaded file by its original name, then drops the upload', async () => {
    core = await createCore({ dataDir: dataDirs.make(), transport: 'web' });
    const uploadId = await core.uploads.receive(body(Buffer.from('Migración segura', 'latin1')), 'guion.txt', 1024);
    const result = await dispatch(core.handlers, 'library.scriptFromFile', { source: { kind: 'upload', uploadId }, originalName: 'guion.txt' });
    expect(result).toEqual({ ok: true, value: { text: 'Migración segura' } });
    expect(await readdir(path.join(core.dataDir, 'incoming'))).toEqual([]);
  });

  it('reads a local path outside browser mode, and refuses it inside', async () => {
    const file = path.join(scratch.path, 'guion.txt');
    await writeFile(file, 'Hola');
    core = await createCore({ dataDir: dataDirs.make(), transport: 'cli' });
    expect(await dispatch(core.handlers, 'library.scriptFromFile', { source: { kind: 'path', path: file }, originalName: 'guion.txt' })).toEqual({ ok: true, value: { text: 'Hola' } });
    core.close();
    core = await createCore({ dataDir: dataDirs.make(), transport: 'web' });
    const refused = await dispatch(core.handlers, 'library.scriptFromFile', { source: { kind: 'path', path: file }, originalName: 'guion.txt' });
    expect(refused.ok ? 'ok' : refused.error.code).toBe('forbidden');
  });

  it('answers an unsupported file with a translatable error naming it', async () => {
    core = await createCore({ dataDir: dataDirs.make(), transport: 'web' });
    const uploadId = await core.uploads.receive(body(Buffer.from('%PDF-1.4')), 'guion.pdf', 1024);
    const result = await dispatch(core.handlers, 'library.scriptFromFile', { source: { kind: 'upload', uploadId }, originalName: 'guion.pdf' });
    expect(result.ok ? null : { code: result.error.code, details: result.error.details }).toEqual({ code: 'library.script_unreadable', details: { name: 'guion.pdf' } });
  });
});
