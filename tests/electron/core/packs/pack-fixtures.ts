import { createHash, randomUUID } from 'node:crypto';
import { PACK_FORMAT, PACK_FORMAT_VERSION, type PackManifest } from '../../../../shared/domain/pack-manifest.ts';
import { signBytes, type StationKey } from '../../../../electron/core/packs/keys.ts';
import type { RawEntry } from './raw-zip.ts';

export const sha = (b: Buffer | string) => createHash('sha256').update(b).digest('hex');

/** A valid one-segment manifest over the given audio bytes, for tests to tamper with. */
export function manifestFor(key: StationKey, audio: Buffer, overrides: Partial<PackManifest> = {}): PackManifest {
  const path = `audio/${sha(audio)}.mp3`;
  return {
    format: PACK_FORMAT,
    formatVersion: PACK_FORMAT_VERSION,
    packId: randomUUID(),
    packVersion: 1,
    title: 'Prueba',
    description: '',
    publisher: { name: 'IREX', fingerprint: key.fingerprint, publicKeyPem: key.publicKeyPem },
    createdAt: '2026-01-10T10:00:00.000Z',
    segments: [
      {
        id: randomUUID(),
        version: 1,
        title: 'Derechos laborales',
        description: '',
        topics: [],
        validFrom: null,
        validUntil: null,
        license: 'CC-BY-4.0',
        credits: { producer: '' },
        versions: [
          {
            languageCode: 'spa',
            languageName: 'Español',
            regions: [],
            durationSec: 1,
            loudness: null,
            script: null,
            audio: [{ path, role: 'playout', container: 'mp3', codec: 'mp3', bitRate: 128000, sampleRate: 44100, channels: 1, bitsPerSample: null, sizeBytes: audio.length, sha256: sha(audio) }],
          },
        ],
      },
    ],
    ...overrides,
  };
}

/** manifest.json + manifest.sig + the audio entry, signed by `key` (the signature covers whatever bytes are given). */
export function packEntries(key: StationKey, manifest: PackManifest | Buffer, audio: Buffer): RawEntry[] {
  const bytes = Buffer.isBuffer(manifest) ? manifest : Buffer.from(JSON.stringify(manifest));
  const audioPath = Buffer.isBuffer(manifest) ? `audio/${sha(audio)}.mp3` : (manifest.segments[0]?.versions[0]?.audio[0]?.path ?? 'audio/x.mp3');
  return [
    { name: 'manifest.json', data: bytes, deflate: true },
    { name: 'manifest.sig', data: signBytes(key, bytes) },
    { name: audioPath, data: audio },
  ];
}
