import { copyFile, mkdir, rename, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import { UserFacingError } from '../../../shared/api/errors.ts';
import type { audioMethods } from '../../../shared/api/methods/audio.ts';
import type { CoreServices, DomainHandlers } from '../core-types.ts';
import { assertSize } from '../files/checked-write.ts';
import { toDiskFull } from '../files/disk-full.ts';
import type { AudioService } from './audio-service.ts';
import type { EffectiveAudio } from './edit/effective-audio.ts';
import { apply, detectSilence, redo, undo, type EditState, type Timeline } from './edit/edit-list.ts';
import { pickLevel, type PeaksIndex } from './peaks-file.ts';
import type { VersionSource } from './edit/version-source.ts';

/** Below this peak level (dBFS) an edge counts as silence: room tone and hiss of cheap recorders, not speech. */
const SILENCE_THRESHOLD_DB = -50;

type Deps = Pick<CoreServices, 'transport' | 'jobs'>;

/** audio.* methods: analysis and peaks of a version's original, its edit list (with undo/redo), renders. */
export function createAudioHandlers(s: Deps, audio: Pick<AudioService, 'analyzeAsset' | 'store'>, effective: EffectiveAudio): DomainHandlers<typeof audioMethods> {
  const version = (versionId: string) => effective.version(versionId);
  /** One level of a version's peaks (analysing the file first if it never was). */
  const peaksOf = async (versionId: string, choose: (index: PeaksIndex) => PeaksIndex['levels'][number] | undefined) => {
    const v = version(versionId);
    await audio.analyzeAsset(v.asset_id);
    const read = await audio.store.readPeaksLevel(v.asset_id, choose);
    if (!read) throw new UserFacingError('not_found', 'No peaks', { id: v.asset_id });
    return { v, ...read };
  };
  const answer = ({ version: v, edits, timeline }: { version: VersionSource; edits: EditState; timeline: Timeline }) => ({ versionId: v.id, edits, timeline });
  const save = async (versionId: string, change: (state: EditState) => EditState) => answer(await effective.edit(versionId, change));

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
    'audio.edits.get': async ({ versionId }) => answer(await effective.timeline(versionId)),
    'audio.edits.apply': ({ versionId, op }) => save(versionId, (state) => apply(state, op)),
    'audio.edits.undo': ({ versionId }) => save(versionId, undo),
    'audio.edits.redo': ({ versionId }) => save(versionId, redo),
    'audio.render': async ({ jobId, versionId, format, out, bits }) => {
      if (out !== undefined && s.transport === 'web') throw new UserFacingError('forbidden', 'Output paths are not available in browser mode');
      version(versionId);
      const made = await s.jobs.run(jobId, 'render', (signal, report) => effective.render(versionId, format, { signal, onProgress: (f) => report('encode', f), masterBits: bits }));
      if (!out) return { path: made.path, durationSec: made.durationSec, integratedLufs: made.integratedLufs, truePeakDbtp: made.truePeakDbtp };
      // The cache keeps its copy (exports and packs reuse it); `out` gets its own, written whole or not at all.
      const target = path.resolve(out);
      await mkdir(path.dirname(target), { recursive: true });
      const part = `${target}.${process.pid}.part`;
      try {
        await copyFile(made.path, part);
        // Issue #12: the copy on disk must be whole before it takes the name.
        await assertSize(part, (await stat(made.path)).size);
        await rename(part, target);
      } catch (error) {
        await rm(part, { force: true });
        throw await toDiskFull(error, path.dirname(target), (await stat(made.path)).size);
      } finally {
        await rm(part, { force: true });
      }
      return { path: target, durationSec: made.durationSec, integratedLufs: made.integratedLufs, truePeakDbtp: made.truePeakDbtp };
    },
    'audio.playout.prepare': async ({ jobId, versionId }) => {
      version(versionId);
      // The same cache entry the media handler serves: a made rendition answers at once, a running one is joined.
      const made = await s.jobs.run(jobId, 'render', (signal, report) => effective.render(versionId, 'playout', { signal, onProgress: (f) => report('render', f) }));
      return { durationSec: made.durationSec };
    },
  };
}
