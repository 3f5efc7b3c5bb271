import { execFile } from 'node:child_process';
import { createHash, createPublicKey, generateKeyPairSync } from 'node:crypto';
import { mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { createFfmpegAdapter, type FfmpegAdapter } from '../../electron/core/audio/ffmpeg/ffmpeg-adapter.ts';
import { analyzeFile } from '../../electron/core/audio/loudness/analyze-audio.ts';
import { probeAudio } from '../../electron/core/audio/ffmpeg/probe-audio.ts';
import { fingerprintOf, type StationKey } from '../../electron/core/packs/keys.ts';
import { buildPack } from '../../electron/core/packs/pack-builder.ts';
import { packLoudness } from '../../electron/core/packs/pack-version-audio.ts';
import type { Segment, Version } from '../../shared/domain/segment.ts';
import { DEMO_PACK_ID, DEMO_PACK_TITLE, DEMO_PUBLISHER_NAME, DEMO_SEGMENTS, type DemoSegment } from './demo-content.ts';

/*
 * Rebuilds resources/examples/demo.cabina, the pack the README's first-run sequence imports
 * (`node scripts/examples/make-demo-pack.ts`, or `npm run demo-pack`). Needs espeak-ng.
 *
 * The signing key is made in memory for this run and never written anywhere: only its public half
 * is listed in resources/trusted-publishers/trusted-publishers.json, so the committed pack imports
 * without extra steps while nobody (not even whoever ran this) can sign another pack with it.
 * Rerunning replaces both the pack and that entry.
 *
 * Audio is MP3 (mono, 22.05 kHz, 32 kbps): tiny enough to commit, and what ZaraRadio plays when
 * the example day is exported with --copy-audio (the pack carries it as the master, untouched).
 */

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const demoPackPath = path.join(root, 'resources', 'examples', 'demo.cabina');
const trustFile = path.join(root, 'resources', 'trusted-publishers', 'trusted-publishers.json');
const exec = promisify(execFile);

async function speak(text: string, out: string): Promise<void> {
  // es-419 (Latin American Spanish) is the closest espeak-ng voice to the stations' audience.
  for (const voice of ['es-419', 'es']) {
    try {
      await exec('espeak-ng', ['-v', voice, '-s', '160', '-w', out, text]);
      return;
    } catch {
      // try the next voice
    }
  }
  throw new Error('espeak-ng with a Spanish voice is needed (apt-get install espeak-ng)');
}

interface Clip {
  version: Version;
  file: string;
}

async function makeClip(ff: FfmpegAdapter, dir: string, segment: DemoSegment, index: number, now: string): Promise<Clip> {
  const source = segment.versions[index];
  if (!source) throw new Error(`no version ${index} in ${segment.title}`);
  const wav = path.join(dir, `${segment.id}-${index}.wav`);
  const mp3 = path.join(dir, `${segment.id}-${index}.mp3`);
  await speak(source.text, wav);
  // -bitexact and no metadata: the same text gives the same bytes, so reruns change little.
  await ff.runFfmpeg(['-v', 'error', '-y', '-i', wav, '-ac', '1', '-ar', '22050', '-c:a', 'libmp3lame', '-b:a', '32k', '-map_metadata', '-1', '-bitexact', mp3]);
  const bytes = await readFile(mp3);
  const probed = await probeAudio(mp3, ff, new AbortController().signal);
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  const id = `${segment.id.slice(0, 34)}${String(index).padStart(2, '0')}`;
  return {
    file: mp3,
    version: {
      id,
      segmentId: segment.id,
      languageCode: source.languageCode,
      regions: [{ stateCode: '20', municipalityCode: null, place: null, role: 'origin' }],
      script: source.text,
      asset: { id: sha256, originalName: path.basename(mp3), sizeBytes: bytes.length, durationSec: probed.durationSec, format: probed.format, importedAt: now },
      durationSec: probed.durationSec,
      createdAt: now,
    },
  };
}

function toSegment(segment: DemoSegment, versions: Version[], now: string): Segment {
  return {
    id: segment.id,
    title: segment.title,
    description: segment.description,
    topics: segment.topics,
    status: 'approved',
    // Open-ended: the example grid's dates (2026) and any later "today" must find them valid.
    validFrom: null,
    validUntil: null,
    license: 'CC0-1.0',
    producer: 'Cabina (ejemplo)',
    consentNotes: 'Voz sintética: no se grabó a ninguna persona.',
    origin: { kind: 'local', packId: null, packVersion: null },
    createdAt: now,
    updatedAt: now,
    versions,
  };
}

function ephemeralKey(): StationKey {
  const { privateKey } = generateKeyPairSync('ed25519');
  const publicKey = createPublicKey(privateKey);
  return { privateKey, publicKey, publicKeyPem: publicKey.export({ type: 'spki', format: 'pem' }).toString(), fingerprint: fingerprintOf(publicKey) };
}

async function listPublicKey(key: StationKey): Promise<void> {
  const current = JSON.parse(await readFile(trustFile, 'utf8')) as { publishers: { name: string; publicKeyPem: string }[] };
  const others = current.publishers.filter((p) => p.name !== DEMO_PUBLISHER_NAME);
  const next = { publishers: [...others, { name: DEMO_PUBLISHER_NAME, publicKeyPem: key.publicKeyPem }] };
  await writeFile(trustFile, `${JSON.stringify(next, null, 2)}\n`);
}

export async function makeDemoPack(outPath = demoPackPath): Promise<{ path: string; sizeBytes: number; fingerprint: string }> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'cabina-demo-pack-'));
  try {
    const ff = createFfmpegAdapter();
    const now = new Date();
    const stamp = now.toISOString();
    const segments: Segment[] = [];
    const files = new Map<string, string>();
    for (const demo of DEMO_SEGMENTS) {
      const versions: Version[] = [];
      for (let i = 0; i < demo.versions.length; i += 1) {
        const clip = await makeClip(ff, dir, demo, i, stamp);
        versions.push(clip.version);
        files.set(clip.version.asset.id, clip.file);
      }
      segments.push(toSegment(demo, versions, stamp));
    }
    const languages = JSON.parse(await readFile(path.join(root, 'resources', 'catalogs', 'languages.json'), 'utf8')) as { code: string; nameEs: string }[];
    const key = ephemeralKey();
    let tmpCount = 0;
    await buildPack({
      items: segments.map((segment) => ({ packSegmentId: segment.id, version: 1, segment, versionIds: [] })),
      prompts: [],
      encodes: ['master'],
      redact: false,
      title: DEMO_PACK_TITLE,
      description: 'Segmentos cortos de ejemplo para probar Cabina con resources/examples/oaxaca-week.grid.json. Voz sintética de ejemplo.',
      packId: DEMO_PACK_ID,
      packVersion: 1,
      publisherName: DEMO_PUBLISHER_NAME,
      key,
      outPath,
      now,
      // Demo clips have no edit list: each version is its original, as is.
      versionAudio: async (v) => {
        const file = files.get(v.asset.id) ?? '';
        const f = v.asset.format;
        const master = { path: file, container: 'mp3', codec: f.codec, bitRate: f.bitRate, sampleRate: f.sampleRate, channels: f.channels, bitsPerSample: f.bitsPerSample, sizeBytes: v.asset.sizeBytes, sha256: v.asset.id };
        return { master, encodeSource: { path: file, durationSec: v.durationSec, channels: f.channels }, durationSec: v.durationSec, edits: undefined };
      },
      measure: async (source) => packLoudness((await analyzeFile(ff, source)).analysis),
      languageName: (code) => languages.find((l) => l.code === code)?.nameEs ?? null,
      // The demo segments have no Producción work to carry.
      production: async () => null,
      ffmpeg: () => ff,
      newTmpPath: async (suffix) => path.join(dir, `tmp-${(tmpCount += 1)}${suffix}`),
      signal: new AbortController().signal,
      onProgress: () => undefined,
      expectedBytes: 1,
    });
    if (outPath === demoPackPath) await listPublicKey(key);
    return { path: outPath, sizeBytes: (await stat(outPath)).size, fingerprint: key.fingerprint };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const result = await makeDemoPack();
  process.stdout.write(`${path.relative(root, result.path)}: ${result.sizeBytes} bytes, publisher ${result.fingerprint}\n`);
}
