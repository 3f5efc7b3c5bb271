import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { UserFacingError } from '../../../shared/api/errors.ts';
import type { audioMethods } from '../../../shared/api/methods/audio.ts';
import type { CoreServices, DomainHandlers } from '../core-types.ts';
import type { AudioService } from './audio-service.ts';
import { apply, detectSilence, redo, resolve, undo, type EditState } from './edit-list.ts';
import { pickLevel, type PeaksIndex } from './peaks-file.ts';
import { renderTimeline, type RenderFormat } from './render.ts';
import { loadEditState, loadVersionSource, renderMetadata, type VersionSource } from './version-source.ts';
import { APP_VERSION } from '../app-version.ts';

/** Below this peak level (dBFS) an edge counts as silence: room tone and hiss of cheap recorders, not speech. */
const SILENCE_THRESHOLD_DB = -50;

/** audio.* methods: analysis and peaks of a version's original, its edit list (with undo/redo), renders. */
export function createAudioHandlers(s: CoreServices, audio: AudioService): DomainHandlers<typeof audioMethods> {
  const version = (versionId: string) => loadVersionSource(s.db, versionId);
  const loadEdits = (versionId: string) => loadEditState(s.db, versionId);
  const originalSec = async (v: VersionSource) => (await audio.analyzeAsset(v.asset_id)).durationSec || v.duration_sec;
  /** One level of a version's peaks (analysing the file first if it never was). */
  const peaksOf = async (versionId: string, choose: (index: PeaksIndex) => PeaksIndex['levels'][number] | undefined) => {
    const v = version(versionId);
    await audio.analyzeAsset(v.asset_id);
    const read = await audio.store.readPeaksLevel(v.asset_id, choose);
    if (!read) throw new UserFacingError('not_found', 'No peaks', { id: v.asset_id });
    return { v, ...read };
  };
  const answer = async (v: VersionSource, edits: EditState) => ({ versionId: v.id, edits, timeline: resolve(edits.ops, await originalSec(v)) });
  const save = async (versionId: string, change: (state: EditState) => EditState) => {
    const v = version(versionId);
    const next = change(loadEdits(v.id));
    s.db
      .prepare('INSERT INTO edit_lists (version_id, edits, updated_at) VALUES (?, ?, ?) ON CONFLICT(version_id) DO UPDATE SET edits = excluded.edits, updated_at = excluded.updated_at')
      .run(v.id, JSON.stringify(next), s.clock().toISOString());
    return answer(v, next);
  };

  return {
    'audio.analysis': async ({ versionId, jobId }) => {
      const v = version(versionId);
      const { sha256, ...analysis } = await audio.analyzeAsset(v.asset_id, jobId);
      return { assetId: sha256, analysis };
    },
    'audio.peaks': async ({ versionId, pixels }) => {
      const { v, index, level, data } = await peaksOf(versionId, (i) => pickLevel(i, pixels));
      if (!level) throw new UserFacingError('not_found', 'No peaks', { id: v.asset_id });
      return { samplesPerPixel: level.samplesPerPixel, sampleRate: index.sampleRate, frames: index.frames, durationSec: index.frames / index.sampleRate, peaks: Array.from(data) };
    },
    'audio.silence': async ({ versionId, thresholdDb = SILENCE_THRESHOLD_DB }) => {
      const finestOf = (index: PeaksIndex) => index.levels.reduce<PeaksIndex['levels'][number] | undefined>((best, l) => (!best || l.samplesPerPixel < best.samplesPerPixel ? l : best), undefined);
      const { index, level: finest, data } = await peaksOf(versionId, finestOf);
      const durationSec = index.frames / index.sampleRate;
      if (!finest || finest.pairCount === 0) return { leadSec: 0, trailSec: 0, durationSec, thresholdDb };
      const secPerPair = finest.samplesPerPixel / index.sampleRate;
      const { leadSec, trailSec } = detectSilence(data, secPerPair, thresholdDb);
      // The last pair may cover fewer frames than the others: measure the tail from the real end.
      const loudEnd = Math.min(durationSec, finest.pairCount * secPerPair - trailSec);
      return { leadSec: Math.min(leadSec, durationSec), trailSec: Math.max(0, durationSec - Math.max(loudEnd, leadSec)), durationSec, thresholdDb };
    },
    'audio.edits.get': async ({ versionId }) => {
      const v = version(versionId);
      return answer(v, loadEdits(v.id));
    },
    'audio.edits.apply': ({ versionId, op }) => save(versionId, (state) => apply(state, op)),
    'audio.edits.undo': ({ versionId }) => save(versionId, undo),
    'audio.edits.redo': ({ versionId }) => save(versionId, redo),
    'audio.render': async ({ jobId, versionId, format, out }) => {
      if (out !== undefined && s.transport === 'web') throw new UserFacingError('forbidden', 'Output paths are not available in browser mode');
      const v = version(versionId);
      const timeline = resolve(loadEdits(v.id).ops, await originalSec(v));
      const ext = { master: 'wav', mp3: 'mp3', opus: 'opus' }[format as RenderFormat];
      const target = out ? path.resolve(out) : path.join(s.dataDir, 'renders', `${v.id}-${format}.${ext}`);
      await mkdir(path.dirname(target), { recursive: true });
      const assetPaths = new Map(timeline.pieces.flatMap((p) => (p.assetId ? [[p.assetId, audio.assetPath(p.assetId)] as const] : [])));
      const result = await s.jobs.run(jobId, 'render', (signal, report) =>
        renderTimeline(s.ffmpeg(), {
          originalPath: audio.assetPath(v.asset_id),
          assetPaths,
          timeline,
          format: format as RenderFormat,
          out: target,
          metadata: renderMetadata(v),
          now: s.clock(),
          appVersion: APP_VERSION,
          signal,
          onProgress: (f) => report('encode', f),
        }),
      );
      return { path: result.out, durationSec: result.durationSec, integratedLufs: result.analysis.integratedLufs, truePeakDbtp: result.analysis.truePeakDbtp };
    },
  };
}
