import { readdir, readFile, utimes, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { UploadStore } from '../../../../electron/core/library/upload-store.ts';
import { errorOf } from '../support/errors.ts';
import { useTempDir } from '../support/temp-dirs.ts';

const dataDir = useTempDir('cabina-upload-');

async function* chunks(...parts: string[]): AsyncIterable<Uint8Array> {
  for (const part of parts) yield new TextEncoder().encode(part);
}

const incoming = () => readdir(join(dataDir.path, 'incoming')).catch(() => [] as string[]);

describe('UploadStore', () => {
  it('streams a body into incoming/<uuid> and hands back its path', async () => {
    const uploads = new UploadStore(dataDir.path);
    const id = await uploads.receive(chunks('Ogg', 'S', '…'), 'nota.opus', 1024);
    expect(id).toMatch(/^[0-9a-f-]{36}$/);
    expect(await readFile(uploads.pathOf(id), 'utf8')).toBe('OggS…');
    expect(uploads.nameOf(id)).toBe('nota.opus');
    expect(await incoming()).toEqual([id]);
  });

  it('aborts and deletes an upload larger than allowed, counting bytes as they arrive', async () => {
    const uploads = new UploadStore(dataDir.path);
    let pulled = 0;
    async function* endless(): AsyncIterable<Uint8Array> {
      for (;;) {
        pulled += 1;
        yield new Uint8Array(100);
      }
    }
    const error = await errorOf(uploads.receive(endless(), 'huge.wav', 1000));
    expect(error.code).toBe('import.too_large');
    expect(error.details?.['name']).toBe('huge.wav');
    expect(pulled).toBe(11);
    expect(await incoming()).toEqual([]);
  });

  it('deletes the partial file when the body fails mid-way (connection dropped)', async () => {
    const uploads = new UploadStore(dataDir.path);
    async function* dropped(): AsyncIterable<Uint8Array> {
      yield new Uint8Array(10);
      throw new Error('socket hang up');
    }
    await expect(uploads.receive(dropped(), 'a.mp3', 1000)).rejects.toThrow('socket hang up');
    expect(await incoming()).toEqual([]);
  });

  it('says import.upload_missing for unknown, discarded or smuggled ids', async () => {
    const uploads = new UploadStore(dataDir.path);
    const id = await uploads.receive(chunks('x'), 'a.mp3', 10);
    await uploads.discard(id);
    for (const bad of [id, '../../etc/passwd', crypto.randomUUID(), '']) {
      expect(await errorOf(Promise.resolve().then(() => uploads.pathOf(bad)))).toMatchObject({ code: 'import.upload_missing' });
    }
    expect(await incoming()).toEqual([]);
  });

  it('sweeps stale uploads and interrupted parts, keeping fresh ones', async () => {
    const uploads = new UploadStore(dataDir.path);
    const fresh = await uploads.receive(chunks('new'), 'new.mp3', 10);
    const stale = await uploads.receive(chunks('old'), 'old.mp3', 10);
    const part = join(dataDir.path, 'incoming', `${crypto.randomUUID()}.part`);
    await writeFile(part, 'half');
    const old = new Date(Date.now() - 3_600_000);
    await utimes(join(dataDir.path, 'incoming', stale), old, old);
    await utimes(part, old, old);
    expect(await uploads.sweep(600_000)).toBe(2);
    expect(await incoming()).toEqual([fresh]);
  });
});
