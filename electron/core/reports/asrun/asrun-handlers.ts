import path from 'node:path';
import type { asrunMethods } from '../../../../shared/api/methods/asrun.ts';
import type { ImportSource } from '../../../../shared/api/methods/library.ts';
import type { CoreServices, DomainHandlers } from '../../core-types.ts';
import { readStation } from '../../schedule/station-store.ts';
import { ignoreLine, linkLine, listImports, listMappings, listUnmatched, versionChoices } from './asrun-store.ts';
import { confirmDay, plannedItems } from './confirm-day.ts';
import { importLog } from './log-import.ts';
import { previewLog } from './log-preview.ts';

/** Station-side as-run (issue #13 §1). The station zone is read per call, like the schedule's. */
export function createAsrunHandlers(s: Pick<CoreServices, 'db' | 'clock' | 'jobs' | 'uploads' | 'events'>): DomainHandlers<typeof asrunMethods> {
  const { db } = s;
  const zone = () => readStation(db).timeZone;
  const fileOf = (source: ImportSource, originalName: string) => ({
    path: source.kind === 'path' ? path.resolve(source.path) : s.uploads.pathOf(source.uploadId),
    name: path.basename(originalName),
  });
  const changed = (reason: 'import' | 'link' | 'ignore' | 'confirm') => s.events.emit('asrun.changed', { reason });
  return {
    'asrun.log.preview': async ({ source, originalName, preset, mapping }) => previewLog(zone(), fileOf(source, originalName), preset, mapping, new AbortController().signal),
    'asrun.log.import': async ({ jobId, source, originalName, preset, mapping, saveMappingAs }) => {
      const file = fileOf(source, originalName);
      const deps = { db, zone: zone(), now: s.clock };
      const result = await s.jobs.run(jobId, 'asrun-import', (signal, report) => importLog(deps, { path: file.path, originalName: file.name, preset, mapping, saveMappingAs }, signal, report));
      changed('import');
      return result;
    },
    'asrun.log.imports': async () => listImports(db),
    'asrun.log.mappings': async () => listMappings(db),
    'asrun.unmatched': async ({ offset, limit }) => listUnmatched(db, offset, limit),
    'asrun.link': async ({ id, versionId }) => {
      const linked = linkLine(db, id, versionId);
      changed('link');
      return { linked };
    },
    'asrun.ignore': async ({ id }) => {
      const ignored = ignoreLine(db, id);
      changed('ignore');
      return { ignored };
    },
    'asrun.versionChoices': async ({ query }) => versionChoices(db, query),
    'asrun.day': async ({ date }) => {
      const z = zone();
      return { date, timeZone: z, items: plannedItems(db, z, date) };
    },
    'asrun.day.confirm': async ({ date, exceptItemIds }) => {
      const result = confirmDay(db, zone(), date, exceptItemIds);
      changed('confirm');
      return result;
    },
  };
}
