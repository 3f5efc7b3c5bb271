import { rm } from 'node:fs/promises';
import { UserFacingError } from '../../../shared/api/errors.ts';
import type { CoreServices } from '../core-types.ts';
import { writeTransaction } from '../db/database.ts';
import { diskFullError } from '../files/disk-full.ts';
import { localDate } from '../time/local-date.ts';
import { loadStationKey } from './keys.ts';
import { writeImportRows } from './pack-library-writer.ts';
import { chooseAudio, importable, planImport, type ImportPlan } from './pack-plan.ts';
import { readPack, type VerifiedPack } from './pack-reader.ts';
import { freeBytes } from './pack-open.ts';
import { stagingSuffix } from './pack-staging.ts';
import { promptAudioToStage, writePromptRows } from './pack-prompts.ts';
import { taskAudioToStage } from './pack-task-audio.ts';
import { taskRecordings } from '../../../shared/domain/pack-manifest.ts';
import type { TrustStore } from './trust-store.ts';

type Deps = Pick<CoreServices, 'db' | 'dataDir' | 'clock' | 'store' | 'catalogIndex' | 'events' | 'logger' | 'helpPrompts' | 'production'> & { trust: TrustStore };

export interface ImportResult {
  imported: number;
  updated: number;
  skipped: number;
  segmentIds: string[];
  /** Spoken help prompts written (issue #15). */
  prompts: number;
}

/** What `packs.open` verified: the file is read again at import, and must still be that pack. */
export interface OpenedPack {
  file: string;
  manifestBytes: Buffer;
  fingerprint: string;
}

/**
 * Import (issues #6, #12) of a pack `packs.open` verified without writing anything. Trust is checked
 * first — an untrusted, unaccepted publisher is refused before the file is even read again — then the
 * pack is re-verified while only the audio this import keeps is staged into the store's tmp/, files
 * are committed to their content addresses and every row is written in one transaction. Staging is
 * removed on every exit (refusal, error, cancel, success), so nothing outlives this call.
 */
export async function importOpenedPack(deps: Deps, opened: OpenedPack, acceptPublisher: boolean, signal: AbortSignal, report: (stage: 'write', f: number) => void): Promise<ImportResult> {
  const own = loadStationKey(deps.dataDir);
  const self = own?.fingerprint === opened.fingerprint;
  const trusted = self || deps.trust.isTrusted(opened.fingerprint);
  // A holder, not a `let`: the plan is made inside authorize, which TypeScript's flow analysis cannot see.
  const planned: { plan: ImportPlan | null } = { plan: null };
  const toStage = new Set<string>();
  let verified: VerifiedPack | null = null;
  try {
    verified = await readPack(opened.file, {
      signal,
      keepScripts: true,
      onProgress: (f) => report('write', f * 0.9),
      authorize: async ({ manifest, manifestBytes, fingerprint }) => {
        if (!manifestBytes.equals(opened.manifestBytes) || fingerprint !== opened.fingerprint) throw new UserFacingError('pack.changed', 'Pack changed since it was opened');
        if (!trusted && !acceptPublisher) throw new UserFacingError('pack.untrusted', 'Untrusted publisher', { publisher: manifest.publisher.name, fingerprint });
        const plan = planImport(deps.db, manifest, localDate(deps.clock()), { fingerprint, self });
        const free = await freeBytes(deps.dataDir);
        planned.plan = plan;
        // Issue #12: the same disk.full sentence as every other writer, with what is missing.
        if (free !== null && free < plan.bytesNeeded) throw await diskFullError(deps.dataDir, plan.bytesNeeded);
        const hasAsset = deps.db.prepare('SELECT 1 FROM assets WHERE id = ?').pluck();
        for (const item of importable(plan)) {
          for (const version of item.segment.versions) {
            const audio = chooseAudio(version.audio);
            if (!hasAsset.get(audio.sha256)) toStage.add(audio.path);
          }
        }
        for (const p of promptAudioToStage(manifest, (sha) => hasAsset.get(sha) !== undefined)) toStage.add(p);
        // Issue #14: the oral translations and spoken back-translations of the segments it keeps.
        for (const p of taskAudioToStage(importable(plan).map((i) => i.segment), (sha) => hasAsset.get(sha) !== undefined)) toStage.add(p);
      },
      stagePath: async (entry) => (toStage.has(entry) ? deps.store.newTmpPath(stagingSuffix()) : null),
    });
    if (!planned.plan) throw new Error('pack plan missing after authorize');
    return await commitImport(deps, verified, planned.plan, { self, trusted, acceptPublisher }, signal, report);
  } finally {
    if (verified) await discardStaged(verified);
  }
}

async function commitImport(deps: Deps, verified: VerifiedPack, plan: ImportPlan, who: { self: boolean; trusted: boolean; acceptPublisher: boolean }, signal: AbortSignal, report: (stage: 'write', f: number) => void): Promise<ImportResult> {
  const { manifest } = verified;
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
  const travelling = [...(manifest.prompts ?? []).map((p) => p.audio), ...items.flatMap((i) => taskRecordings(i.segment.production))];
  for (const audio of travelling) {
    const tmp = verified.staged.get(audio.path);
    if (!tmp || committed.has(audio.path)) continue;
    await deps.store.commit(tmp, audio.sha256, audio.container, 'original');
    committed.add(audio.path);
  }
  const now = deps.clock().toISOString();
  let prompts = 0;
  const segmentIds = writeTransaction(deps.db, () => {
    if (who.acceptPublisher && !who.trusted) {
      deps.db
        .prepare("INSERT OR IGNORE INTO pack_publishers (fingerprint, name, public_key_pem, source, added_at) VALUES (?, ?, ?, 'user', ?)")
        .run(verified.fingerprint, manifest.publisher.name, manifest.publisher.publicKeyPem, now);
    }
    const created = writeImportRows(deps.db, deps.catalogIndex, { manifest, items, scripts: verified.scripts, now });
    // Issue #14: the script and translations come along; the languages whose audio arrived, approved.
    items.forEach(({ segment }, i) => {
      const segmentId = created[i];
      if (segment.production && segmentId) deps.production.receive(segmentId, segment.production, segment.versions.flatMap((v) => (v.languageCode ? [v.languageCode] : [])), now);
    });
    prompts = writePromptRows(deps.helpPrompts, deps.catalogIndex, manifest, now);
    return created;
  });
  report('write', 1);
  deps.logger.info('pack imported', { packId: manifest.packId, version: manifest.packVersion, segments: segmentIds.length });
  if (segmentIds.length > 0) deps.events.emit('library.changed', { segmentIds, origin: 'pack' });
  if (prompts > 0) deps.events.emit('help.changed', {});
  return {
    imported: items.filter((i) => i.status === 'new').length,
    updated: items.filter((i) => i.status === 'update').length,
    skipped: plan.items.length - items.length,
    segmentIds,
    prompts,
  };
}

/** Removes what is left of a pack's staged audio (committed files were already renamed away). */
export async function discardStaged(verified: Pick<VerifiedPack, 'staged'>): Promise<void> {
  await Promise.all([...verified.staged.values()].map((p) => rm(p, { force: true })));
}
