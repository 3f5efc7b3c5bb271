import { taskRecordings, type PackAudio, type PackManifest, type PackSegment } from '../../../shared/domain/pack-manifest.ts';
import type { Database } from '../db/database.ts';

export type PlanStatus = 'new' | 'update' | 'duplicate' | 'older' | 'expired';

export interface PlanItem {
  segment: PackSegment;
  status: PlanStatus;
  /** Local segments holding older versions of this pack segment (archived by an update). */
  supersedes: string[];
  /** Another publisher (or this station) already uses this segment id here: imported as a separate segment (issue #12). */
  sharedId: boolean;
}

/** Who signed the pack: identity of a pack segment is (fingerprint, id) (issue #12). */
export interface PlanSigner {
  fingerprint: string;
  /** Signed with this station's own key. */
  self: boolean;
}

export interface ImportPlan {
  items: PlanItem[];
  /** Bytes the library will grow by: chosen audio (and task recordings) not already in the content store. */
  bytesNeeded: number;
}

const ROLE_ORDER: readonly PackAudio['role'][] = ['master', 'playout', 'distribution'];

/** The library keeps one original per version: the best the pack carries (master, then playout, then distribution). */
export function chooseAudio(audio: readonly PackAudio[]): PackAudio {
  const sorted = [...audio].sort((a, b) => ROLE_ORDER.indexOf(a.role) - ROLE_ORDER.indexOf(b.role));
  const first = sorted[0];
  if (!first) throw new Error('version without audio');
  return first;
}

/**
 * What an import would do, segment by segment: same (id, version) already here → duplicate; a lower
 * version here → update (the old one is archived); a higher one here → older (skipped); validity
 * ended before `today` → expired (skipped). Pure reads, so the preview and the import agree.
 * Issue #12: only the same publisher's rows count, so publisher B can neither supersede A's segment
 * nor block A's updates by claiming version 9999. The station's own pack is the exception: it may
 * carry segments it imported from others under their ids (pack-build-service.ts packIdentity), and
 * its key is the station's own, so its ids match across publishers.
 */
export function planImport(db: Database, manifest: PackManifest, today: string, signer: PlanSigner): ImportPlan {
  const versionsOf = signer.self
    ? db.prepare('SELECT version, segment_id FROM pack_segment_map WHERE pack_segment_id = ?')
    : db.prepare('SELECT version, segment_id FROM pack_segment_map WHERE pack_segment_id = ? AND publisher_fingerprint = ?');
  const otherPublisher = db.prepare('SELECT 1 FROM pack_segment_map WHERE pack_segment_id = ? AND publisher_fingerprint <> ? LIMIT 1').pluck();
  const localSegment = db.prepare("SELECT 1 FROM segments WHERE id = ? AND origin_kind = 'local'").pluck();
  const hasAsset = db.prepare('SELECT 1 FROM assets WHERE id = ?').pluck();
  const ownSegment = db.prepare("SELECT p.version FROM segments s LEFT JOIN pack_published p ON p.segment_id = s.id WHERE s.id = ? AND s.origin_kind = 'local'");
  const items: PlanItem[] = [];
  const counted = new Set<string>();
  // One pack may carry one (id, version) twice (a station re-publishing two publishers' segments that
  // share an id): the second is a duplicate of the first, not a second row under the same key.
  const inPack = new Set<string>();
  let bytesNeeded = 0;
  for (const segment of manifest.segments) {
    const here = (signer.self ? versionsOf.all(segment.id) : versionsOf.all(segment.id, signer.fingerprint)) as { version: number; segment_id: string }[];
    const maxHere = Math.max(0, ...here.map((r) => r.version));
    // The station's own segment coming back in its own pack (issue #11): never "new". A local
    // segment is published under its own id (pack-build-service.ts packIdentity).
    const own = signer.self ? (ownSegment.get(segment.id) as { version: number | null } | undefined) : undefined;
    let status: PlanStatus;
    const key = `${segment.id}@${segment.version}`;
    const repeated = inPack.has(key);
    inPack.add(key);
    if (repeated) status = 'duplicate';
    else if (own) status = (own.version ?? segment.version) > segment.version ? 'older' : 'duplicate';
    else if (here.some((r) => r.version === segment.version)) status = 'duplicate';
    else if (maxHere > segment.version) status = 'older';
    else if (segment.validUntil !== null && segment.validUntil < today) status = 'expired';
    else status = here.length > 0 ? 'update' : 'new';
    const sharedId = !signer.self && (otherPublisher.get(segment.id, signer.fingerprint) !== undefined || localSegment.get(segment.id) !== undefined);
    items.push({ segment, status, supersedes: status === 'update' ? here.map((r) => r.segment_id) : [], sharedId });
    if (status !== 'new' && status !== 'update') continue;
    // Issue #14: the task recordings (oral translations, spoken back-translations) are kept too.
    for (const audio of [...segment.versions.map((v) => chooseAudio(v.audio)), ...taskRecordings(segment.production)]) {
      if (counted.has(audio.sha256) || hasAsset.get(audio.sha256)) continue;
      counted.add(audio.sha256);
      bytesNeeded += audio.sizeBytes;
    }
  }
  return { items, bytesNeeded };
}

export function importable(plan: ImportPlan): PlanItem[] {
  return plan.items.filter((i) => i.status === 'new' || i.status === 'update');
}
