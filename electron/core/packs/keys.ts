import { createHash, createPrivateKey, createPublicKey, generateKeyPairSync, sign, verify, type KeyObject } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { UserFacingError } from '../../../shared/api/errors.ts';

/** The station's signing key (issue #6): ed25519 via node:crypto, one PEM file per data folder. */
export interface StationKey {
  privateKey: KeyObject;
  publicKey: KeyObject;
  publicKeyPem: string;
  fingerprint: string;
}

export function keyDir(dataDir: string): string {
  return path.join(dataDir, 'keys');
}

export function privateKeyPath(dataDir: string): string {
  return path.join(keyDir(dataDir), 'station-ed25519.pem');
}

/** sha256 of the DER SPKI: the same value `openssl pkey -pubin -outform DER | sha256sum` gives. */
export function fingerprintOf(publicKey: KeyObject): string {
  return createHash('sha256').update(publicKey.export({ type: 'spki', format: 'der' })).digest('hex');
}

/** Parses a PEM public key, refusing anything that is not ed25519 (`key.bad_public_key`). */
export function parsePublicKey(pem: string): { publicKey: KeyObject; publicKeyPem: string; fingerprint: string } {
  let publicKey: KeyObject;
  try {
    publicKey = createPublicKey({ key: pem, format: 'pem' });
  } catch {
    throw new UserFacingError('key.bad_public_key', 'Not a PEM public key');
  }
  if (publicKey.asymmetricKeyType !== 'ed25519') throw new UserFacingError('key.bad_public_key', `Not an ed25519 key: ${publicKey.asymmetricKeyType}`);
  const publicKeyPem = publicKey.export({ type: 'spki', format: 'pem' }).toString();
  return { publicKey, publicKeyPem, fingerprint: fingerprintOf(publicKey) };
}

function fromPrivate(privateKey: KeyObject): StationKey {
  const publicKey = createPublicKey(privateKey);
  return { privateKey, publicKey, publicKeyPem: publicKey.export({ type: 'spki', format: 'pem' }).toString(), fingerprint: fingerprintOf(publicKey) };
}

export function loadStationKey(dataDir: string): StationKey | null {
  const file = privateKeyPath(dataDir);
  if (!fs.existsSync(file)) return null;
  return fromPrivate(createPrivateKey({ key: fs.readFileSync(file), format: 'pem' }));
}

/**
 * Created on first use. The private key is written owner-only (0600 in a 0700 folder) with `wx`, so
 * two processes racing to create it cannot overwrite each other's key; it never enters a pack.
 */
export function ensureStationKey(dataDir: string): StationKey {
  const existing = loadStationKey(dataDir);
  if (existing) return existing;
  fs.mkdirSync(keyDir(dataDir), { recursive: true, mode: 0o700 });
  const { privateKey } = generateKeyPairSync('ed25519');
  const pem = privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();
  // Whole or not at all (issue #12): a key cut short by a full disk would break every later build.
  // The temp file is synced, then hard-linked to its name — link, like `wx`, refuses an existing key.
  const file = privateKeyPath(dataDir);
  const tmp = `${file}.${process.pid}.${Date.now()}.tmp`;
  try {
    const fd = fs.openSync(tmp, 'wx', 0o600);
    try {
      fs.writeFileSync(fd, pem);
      fs.fsyncSync(fd);
    } finally {
      fs.closeSync(fd);
    }
    fs.linkSync(tmp, file);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    return loadStationKey(dataDir) ?? fromPrivate(privateKey);
  } finally {
    fs.rmSync(tmp, { force: true });
  }
  return fromPrivate(privateKey);
}

/** The raw 64-byte ed25519 signature of exactly these bytes (manifest.sig). */
export function signBytes(key: StationKey, bytes: Uint8Array): Buffer {
  return sign(null, bytes, key.privateKey);
}

export function verifyBytes(publicKey: KeyObject, bytes: Uint8Array, signature: Uint8Array): boolean {
  if (signature.byteLength !== 64) return false;
  try {
    return verify(null, bytes, publicKey, signature);
  } catch {
    return false;
  }
}
