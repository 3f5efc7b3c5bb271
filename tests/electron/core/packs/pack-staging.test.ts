import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { deflateRawSync } from 'node:zlib';
import { afterEach, describe, expect, it } from 'vitest';
import { createCore } from '../../../../electron/core/core.ts';
import type { Core } from '../../../../electron/core/core-types.ts';
import { ensureStationKey, signBytes, type StationKey } from '../../../../electron/core/packs/keys.ts';
import { readPack } from '../../../../electron/core/packs/pack-reader.ts';
import { enPackErrors } from '../../../../shared/locales/en/pack-errors.ts';
import { esPackErrors } from '../../../../shared/locales/es/pack-errors.ts';
import { codeOf } from '../support/errors.ts';
import { filesUnder, useTempDirs } from '../support/temp-dirs.ts';
import { sha } from './pack-fixtures.ts';
import { call, codeOfCall, manifestOf, openPath, writePack } from './hostile-packs.ts';
import type { RawEntry } from './raw-zip.ts';

// Issue #12 defect 3: signature and trust before any audio is staged; audio stored, never deflated;
// nothing written beyond what the manifest declares; staging gone on every exit path.

const dirs = useTempDirs('cabina-pack-staging-');
const cores: Core[] = [];
afterEach(() => {
  for (const c of cores.splice(0)) c.close();
});

async function station(): Promise<Core> {
  const core = await createCore({ dataDir: dirs.make(), transport: 'cli' });
  cores.push(core);
  return core;
}

function key(): StationKey {
  return ensureStationKey(path.join(dirs.make(), 'publisher'));
}

/** One segment, one audio file, optionally a script. */
function entriesFor(k: StationKey, audio: Buffer, script?: { text: Buffer; lie?: number }): RawEntry[] {
  const manifest = manifestOf(k, audio, [{ id: randomUUID(), version: 1 }]);
  const version = manifest.segments[0]?.versions[0];
  const scriptPath = script ? `scripts/${sha(script.text)}.txt` : null;
  if (version && script && scriptPath) version.script = { path: scriptPath, sizeBytes: script.lie ?? script.text.length, sha256: sha(script.text) };
  const bytes = Buffer.from(JSON.stringify(manifest, null, 2));
  const entries: RawEntry[] = [
    { name: 'manifest.json', data: bytes, deflate: true },
    { name: 'manifest.sig', data: signBytes(k, bytes) },
    { name: `audio/${sha(audio)}.mp3`, data: audio },
  ];
  if (script && scriptPath) entries.push({ name: scriptPath, data: script.text, deflate: true, ...(script.lie === undefined ? {} : { declaredSize: script.lie }) });
  return entries;
}

/** Bytes of every file in the data folder except the database: what opening and refusing wrote. */
async function writtenOutsideDb(core: Core): Promise<{ files: string[]; bytes: number }> {
  const files = (await filesUnder(core.dataDir)).filter((f) => !/cabina\.db(-wal|-shm)?$/.test(f));
  return { files, bytes: files.reduce((n, f) => n + fs.statSync(f).size, 0) };
}

const storeTmp = (core: Core) => filesUnder(path.join(core.dataDir, 'tmp'));

describe('pack staging against hostile publishers (issue #12)', () => {
  it('an untrusted big pack writes nothing when opened or refused, and the reader authorizes before staging', async () => {
    const core = await station();
    const big = Buffer.alloc(4 * 1024 * 1024, 3);
    const file = writePack(dirs.make(), entriesFor(key(), big));
    const preview = await openPath(core, file);
    expect(preview.publisher.trusted).toBe(false);
    expect(await writtenOutsideDb(core)).toEqual({ files: [], bytes: 0 });
    expect(await codeOfCall(call(core, 'packs.import', { jobId: randomUUID(), openId: preview.openId }))).toBe('pack.untrusted');
    expect(await writtenOutsideDb(core)).toEqual({ files: [], bytes: 0 });
    expect((await call(core, 'library.search', {})).total).toBe(0);

    let staged = 0;
    const refused = readPack(file, {
      authorize: () => {
        throw new Error('untrusted');
      },
      stagePath: async () => {
        staged += 1;
        return path.join(dirs.make(), 'x');
      },
    });
    expect(await codeOf(refused)).toBe('other: Error: untrusted');
    expect(staged).toBe(0);
  });

  it('refuses a deflated audio entry before reading it, with a translated reason', async () => {
    const entries = entriesFor(key(), Buffer.alloc(8192, 1)).map((e) => (e.name.startsWith('audio/') ? { ...e, deflate: true } : e));
    const stage = dirs.make();
    const error = await readPack(writePack(dirs.make(), entries), { stagePath: async () => path.join(stage, randomUUID()) }).then(
      () => null,
      (e: unknown) => e,
    );
    expect(error).toMatchObject({ code: 'pack.compressed_audio', details: { entry: entries[2]?.name } });
    expect(await filesUnder(stage)).toEqual([]);
    expect(esPackErrors.compressed_audio).toContain('{{entry}}');
    expect(enPackErrors.compressed_audio).toContain('{{entry}}');
  });

  it('refuses many small deflated bombs by their sum', async () => {
    const k = key();
    const bombs = [1, 2, 3].map((i) => ({ name: `scripts/bomb${i}.txt`, data: Buffer.alloc(700 * 1024, i), deflate: true }));
    expect(await codeOf(readPack(writePack(dirs.make(), [...entriesFor(k, Buffer.alloc(100, 1)), ...bombs])))).toBe('pack.compression_ratio');
  });

  it('accepts a 2,000-segment manifest compressed far beyond 100:1', async () => {
    const k = key();
    const audio = Buffer.alloc(64, 5);
    const segments = Array.from({ length: 2000 }, (_, i) => ({ id: `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`, version: 1 }));
    const bytes = Buffer.from(JSON.stringify(manifestOf(k, audio, segments), null, 2));
    // What made it "suspicious" before: over 1 MiB and over 100:1 once deflated.
    expect(bytes.length).toBeGreaterThan(1024 * 1024);
    expect(bytes.length / deflateRawSync(bytes).length).toBeGreaterThan(100);
    const entries: RawEntry[] = [
      { name: 'manifest.json', data: bytes, deflate: true },
      { name: 'manifest.sig', data: signBytes(k, bytes) },
      { name: `audio/${sha(audio)}.mp3`, data: audio },
    ];
    const pack = await readPack(writePack(dirs.make(), entries));
    expect(pack.manifest.segments).toHaveLength(2000);
  });

  it('removes staging after open, after an import, and when the re-read at import finds an entry larger than declared', async () => {
    const core = await station();
    const k = key();
    await call(core, 'packs.trustKey', { publicKeyPem: k.publicKeyPem, name: 'IREX' });
    const audio = Buffer.alloc(256 * 1024, 9);
    const text = Buffer.from('Tu trabajo tiene derechos.');
    const good = entriesFor(k, audio, { text });
    const dir = dirs.make();
    const file = writePack(dir, good);

    // Verify only: a trusted pack is opened without writing either.
    const preview = await openPath(core, file);
    expect(await storeTmp(core)).toEqual([]);

    // Same signed manifest, but the script entry now inflates beyond its declared size; the audio
    // before it was already staged when the refusal comes.
    const longer = Buffer.concat([text, Buffer.alloc(4096, 0x20)]);
    const lying = good.map((e) => (e.name.startsWith('scripts/') ? { ...e, data: longer, declaredSize: text.length } : e));
    fs.writeFileSync(file, fs.readFileSync(writePack(dir, lying)));
    expect(['pack.size_mismatch', 'pack.truncated']).toContain(await codeOfCall(call(core, 'packs.import', { jobId: randomUUID(), openId: preview.openId })));
    expect(await storeTmp(core)).toEqual([]);
    expect(await filesUnder(path.join(core.dataDir, 'store', 'originals'))).toEqual([]);
    expect((await call(core, 'library.search', {})).total).toBe(0);

    // A different pack under the same name is refused as changed, not imported on the old preview.
    fs.writeFileSync(file, fs.readFileSync(writePack(dir, entriesFor(k, audio))));
    expect(await codeOfCall(call(core, 'packs.import', { jobId: randomUUID(), openId: preview.openId }))).toBe('pack.changed');
    expect(await storeTmp(core)).toEqual([]);

    const reopened = await openPath(core, writePack(dir, good));
    expect(await call(core, 'packs.import', { jobId: randomUUID(), openId: reopened.openId })).toMatchObject({ imported: 1 });
    expect(await storeTmp(core)).toEqual([]);
    expect(await filesUnder(path.join(core.dataDir, 'store', 'originals'))).toHaveLength(1);
  });
});
