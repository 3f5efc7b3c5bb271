import { statfs } from 'node:fs/promises';
import type { PackPreview } from '../../../shared/api/methods/packs.ts';
import type { CoreServices } from '../core-types.ts';
import { localDate } from '../time/local-date.ts';
import { planImport } from './pack-plan.ts';
import type { VerifiedPack } from './pack-reader.ts';
import type { TrustStore } from './trust-store.ts';
import { loadStationKey } from './keys.ts';

type Deps = Pick<CoreServices, 'db' | 'dataDir' | 'clock'> & { trust: TrustStore };

export async function freeBytes(dir: string): Promise<number | null> {
  try {
    const s = await statfs(dir);
    return Number(s.bavail) * Number(s.bsize);
  } catch {
    return null;
  }
}

/** Describes what importing an already verified pack would do; reads only the database. */
export async function previewPack(deps: Deps, verified: Pick<VerifiedPack, 'manifest' | 'fingerprint'>, openId: string, sizeBytes: number): Promise<PackPreview> {
  const { manifest } = verified;
  const own = loadStationKey(deps.dataDir);
  const self = own?.fingerprint === verified.fingerprint;
  const plan = planImport(deps.db, manifest, localDate(deps.clock()), { fingerprint: verified.fingerprint, self });
  return {
    openId,
    packId: manifest.packId,
    packVersion: manifest.packVersion,
    title: manifest.title,
    description: manifest.description,
    createdAt: manifest.createdAt,
    publisher: { name: manifest.publisher.name, fingerprint: verified.fingerprint, trusted: self || deps.trust.isTrusted(verified.fingerprint), self },
    items: plan.items.map((i) => ({
      id: i.segment.id,
      version: i.segment.version,
      title: i.segment.title,
      languages: [...new Set(i.segment.versions.flatMap((v) => (v.languageCode ? [v.languageCode] : [])))],
      validUntil: i.segment.validUntil,
      status: i.status,
      sharedId: i.sharedId,
    })),
    bytesNeeded: plan.bytesNeeded,
    prompts: manifest.prompts?.length ?? 0,
    bytesFree: await freeBytes(deps.dataDir),
    sizeBytes,
  };
}
