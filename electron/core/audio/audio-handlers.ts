import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { UserFacingError } from '../../../shared/api/errors.ts';
import type { audioMethods } from '../../../shared/api/methods/audio.ts';
import type { CoreServices, DomainHandlers } from '../core-types.ts';
import type { AudioService } from './audio-service.ts';
import { apply, detectSilence, redo, resolve, undo, type EditState } from './edit-list.ts';
import { pickLevel, readPeaksIndex, type PeaksIndex } from './peaks-file.ts';
import { renderTimeline, type RenderFormat } from './render.ts';
import { loadEditState, loadVersionSource, renderMetadata, type VersionSource } from './version-source.ts';
import { APP_VERSION } from '../app-version.ts';

/** Below this peak level (dBFS) an edge counts as silence: room tone and hiss of cheap recorders, not speech. */
const SILENCE_THRESHOLD_DB = -50;

/** One level's min/max pairs, copied out of the peaks file (its offset need not be 2-aligned in memory). */
const levelData = (bytes: Uint8Array, level: PeaksIndex['levels'][number]) =>
  new Int16Array(bytes.buffer.slice(bytes.byteOffset + level.byteOffset, bytes.byteOffset + level.byteOffset + level.pairCount * 4));

/** audio.* methods: analysis and peaks of a version's original, its edit list (with undo/redo), renders. */
export function createAudioHandlers(s: CoreServices, audio: AudioService): DomainHandlers<typeof audioMethods> {
  const version = (versionId: string) => loadVersionSource(s.db, versionId);
  const loadEdits = (versionId: string) => loadEditState(s.db, versionId);
  const originalSec = async (v: VersionSource) => (await audio.analyzeAsset(v.asset_id)).durationSec || v.duration_sec;
  const peaksOf = async (versionId: string) => {
    const v = version(versionId);
    await audio.analyzeAsset(v.asset_id);
    const bytes = await audio.store.readPeaks(v.asset_id);
    if (!bytes) throw new UserFacingError('not_found', 'No peaks', { id: v.asset_id });
    return { v, bytes, index: readPeaksIndex(bytes) };
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
      const { v, bytes, index } = await peaksOf(versionId);
      const level = pickLevel(index, pixels);
      if (!level) throw new UserFacingError('not_found', 'No peaks', { id: v.asset_id });
      const data = levelData(bytes, level);
      return { samplesPerPixel: level.samplesPerPixel, sampleRate: index.sampleRate, frames: index.frames, durationSec: index.frames / index.sampleRate, peaks: Array.from(data) };
    },
    'audio.silence': async ({ versionId, thresholdDb = SILENCE_THRESHOLD_DB }) => {
      const { bytes, index } = await peaksOf(versionId);
      const finest = index.levels.reduce<PeaksIndex['levels'][number] | undefined>((best, l) => (!best || l.samplesPerPixel < best.samplesPerPixel ? l : best), undefined);
      const durationSec = index.frames / index.sampleRate;
      if (!finest || finest.pairCount === 0) return { leadSec: 0, trailSec: 0, durationSec, thresholdDb };
      const secPerPair = finest.samplesPerPixel / index.sampleRate;
      const { leadSec, trailSec } = detectSilence(levelData(bytes, finest), secPerPair, thresholdDb);
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
