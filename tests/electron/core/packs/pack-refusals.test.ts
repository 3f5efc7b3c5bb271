import { generateKeyPairSync } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ensureStationKey, fingerprintOf, type StationKey } from '../../../../electron/core/packs/keys.ts';
import { readPack } from '../../../../electron/core/packs/pack-reader.ts';
import { DEFAULT_LIMITS } from '../../../../electron/core/packs/zip-entries.ts';
import type { PackManifest } from '../../../../shared/domain/pack-manifest.ts';
import { codeOf } from '../support/errors.ts';
import { filesUnder, useTempDir } from '../support/temp-dirs.ts';
import { manifestFor, packEntries, sha } from './pack-fixtures.ts';
import { rawZip, type RawEntry } from './raw-zip.ts';

const temp = useTempDir('cabina-pack-refuse-', 'all');
const audio = Buffer.alloc(4096, 7);
let n = 0;

function key(): StationKey {
  return ensureStationKey(path.join(temp.path, 'station'));
}

function write(entries: readonly RawEntry[] | Buffer): string {
  const file = path.join(temp.path, `p${n++}.cabina`);
  fs.writeFileSync(file, Buffer.isBuffer(entries) ? entries : rawZip(entries));
  return file;
}

function valid(overrides: Partial<PackManifest> = {}): RawEntry[] {
  return packEntries(key(), manifestFor(key(), audio, overrides), audio);
}

/** Refusal through readPack with staging on: the staged files must be gone afterwards. */
async function refused(file: string, limits = DEFAULT_LIMITS): Promise<string> {
  const stage = path.join(temp.path, 'stage');
  fs.mkdirSync(stage, { recursive: true });
  let i = 0;
  const code = await codeOf(readPack(file, { limits, stagePath: async () => path.join(stage, `s${i++}`) }));
  expect(await filesUnder(stage)).toEqual([]);
  return code;
}

describe('pack refusals (issue #6 "Safety")', () => {
  it('accepts the untampered pack (control)', async () => {
    const pack = await readPack(write(valid()));
    expect(pack.fingerprint).toBe(key().fingerprint);
  });

  it.each([
    ['..', '../evil.mp3'],
    ['absolute', '/etc/evil'],
    ['drive letter', 'C:/evil.mp3'],
    ['backslash', 'audio\\evil.mp3'],
  ])('refuses an entry name with %s', async (_label, name) => {
    expect(await refused(write([...valid(), { name, data: Buffer.from('x') }]))).toBe('pack.unsafe_name');
  });

  it('refuses symlinks', async () => {
    expect(await refused(write([...valid(), { name: 'audio/link', data: Buffer.from('/etc/passwd'), mode: 0o120777 }]))).toBe('pack.symlink');
  });

  it('refuses duplicate entry names', async () => {
    const entries = valid();
    expect(await refused(write([...entries, entries[2] as RawEntry]))).toBe('pack.duplicate_entry');
  });

  it('refuses entries the manifest does not list', async () => {
    expect(await refused(write([...valid(), { name: 'audio/extra.mp3', data: Buffer.from('x') }]))).toBe('pack.unlisted_entry');
  });

  it('refuses a listed file that is missing', async () => {
    expect(await refused(write(valid().slice(0, 2)))).toBe('pack.missing_file');
  });

  it('refuses a size that differs from the manifest, and a hash that differs', async () => {
    const m = manifestFor(key(), audio);
    const other = Buffer.alloc(4096, 8);
    const entries = packEntries(key(), m, audio);
    expect(await refused(write([entries[0], entries[1], { name: entries[2]?.name ?? '', data: Buffer.alloc(10) }] as RawEntry[]))).toBe('pack.size_mismatch');
    expect(await refused(write([entries[0], entries[1], { name: entries[2]?.name ?? '', data: other }] as RawEntry[]))).toBe('pack.hash_mismatch');
  });

  it('counts bytes as written: an entry longer than its headers say is refused', async () => {
    const entries = valid();
    const lying = { ...(entries[2] as RawEntry), data: Buffer.concat([audio, Buffer.alloc(100)]), declaredSize: audio.length };
    expect(['pack.size_mismatch', 'pack.truncated']).toContain(await refused(write([entries[0], entries[1], lying] as RawEntry[])));
  });

  it('refuses a truncated archive', async () => {
    const whole = rawZip(valid());
    expect(await refused(write(whole.subarray(0, whole.length - 40)))).toBe('pack.truncated');
    expect(await refused(write(Buffer.from('not a zip at all')))).toMatch(/pack\.(truncated|not_a_pack)/);
  });

  it('refuses zip bombs by total size and by compression ratio', async () => {
    expect(await refused(write(valid()), { ...DEFAULT_LIMITS, maxTotalBytes: 2000 })).toBe('pack.too_large');
    const bomb = { name: 'scripts/bomb.txt', data: Buffer.alloc(8 * 1024 * 1024), deflate: true };
    expect(await refused(write([...valid(), bomb]))).toBe('pack.compression_ratio');
    expect(await refused(write(valid()), { ...DEFAULT_LIMITS, maxEntries: 2 })).toBe('pack.too_many_entries');
  });

  it('refuses a manifest that fails the schema, is too large, or has a future version', async () => {
    const k = key();
    expect(await refused(write(packEntries(k, { ...manifestFor(k, audio), title: '' }, audio)))).toBe('pack.bad_manifest');
    expect(await refused(write(packEntries(k, Buffer.from('{not json'), audio)))).toBe('pack.bad_manifest');
    const future = { ...manifestFor(k, audio), formatVersion: 2 } as unknown as PackManifest;
    expect(await refused(write(packEntries(k, future, audio)))).toBe('pack.unsupported_version');
    const huge = Buffer.from(JSON.stringify({ ...manifestFor(k, audio), description: 'x'.repeat(5 * 1024 * 1024) }));
    // Stored, so the size limit (not the ratio limit) is what refuses it.
    expect(await refused(write(packEntries(k, huge, audio).map((e) => ({ ...e, deflate: false }))))).toBe('pack.manifest_too_large');
  });

  it('refuses a signature that does not verify, or a key that does not match the fingerprint', async () => {
    const entries = valid();
    const badSig = { name: 'manifest.sig', data: Buffer.alloc(64, 1) };
    expect(await refused(write([entries[0], badSig, entries[2]] as RawEntry[]))).toBe('pack.bad_signature');
    const other = generateKeyPairSync('ed25519').publicKey;
    const wrongFp = manifestFor(key(), audio);
    wrongFp.publisher.fingerprint = fingerprintOf(other);
    expect(await refused(write(packEntries(key(), wrongFp, audio)))).toBe('pack.bad_signature');
    expect(sha(audio)).toHaveLength(64);
  });
});

describe('trust settings file', () => {
  it('pre-trusts the publishers a settings file lists and refuses a broken file whole', async () => {
    const { openDatabase } = await import('../../../../electron/core/db/database.ts');
    const { TrustStore } = await import('../../../../electron/core/packs/trust-store.ts');
    const db = openDatabase(path.join(temp.path, 'trust.db'));
    try {
      const store = new TrustStore(db, () => new Date('2026-01-10T00:00:00Z'));
      const file = path.join(temp.path, 'trusted-publishers.json');
      fs.writeFileSync(file, JSON.stringify({ publishers: [{ name: 'IREX', publicKeyPem: key().publicKeyPem }] }));
      expect(store.loadSettingsFiles([file, path.join(temp.path, 'absent.json')])).toBe(1);
      expect(store.get(key().fingerprint)).toMatchObject({ name: 'IREX', source: 'settings' });
      fs.writeFileSync(file, JSON.stringify({ publishers: [{ name: 'X', publicKeyPem: 'nope' }] }));
      expect(() => store.loadSettingsFiles([file])).toThrow(/trusted-publishers/);
    } finally {
      db.close();
    }
  });
});
