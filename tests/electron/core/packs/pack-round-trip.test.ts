import { execFileSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { dispatch } from '../../../../shared/api/dispatch.ts';
import type { MethodInput, MethodName, MethodOutput } from '../../../../shared/api/contract.ts';
import { createCore } from '../../../../electron/core/core.ts';
import type { Core } from '../../../../electron/core/core-types.ts';
import { main } from '../../../../electron/core/cli.ts';
import { readEntries, readSmallEntry } from '../../../../electron/core/packs/zip-entries.ts';
import { DEFAULT_LIMITS } from '../../../../electron/core/packs/zip-entries.ts';
import { makeFixtures } from '../../../../scripts/fixtures/make-fixtures.ts';
import { useTempDirs } from '../support/temp-dirs.ts';

const dirs = useTempDirs('cabina-packs-');
const cores: Core[] = [];
let fixtures = '';
beforeAll(async () => {
  fixtures = await makeFixtures();
});
afterEach(() => {
  for (const c of cores.splice(0)) c.close();
});

async function station(): Promise<Core> {
  const core = await createCore({ dataDir: dirs.make(), transport: 'cli' });
  cores.push(core);
  return core;
}

async function call<M extends MethodName>(core: Core, method: M, input: MethodInput<M>): Promise<MethodOutput<M>> {
  const r = await dispatch(core.handlers, method, input);
  if (!r.ok) throw Object.assign(new Error(r.error.message), { code: r.error.code });
  return r.value as MethodOutput<M>;
}

async function codeOfCall(p: Promise<unknown>): Promise<string> {
  return p.then(() => 'resolved', (e: { code?: string }) => e.code ?? 'other');
}

// Still valid for years, but within the library's ten-year horizon (issue #11) from the real today these cores use.
const FAR_VALID_UNTIL = `${new Date().getUTCFullYear() + 5}-12-31`;

async function seed(core: Core) {
  const a = await call(core, 'library.import', { jobId: randomUUID(), source: { kind: 'path', path: path.join(fixtures, 'speech-es.mp3') }, originalName: 'a.mp3', title: 'Derechos laborales', languageCode: 'xty', regions: [{ stateCode: '20', role: 'origin' }], topics: [] });
  const b = await call(core, 'library.import', { jobId: randomUUID(), source: { kind: 'path', path: path.join(fixtures, 'speech-es.ogg') }, originalName: 'b.ogg', title: 'Salario mínimo', languageCode: 'spa', regions: [{ stateCode: '25', role: 'destination' }] });
  const seg = await call(core, 'segments.get', { id: a.segment.id });
  await call(core, 'versions.update', { id: seg.versions[0]?.id ?? '', patch: { script: 'Tu trabajo tiene derechos.' } });
  await call(core, 'segments.update', { id: a.segment.id, patch: { producer: 'Juana Pérez', consentNotes: 'Consentimiento verbal', license: 'CC-BY-4.0', validUntil: FAR_VALID_UNTIL } });
  return [a.segment.id, b.segment.id];
}

async function build(core: Core, ids: string[], out: string, encodes: ('opus' | 'mp3' | 'master')[] = ['master']) {
  return call(core, 'packs.build', { jobId: randomUUID(), segmentIds: ids, encodes, redact: true, title: 'Derechos 2026', outPath: out });
}

async function openPack(core: Core, file: string) {
  return call(core, 'packs.open', { jobId: randomUUID(), source: { kind: 'path', path: file }, originalName: path.basename(file) });
}

async function librarySize(core: Core): Promise<number> {
  return (await call(core, 'library.search', {})).total;
}

describe('a station opening its own pack (issue #11 item 9)', () => {
  it('shows its own segments as already here, not new, and imports nothing', async () => {
    const a = await station();
    const ids = await seed(a);
    const out = path.join(dirs.make(), 'propio.cabina');
    await build(a, ids, out);
    const preview = await openPack(a, out);
    expect(preview.publisher).toMatchObject({ self: true });
    expect(preview.items.map((i) => i.status)).toEqual(['duplicate', 'duplicate']);
    expect(await librarySize(a)).toBe(2);
  });
});

describe('packs between two stations', () => {
  it('round-trips metadata, audio hashes, languages and regions; refuses an untrusted publisher until accepted; duplicates and updates', async () => {
    const a = await station();
    const b = await station();
    const ids = await seed(a);
    const out = path.join(dirs.make(), 'derechos.cabina');
    const built = await build(a, ids, out);
    expect(fs.statSync(out).size).toBe(built.sizeBytes);

    const preview = await openPack(b, out);
    expect(preview.publisher).toMatchObject({ trusted: false, self: false });
    expect(preview.items.map((i) => i.status)).toEqual(['new', 'new']);
    expect(await codeOfCall(call(b, 'packs.import', { jobId: randomUUID(), openId: preview.openId }))).toBe('pack.untrusted');
    expect(await librarySize(b)).toBe(0);

    const key = await call(a, 'packs.keyInfo', {});
    expect(preview.publisher.fingerprint).toBe(key.fingerprint);
    await call(b, 'packs.trustKey', { publicKeyPem: key.publicKeyPem, name: 'Estación A' });
    const again = await openPack(b, out);
    expect(again.publisher.trusted).toBe(true);
    const result = await call(b, 'packs.import', { jobId: randomUUID(), openId: again.openId });
    expect(result).toMatchObject({ imported: 2, updated: 0, skipped: 0 });

    for (const [i, id] of ids.entries()) {
      const src = await call(a, 'segments.get', { id });
      const dst = await call(b, 'segments.get', { id: result.segmentIds[i] ?? '' });
      expect(dst).toMatchObject({ title: src.title, license: src.license, validUntil: src.validUntil, producer: '', consentNotes: '', origin: { kind: 'pack', packId: built.packId, packVersion: '1' } });
      expect(dst.versions.map((v) => [v.asset.id, v.languageCode, v.regions, v.script])).toEqual(src.versions.map((v) => [v.asset.id, v.languageCode, v.regions, v.script]));
    }
    expect((await call(b, 'library.search', { query: 'trabajo derechos' })).total).toBe(1);

    const dup = await openPack(b, out);
    expect(dup.items.map((i) => i.status)).toEqual(['duplicate', 'duplicate']);

    await call(a, 'segments.update', { id: ids[0] ?? '', patch: { title: 'Derechos laborales 2026' } });
    const out2 = path.join(path.dirname(out), 'v2.cabina');
    await build(a, ids, out2);
    const upd = await openPack(b, out2);
    expect(upd.items.map((i) => i.status)).toEqual(['update', 'duplicate']);
    const r2 = await call(b, 'packs.import', { jobId: randomUUID(), openId: upd.openId });
    expect(r2).toMatchObject({ imported: 0, updated: 1, skipped: 1 });
    expect((await call(b, 'segments.get', { id: result.segmentIds[0] ?? '' })).status).toBe('archived');
    expect((await call(b, 'segments.get', { id: r2.segmentIds[0] ?? '' })).title).toBe('Derechos laborales 2026');
  });

  it('accepting an unknown publisher at import trusts it; a tampered copy changes nothing', async () => {
    const a = await station();
    const b = await station();
    const ids = await seed(a);
    const out = path.join(dirs.make(), 'p.cabina');
    await build(a, ids.slice(1), out);
    const bytes = fs.readFileSync(out);
    // A flipped bit in the middle of the stored audio: only the sha256 check can see it.
    const middle = Math.floor(bytes.length / 2);
    bytes[middle] = (bytes[middle] ?? 0) ^ 0xff;
    const bad = path.join(path.dirname(out), 'bad.cabina');
    fs.writeFileSync(bad, bytes);
    expect(await codeOfCall(openPack(b, bad))).toBe('pack.hash_mismatch');
    expect(await librarySize(b)).toBe(0);
    const p = await openPack(b, out);
    await call(b, 'packs.import', { jobId: randomUUID(), openId: p.openId, acceptPublisher: true });
    expect((await call(b, 'packs.trustList', {})).map((t) => t.fingerprint)).toContain(p.publisher.fingerprint);
  });

  it('encodes Opus distribution and MP3 playout, signs them, and openssl verifies the raw signature', async () => {
    const a = await station();
    const ids = await seed(a);
    const out = path.join(dirs.make(), 'enc.cabina');
    await build(a, ids.slice(0, 1), out, ['opus', 'mp3']);
    const { zip, entries } = await readEntries(out, DEFAULT_LIMITS);
    const names = [...entries.keys()];
    expect(names.some((n) => n.endsWith('.ogg'))).toBe(true);
    expect(names.some((n) => n.endsWith('.mp3'))).toBe(true);
    for (const e of entries.values()) if (e.name.startsWith('audio/')) expect(e.entry.compressionMethod).toBe(0);
    const dir = path.dirname(out);
    const manifest = await readSmallEntry(zip, entries.get('manifest.json')!.entry, 1e7, () => new Error('big'));
    const sig = await readSmallEntry(zip, entries.get('manifest.sig')!.entry, 64, () => new Error('big'));
    zip.close();
    expect(sig.length).toBe(64);
    fs.writeFileSync(path.join(dir, 'manifest.json'), manifest);
    fs.writeFileSync(path.join(dir, 'manifest.sig'), sig);
    const pub = path.join(dir, 'pub.pem');
    expect(await main(['keys', 'export', '--public', '--out', pub, '--data-dir', a.dataDir], { out: () => {}, err: () => {} })).toBe(0);
    let openssl = true;
    try {
      execFileSync('openssl', ['version']);
    } catch {
      openssl = false;
    }
    if (!openssl) return;
    const verify = (m: string) => execFileSync('openssl', ['pkeyutl', '-verify', '-pubin', '-inkey', pub, '-rawin', '-in', m, '-sigfile', path.join(dir, 'manifest.sig')]).toString();
    expect(verify(path.join(dir, 'manifest.json'))).toMatch(/Signature Verified Successfully/);
    fs.writeFileSync(path.join(dir, 'tampered.json'), Buffer.concat([manifest, Buffer.from(' ')]));
    expect(() => verify(path.join(dir, 'tampered.json'))).toThrow();
  });
});
