import { randomUUID } from 'node:crypto';
import { readdir, rm, stat } from 'node:fs/promises';
import { writeTransaction } from '../db/database.ts';
import { coreNames } from '../i18n/core-names.ts';
import { readWavFormat, repairWav } from '../audio/wav/wav-repair.ts';
import { deleteSession, insertSession, knownFileNames, sessionById, unfinishedSessions, updateSession, type SessionRow } from './session-store.ts';
import { CALL_FILE_PREFIX, importTake, recordingPath, recordingsDir, type TakeDeps } from './take-import.ts';

/** True while the process that wrote a take still runs (its take is live, not crashed). */
export function isProcessAlive(pid: number | null): boolean {
  if (pid === null || pid === process.pid) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it exists but belongs to another user — alive all the same.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

export interface RecoverOptions {
  /** Takes this process is writing right now. */
  activeIds?: ReadonlySet<string>;
  /** Title of a segment made from a WAV whose session row was lost with the old data folder. */
  orphanTitle?: (startedAt: Date) => string;
}

/**
 * Start-up and `cabina recordings recover` (issue #4): every take a crash left open gets its WAV
 * repaired from the file length and becomes `recovered` (flagged for the producer's review); every
 * stopped or recovered take not yet in the library is imported. Rows whose writer is alive in
 * another process, or active here, are left alone. Returns the ids of the takes recovered now.
 */
export async function recoverRecordings(deps: TakeDeps, options: RecoverOptions = {}): Promise<string[]> {
  const { db, logger } = deps;
  const active = options.activeIds ?? new Set<string>();
  const recovered: string[] = [];
  await adoptOrphans(deps, options);
  for (const row of unfinishedSessions(db)) {
    if (active.has(row.id) || isProcessAlive(row.owner_pid)) continue;
    // Claim it: two processes recovering at once must not both import the same take.
    const claimed = writeTransaction(db, () => {
      const current = sessionById(db, row.id);
      if (!current || current.owner_pid !== row.owner_pid) return false;
      updateSession(db, row.id, { owner_pid: process.pid });
      return true;
    });
    if (!claimed) continue;
    if (row.status === 'recording') {
      const ok = await repairRow(deps, row);
      if (!ok) continue;
      recovered.push(row.id);
    }
    // A repaired call waits for Voces, as a stopped one does.
    if (row.call_in === 1) continue;
    try {
      await deps.jobs.run(randomUUID(), 'recording-finalize', (signal, report) => importTake(deps, row.id, signal, report));
    } catch (error) {
      // ffmpeg missing or a full disk: the repaired WAV waits in recordings/ for the next attempt.
      logger.warn('recording: import after recovery failed', { id: row.id, error: error instanceof Error ? error.message : String(error) });
    }
  }
  if (recovered.length > 0) deps.events.emit('recording.changed', { takeId: null });
  return recovered.filter((id) => sessionById(db, id) !== undefined);
}

async function repairRow(deps: TakeDeps, row: SessionRow): Promise<boolean> {
  const { db, logger } = deps;
  const file = recordingPath(deps.dataDir, row);
  const info = await stat(file).catch(() => null);
  if (!info) {
    // The crash came between the row and the file: nothing was captured.
    writeTransaction(db, () => deleteSession(db, row.id));
    return false;
  }
  const { dataBytes, changed } = await repairWav(file, { sampleRate: row.sample_rate, channels: row.channels, bitsPerSample: row.bits_per_sample });
  if (dataBytes === 0) {
    writeTransaction(db, () => deleteSession(db, row.id));
    await rm(file, { force: true });
    return false;
  }
  writeTransaction(db, () =>
    updateSession(db, row.id, { status: 'recovered', needs_review: 1, data_bytes: dataBytes, ended_at: info.mtime.toISOString() }),
  );
  logger.info('recording: recovered', { id: row.id, dataBytes, headerRepaired: changed });
  return true;
}

/** WAVs in recordings/ without a row (their database went with a deleted data folder). */
async function adoptOrphans(deps: TakeDeps, options: RecoverOptions): Promise<void> {
  const names = await readdir(recordingsDir(deps.dataDir)).catch(() => [] as string[]);
  const known = knownFileNames(deps.db);
  for (const name of names) {
    if (!name.endsWith('.wav') || known.has(name)) continue;
    const file = `${recordingsDir(deps.dataDir)}/${name}`;
    const format = await readWavFormat(file).catch(() => null);
    const info = await stat(file).catch(() => null);
    if (!format || !info) continue;
    const startedAt = info.birthtime.getTime() > 0 ? info.birthtime : info.mtime;
    const callIn = name.startsWith(CALL_FILE_PREFIX);
    writeTransaction(deps.db, () =>
      insertSession(deps.db, {
        id: randomUUID(),
        file_name: name,
        target_segment_id: null,
        call_in: callIn ? 1 : 0,
        new_title: callIn ? '' : (options.orphanTitle?.(startedAt) ?? coreNames(deps.db).recoveredRecording(startedAt)),
        language_code: null,
        sample_rate: format.sampleRate,
        channels: format.channels,
        bits_per_sample: format.bitsPerSample,
        owner_pid: null,
        started_at: startedAt.toISOString(),
      }),
    );
  }
}
