import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { UserFacingError } from '../../../shared/api/errors.ts';
import { redactionEditOps, type Testimony } from '../../../shared/domain/voices.ts';
import { APP_VERSION } from '../app-version.ts';
import { resolve } from '../audio/edit/edit-list.ts';
import { renderTimeline, type RenderFormat, type RenderResult } from '../audio/edit/render.ts';
import type { CoreServices } from '../core-types.ts';

export type RenderDeps = Pick<CoreServices, 'dataDir' | 'store' | 'segments' | 'ffmpeg' | 'clock'>;

/** Where Voces keeps its previews: inside the data folder (the media handler serves nothing outside it). */
export const voicesRenderDir = (dataDir: string): string => path.join(dataDir, 'renders', 'voces');

/**
 * The testimony as it leaves the station (issue #14 §2): its redaction spans as bleeps and cuts on
 * the original (the edit list's own renderer, edit-list.ts + render.ts) and its voice disguise. Every
 * exit — preview, export, the library segment — goes through here, so none can skip the redaction.
 * The tags name no one: a date and "Cabina", never the summary.
 */
export async function renderTestimony(d: RenderDeps, t: Testimony, format: RenderFormat, out: string, signal: AbortSignal, onProgress: (f: number) => void): Promise<RenderResult> {
  if (t.assetId === null || t.durationSec === null) throw new UserFacingError('voices.no_audio', `Testimony ${t.id} has no audio`, { id: t.id });
  const file = d.segments.assetFile(t.assetId);
  if (!file) throw new UserFacingError('not_found', `No asset ${t.assetId}`, { id: t.assetId });
  await mkdir(path.dirname(out), { recursive: true });
  const timeline = resolve(redactionEditOps(t.redactions), t.durationSec);
  return renderTimeline(d.ffmpeg(), {
    originalPath: d.store.originalPath(t.assetId, file.ext),
    assetPaths: new Map(),
    timeline,
    format,
    out,
    metadata: {
      title: `Testimonio ${t.receivedOn}`, description: '', producer: 'Cabina', languageCode: t.languageCode,
      validFrom: null, validUntil: null, segmentId: t.id, versionId: t.id,
    },
    now: d.clock(),
    appVersion: APP_VERSION,
    disguise: t.disguise,
    signal,
    onProgress,
  });
}
