import type { recordingMethods } from '../../../shared/api/methods/recording.ts';
import type { CoreServices, DomainHandlers } from '../core-types.ts';
import { RecordingService } from './recording-service.ts';
import type { TakeDeps } from './take-import.ts';
import { recoverRecordings } from './recovery.ts';
import { removeTakeVersion } from '../library/take-versions.ts';

/** What recording needs of the core: the take pipeline's services, plus the library's catalogs and clock. */
type RecordingDeps = TakeDeps & Pick<CoreServices, 'catalogIndex' | 'clock' | 'db' | 'logger' | 'production'>;

/** A live take nobody wrote to for this long lost its tab; the client heartbeats every second while paused. */
export const ABANDONED_AFTER_MS = 15_000;

const services = new WeakMap<RecordingDeps, RecordingService>();

function serviceFor(s: RecordingDeps): RecordingService {
  let service = services.get(s);
  if (!service) {
    service = new RecordingService(s);
    services.set(s, service);
  }
  return service;
}

/** createCore's start-up step: a take a crash left behind is back before the first call (issue #4). */
export async function recoverAtStartup(s: RecordingDeps): Promise<void> {
  try {
    await recoverRecordings(s);
  } catch (error) {
    // Recovery must never keep the library from opening; `cabina recordings recover` retries it.
    s.logger.error('recording: start-up recovery failed', { error: error instanceof Error ? error.message : String(error) });
  }
}

/**
 * A discarded take's version goes, and so does what pointed at it: a language task Grabar marked
 * recorded with it (through Producción's port in CoreServices: a peer never imports another).
 */
async function discardTake(s: RecordingDeps, service: RecordingService, id: string): Promise<boolean> {
  let tasksChanged: string[] = [];
  const discarded = await service.discard(id, (row) => {
    if (!row.version_id) return;
    const now = s.clock().toISOString();
    tasksChanged = s.production.takeDiscarded(row.version_id, now);
    removeTakeVersion(s.db, s.catalogIndex, row.version_id, row.created_segment === 1, now);
  });
  if (tasksChanged.length > 0) s.events.emit('production.changed', { segmentIds: tasksChanged });
  return discarded;
}

/** Recording methods (issue #4). */
export function createRecordingHandlers(s: RecordingDeps): DomainHandlers<typeof recordingMethods> {
  const service = serviceFor(s);
  return {
    'recording.start': async (input) => service.start(input),
    'recording.appendChunk': async (input) => service.append(input),
    'recording.stop': async ({ id, jobId }) => service.stop(id, jobId),
    'recording.takes': async ({ segmentId, limit }) => service.takes({ segmentId, limit }),
    'recording.setKeeper': async ({ id }) => service.setKeeper(id),
    'recording.keep': async ({ id }) => service.keep(id),
    'recording.discard': async ({ id }) => ({
      discarded: await discardTake(s, service, id),
    }),
    'recording.recover': async () => {
      await service.closeAbandoned(ABANDONED_AFTER_MS);
      const ids = await recoverRecordings(s, { activeIds: service.busyIds() });
      return service.takes({ ids, limit: 500 });
    },
    'recording.storage': async () => ({ freeBytes: await service.freeBytes() }),
  };
}
