import { rm } from 'node:fs/promises';
import { UserFacingError } from '../../../shared/api/errors.ts';
import type { CoreServices } from '../core-types.ts';
import { writeTransaction } from '../db/database.ts';
import { diskFullError } from '../files/disk-full.ts';
import { localDate } from '../time/local-date.ts';
import { loadStationKey } from './keys.ts';
import { writeImportRows } from './pack-library-writer.ts';
import { chooseAudio, importable, planImport } from './pack-plan.ts';
import type { VerifiedPack } from './pack-reader.ts';
import { freeBytes } from './pack-open.ts';
import type { TrustStore } from './trust-store.ts';

type Deps = Pick<CoreServices, 'db' | 'dataDir' | 'clock' | 'store' | 'catalogIndex' | 'events' | 'logger'> & { trust: TrustStore };

export interface ImportResult {
  imported: number;
  updated: number;
  skipped: number;
  segmentIds: string[];
}

/**
 * Import (issue #6) of a pack that `readPack` verified completely while staging its audio into the
 * store's tmp/ (inside the data folder): check trust, then commit files to their content addresses
 * and write every row in one transaction. Any refusal leaves the library exactly as it was; staged
 * files stay with the opened pack (the user may accept the publisher and retry) and are removed by
 * the caller with `discardStaged`.
 */
export async function importVerifiedPack(deps: Deps, verified: VerifiedPack, acceptPublisher: boolean, signal: AbortSignal, report: (stage: 'write', f: number) => void): Promise<ImportResult> {
  {
    const { manifest } = verified;
    const own = loadStationKey(deps.dataDir);
    const self = own?.fingerprint === verified.fingerprint;
    if (!self && !deps.trust.isTrusted(verified.fingerprint)) {
      if (!acceptPublisher) throw new UserFacingError('pack.untrusted', 'Untrusted publisher', { publisher: manifest.publisher.name, fingerprint: verified.fingerprint });
    }
    const plan = planImport(deps.db, manifest, localDate(deps.clock()));
    const free = await freeBytes(deps.dataDir);
    // Issue #12: the same disk.full sentence as every other writer, with what is missing.
    if (free !== null && free < plan.bytesNeeded) throw await diskFullError(deps.dataDir, plan.bytesNeeded);
    const items = importable(plan);
    if (signal.aborted) throw new UserFacingError('cancelled', 'Cancelled');
    report('write', 0.92);
    // Files first, then rows: a committed file without a row is a harmless orphan; a row without its file is not.
    const committed = new Set<string>();
    for (const item of items) {
      for (const version of item.segment.versions) {
        const audio = chooseAudio(version.audio);
        const tmp = verified.staged.get(audio.path);
        if (!tmp || committed.has(audio.path)) continue;
        await deps.store.commit(tmp, audio.sha256, audio.container, 'original');
        committed.add(audio.path);
      }
    }
    const now = deps.clock().toISOString();
    const segmentIds = writeTransaction(deps.db, () => {
      if (acceptPublisher && !self && !deps.trust.isTrusted(verified.fingerprint)) {
        deps.db
          .prepare("INSERT OR IGNORE INTO pack_publishers (fingerprint, name, public_key_pem, source, added_at) VALUES (?, ?, ?, 'user', ?)")
          .run(verified.fingerprint, manifest.publisher.name, manifest.publisher.publicKeyPem, now);
      }
      return writeImportRows(deps.db, deps.catalogIndex, { manifest, items, scripts: verified.scripts, now });
    });
    report('write', 1);
    deps.logger.info('pack imported', { packId: manifest.packId, version: manifest.packVersion, segments: segmentIds.length });
    if (segmentIds.length > 0) deps.events.emit('library.changed', { segmentIds, origin: 'pack' });
    return {
      imported: items.filter((i) => i.status === 'new').length,
      updated: items.filter((i) => i.status === 'update').length,
      skipped: plan.items.length - items.length,
      segmentIds,
    };
  }
}

/** Removes what is left of a pack's staged audio (committed files were already renamed away). */
export async function discardStaged(verified: VerifiedPack): Promise<void> {
  await Promise.all([...verified.staged.values()].map((p) => rm(p, { force: true })));
}
