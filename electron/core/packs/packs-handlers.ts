import { randomUUID } from 'node:crypto';
import { stat } from 'node:fs/promises';
import path from 'node:path';
import { UserFacingError } from '../../../shared/api/errors.ts';
import type { packsMethods } from '../../../shared/api/methods/packs.ts';
import type { AudioService } from '../audio/audio-service.ts';
import type { EffectiveAudio } from '../audio/edit/effective-audio.ts';
import type { CoreServices, DomainHandlers } from '../core-types.ts';
import { stageReport } from './job-stage.ts';
import { ensureStationKey } from './keys.ts';
import { buildPackFor, estimatePack, publisherName, setPublisherName } from './pack-build-service.ts';
import { importOpenedPack, type OpenedPack } from './pack-import.ts';
import { readPack } from './pack-reader.ts';
import { previewPack } from './pack-open.ts';
import { TrustStore } from './trust-store.ts';

/** Packaged IREX key list, then the data folder's own settings file (issue #6 "pre-trusted by a settings file"). */
export function trustedPublisherFiles(dataDir: string, resourcesDir: string): string[] {
  return [path.join(resourcesDir, 'trusted-publishers', 'trusted-publishers.json'), path.join(dataDir, 'trusted-publishers.json')];
}

export function defaultResourcesDir(): string {
  return path.resolve(import.meta.dirname, '..', '..', '..', 'resources');
}

/** The station's trusted publishers: one store shared by the packs and feeds handlers. */
export function openTrustStore(s: Pick<CoreServices, 'db' | 'clock' | 'dataDir'>): TrustStore {
  const trust = new TrustStore(s.db, s.clock);
  trust.loadSettingsFiles(trustedPublisherFiles(s.dataDir, defaultResourcesDir()));
  return trust;
}

/**
 * Where feed downloads wait to be opened. A port, not an import of feeds/: feeds build on packs
 * (they download and verify packs), so packs must not depend on feeds (eslint.config.js zones).
 */
export interface PackInbox {
  inboxFile(inboxId: string): string;
  markImported(inboxId: string): void;
}

type FeedMethod = Extract<keyof typeof packsMethods, `feeds.${string}`>;
export type PacksOnlyMethods = Omit<typeof packsMethods, FeedMethod>;

/** Packs and trust (issue #6); feeds.* live in feeds/feeds-handlers.ts. */
export function createPacksHandlers(
  s: CoreServices,
  media: { effective: EffectiveAudio; audio: Pick<AudioService, 'assetPath' | 'analyzePath'> },
  stores: { trust: TrustStore; inbox: PackInbox },
): DomainHandlers<PacksOnlyMethods> {
  const build = { ...s, ...media };
  const { trust, inbox } = stores;
  // What `packs.open` verified, by openId; the file is kept (an upload is not discarded) until import or forget.
  const opened = new Map<string, { pack: OpenedPack; inboxId: string | null; uploadId: string | null }>();
  const deps = { ...s, trust };

  async function forget(openId: string): Promise<void> {
    const entry = opened.get(openId);
    opened.delete(openId);
    if (entry?.uploadId) await s.uploads.discard(entry.uploadId);
  }

  /**
   * Verifies the whole pack — signature, schema, every file's size and sha256 — writing nothing
   * (issue #12: an untrusted pack must not put audio on disk). The import reads it again, staging
   * only what it keeps, once trust is settled.
   */
  async function open(jobId: string, file: string, from: { inboxId: string | null; uploadId: string | null }) {
    // Each opened upload keeps its file: keep only the last few opened packs.
    for (const id of [...opened.keys()].slice(0, Math.max(0, opened.size - 2))) await forget(id);
    const size = (await stat(file)).size;
    return s.jobs.run(jobId, 'pack-import', async (signal, report) => {
      const verified = await readPack(file, { signal, keepScripts: false, onProgress: (f) => stageReport(report)('verify', f) });
      const openId = randomUUID();
      opened.set(openId, { pack: { file, manifestBytes: verified.manifestBytes, fingerprint: verified.fingerprint }, ...from });
      return previewPack(deps, verified, openId, size);
    });
  }

  return {
    'packs.keyInfo': async () => {
      const key = ensureStationKey(s.dataDir);
      return { fingerprint: key.fingerprint, publicKeyPem: key.publicKeyPem, publisherName: publisherName(s.db) };
    },
    'packs.setPublisherName': async ({ name }) => {
      setPublisherName(s.db, name);
      return { name };
    },
    'packs.trustList': async () => trust.list().map(({ fingerprint, name, source, addedAt }) => ({ fingerprint, name, source, addedAt })),
    'packs.trustKey': async ({ publicKeyPem, name }) => {
      const p = trust.add(publicKeyPem, name, 'user');
      return { fingerprint: p.fingerprint, name: p.name, source: p.source, addedAt: p.addedAt };
    },
    'packs.untrust': async ({ fingerprint }) => ({ removed: trust.remove(fingerprint) }),
    'packs.estimate': async (input) => estimatePack(build, input),
    'packs.build': async (input) => s.jobs.run(input.jobId, 'pack-build', (signal, report) => buildPackFor(build, input, signal, stageReport(report))),
    'packs.open': async ({ jobId, source }) => {
      if (source.kind === 'path' && s.transport === 'web') throw new UserFacingError('forbidden', 'Path imports are not available in browser mode');
      const file = source.kind === 'path' ? source.path : s.uploads.pathOf(source.uploadId);
      const uploadId = source.kind === 'upload' ? source.uploadId : null;
      try {
        return await open(jobId, file, { inboxId: null, uploadId });
      } catch (error) {
        // A pack that could not be opened will not be imported: its upload goes now.
        if (uploadId) await s.uploads.discard(uploadId);
        throw (error as NodeJS.ErrnoException).code === 'ENOENT' ? new UserFacingError('import.unreadable', `Cannot read ${file}`, { name: path.basename(file) }) : error;
      }
    },
    'packs.openInbox': async ({ jobId, inboxId }) => open(jobId, inbox.inboxFile(inboxId), { inboxId, uploadId: null }),
    'packs.import': async ({ jobId, openId, acceptPublisher }) => {
      const entry = opened.get(openId);
      if (!entry) throw new UserFacingError('not_found', `No opened pack ${openId}`, { id: openId });
      const result = await s.jobs.run(jobId, 'pack-import', (signal, report) => importOpenedPack(deps, entry.pack, acceptPublisher, signal, stageReport(report)));
      await forget(openId);
      if (entry.inboxId) inbox.markImported(entry.inboxId);
      return result;
    },
  };
}
