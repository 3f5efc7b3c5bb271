import type { productionMethods } from '../../../shared/api/methods/production.ts';
import type { CoreServices, DomainHandlers } from '../core-types.ts';
import { removeAssetFiles } from '../library/asset-references.ts';
import { productionBoard } from './production-board.ts';
import { ProductionStore } from './production-store.ts';
import { scriptDiff } from './script-diff.ts';
import { createTaskRecordingHandlers } from './task-recording-handlers.ts';

type Deps = Pick<CoreServices, 'db' | 'events' | 'clock' | 'dataDir' | 'transport' | 'jobs' | 'store' | 'uploads' | 'ffmpeg' | 'logger'>;

/**
 * Producción (issue #14 §1): the board, the master script and its revisions, the language tasks
 * and their recordings (oral translations, spoken back-translations).
 * `stop` ends the one subscription: a take recorded in Grabar for a translated task marks it recorded.
 */
export function createProductionHandlers(s: Deps): { handlers: DomainHandlers<typeof productionMethods>; stop: () => void } {
  const store = new ProductionStore(s.db, s.clock);
  const changed = (segmentId: string) => s.events.emit('production.changed', { segmentIds: [segmentId] });
  const stop = s.events.subscribe('recording.takeImported', ({ segmentId, versionId, languageCode }) => {
    if (languageCode && store.takeRecorded(segmentId, languageCode, versionId)) changed(segmentId);
  });
  const handlers: DomainHandlers<typeof productionMethods> = {
    'production.board': async (input) => productionBoard(s.db, input),
    'production.script.get': async ({ segmentId }) => ({ segmentId, title: store.segmentTitle(segmentId), revisions: store.revisions(segmentId), tasks: store.tasks(segmentId) }),
    'production.script.save': async (input) => {
      const saved = store.saveScript(input);
      changed(input.segmentId);
      return saved;
    },
    'production.task.save': async (input) => {
      const task = store.saveTask(input);
      changed(task.segmentId);
      return task;
    },
    'production.task.move': async (input) => {
      const task = store.move(input);
      changed(task.segmentId);
      return task;
    },
    'production.task.delete': async ({ taskId }) => {
      const { deleted, segmentId, freed } = store.deleteTask(taskId);
      // After the commit: a row without its file is a broken library, a file without its row is only swept later.
      for (const asset of freed) await removeAssetFiles(s, asset);
      if (segmentId) changed(segmentId);
      return { deleted };
    },
    'production.task.diff': async ({ taskId }) => {
      const task = store.task(taskId);
      const revisions = store.revisions(task.segmentId);
      const to = revisions[0] ?? null;
      const from = task.basedOnRevision === null ? null : store.revision(task.segmentId, task.basedOnRevision);
      return { from: from?.revision ?? null, to: to?.revision ?? null, parts: from && to && from.revision !== to.revision ? scriptDiff(from.text, to.text) : [] };
    },
    ...createTaskRecordingHandlers(s, store, changed),
  };
  return { handlers, stop };
}
