import { UserFacingError } from '../../../shared/api/errors.ts';
import type { helpMethods } from '../../../shared/api/methods/help.ts';
import type { CoreServices, DomainHandlers } from '../core-types.ts';
import { removeAssetFiles } from './asset-references.ts';
import type { HelpPromptStore } from './help-prompts.ts';
import { prepareImport } from './import-audio.ts';

type Deps = Pick<CoreServices, 'dataDir' | 'transport' | 'jobs' | 'store' | 'uploads' | 'events' | 'ffmpeg' | 'clock' | 'logger'>;

/** Spoken help (issue #15): list, save a recorded take's audio, import a file, delete, prompt language. */
export function createHelpHandlers(s: Deps, prompts: HelpPromptStore): DomainHandlers<typeof helpMethods> {
  const changed = () => s.events.emit('help.changed', {});
  return {
    'help.prompts': async () => ({ promptLanguage: prompts.promptLanguage(), prompts: prompts.list() }),
    'help.save': async ({ target, languageCode, assetId }) => {
      const { prompt, freed } = prompts.save({ target, languageCode, assetId, asset: null, origin: { kind: 'local' } });
      if (freed) await removeAssetFiles(s, freed);
      changed();
      return prompt;
    },
    'help.import': async (input) => {
      const { source } = input;
      // As library.import: browser mode takes only uploaded bytes, never a path on the station PC.
      if (source.kind === 'path' && s.transport === 'web') throw new UserFacingError('forbidden', 'Path imports are not available in browser mode');
      const sourcePath = source.kind === 'path' ? source.path : s.uploads.pathOf(source.uploadId);
      try {
        const saved = await s.jobs.run(input.jobId, 'import', async (signal, report) => {
          const prepared = await prepareImport({
            sourcePath,
            originalName: input.originalName,
            store: s.store,
            adapter: s.ffmpeg(),
            signal,
            onProgress: (stage, fraction) => report(stage, fraction * 0.95),
            isKnownAsset: (sha) => prompts.hasAsset(sha),
            // The same sound as a segment's version is fine for a prompt: no duplicate check by decoded audio.
            findAssetByPcm: null,
            clock: s.clock,
            logger: s.logger,
          });
          report('save', 0.97);
          const asset = prepared.kind === 'new' ? prepared.asset : null;
          const assetId = prepared.kind === 'new' ? prepared.asset.id : prepared.assetId;
          return prompts.save({ target: input.target, languageCode: input.languageCode, assetId, asset, origin: { kind: 'local' } });
        });
        if (saved.freed) await removeAssetFiles(s, saved.freed);
        changed();
        return saved.prompt;
      } finally {
        if (source.kind === 'upload') await s.uploads.discard(source.uploadId);
      }
    },
    'help.delete': async ({ id }) => {
      const { deleted, freed } = prompts.delete(id);
      if (freed) await removeAssetFiles(s, freed);
      if (deleted) changed();
      return { deleted };
    },
    'help.setLanguage': async ({ languageCode }) => {
      const promptLanguage = prompts.setPromptLanguage(languageCode);
      changed();
      return { promptLanguage };
    },
  };
}
