import type { libraryMethods } from '../../../shared/api/methods/library.ts';
import type { CoreServices, DomainHandlers } from '../core-types.ts';
import { localDate } from '../time/local-date.ts';
import { createImportHandler } from './import-handler.ts';
import { createScriptFromFileHandler } from './script-from-file-handler.ts';
import { searchSegments } from './search.ts';

/** Library methods (issue #2): catalogs, import, search, editing. */
export function createLibraryHandlers(s: Pick<CoreServices, 'catalogs' | 'clock' | 'db' | 'events' | 'segments'> & Parameters<typeof createImportHandler>[0]): DomainHandlers<typeof libraryMethods> {
  return {
    'catalog.languages': async () => s.catalogs.languages,
    'catalog.regions': async () => s.catalogs.states,
    'catalog.topics': async () => s.catalogs.topics,
    'catalog.testimonyCategories': async () => s.catalogs.testimonyCategories,
    'library.import': createImportHandler(s),
    'library.search': async (input) => searchSegments(s.db, input, localDate(s.clock())),
    'segments.get': async ({ id }) => s.segments.get(id),
    'segments.update': async ({ id, patch }) => {
      const segment = s.segments.update(id, patch);
      s.events.emit('library.changed', { segmentIds: [id] });
      return segment;
    },
    'versions.update': async ({ id, patch }) => {
      const segment = s.segments.updateVersion(id, patch);
      s.events.emit('library.changed', { segmentIds: [segment.id] });
      return segment;
    },
    'library.scriptFromFile': createScriptFromFileHandler(s),
  };
}
