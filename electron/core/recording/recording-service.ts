import { randomUUID } from 'node:crypto';
import { mkdir, rm, statfs, writeFile } from 'node:fs/promises';
import { UserFacingError, type ErrorCode } from '../../../shared/api/errors.ts';
import type { ParsedInput } from '../../../shared/api/contract.ts';
import { BYTES_PER_SAMPLE, type Take } from '../../../shared/domain/recording.ts';
import { writeTransaction } from '../db/database.ts';
import { freeAssetIfUnnamed, removeAssetFiles } from '../library/asset-references.ts';
import { checkLanguage } from '../library/segment-validation.ts';
import { segmentRowById } from '../library/segment-rows.ts';
import { repairWav } from '../audio/wav/wav-repair.ts';
import { WavWriteError, WavWriter, type WriteFault } from '../audio/wav/wav-writer.ts';
import { deleteSession, insertSession, listTakes, sessionById, updateSession, type SessionRow } from './session-store.ts';
import { CALL_FILE_PREFIX, importTake, recordingPath, recordingsDir, takeFile, type TakeDeps } from './take-import.ts';

interface Active {
  writer: WavWriter;
  /** Bytes accepted so far, updated before the write is queued: the next chunk's expected offset. */
  expected: number;
  lastActivity: number;
}

const FAULT_CODES: Record<WriteFault, ErrorCode> = {
  disk_full: 'recording.disk_full',
  file_missing: 'recording.folder_missing',
  too_long: 'recording.too_long',
  io: 'recording.write_failed',
};

function notActive(id: string): UserFacingError {
  return new UserFacingError('recording.not_active', `Recording ${id} is not open in this process`, { id });
}

/**
 * "take-20260315-102205-1a2b3c4d.wav": sortable, readable in a file manager, unique by id. A call
 * is "call-…": recovery adopts a call's WAV that lost its row as a call again, never into the library.
 */
function fileNameFor(id: string, when: Date, callIn: boolean): string {
  const stamp = when.toISOString().replace(/[-:]/g, '').replace('T', '-').slice(0, 15);
  return `${callIn ? CALL_FILE_PREFIX : 'take-'}${stamp}-${id.slice(0, 8)}.wav`;
}

/**
 * Live recordings of this process: one WavWriter per open take. Everything durable lives in the
 * WAV and its session row, so nothing here needs saving; recovery.ts picks up after a crash.
 */
export class RecordingService {
  readonly #deps: TakeDeps;
  readonly #active = new Map<string, Active>();
  readonly #importing = new Set<string>();
  /** Takes a fault stopped whose row could not be closed then (a full disk refuses the database too). */
  readonly #unfinished = new Set<string>();
  readonly #syncIntervalMs: number;

  constructor(deps: TakeDeps, options: { syncIntervalMs?: number } = {}) {
    this.#deps = deps;
    this.#syncIntervalMs = options.syncIntervalMs ?? 500;
  }

  /** Takes this process is writing or importing: recovery must leave them alone. */
  busyIds(): Set<string> {
    return new Set([...this.#active.keys(), ...this.#importing]);
  }

  takes(query: { segmentId?: string | undefined; ids?: readonly string[]; limit: number }): Take[] {
    const takes = listTakes(this.#deps.db, query, (row) => takeFile(this.#deps, row));
    // A live take's length is in its writer, not yet in its row.
    return takes.map((t) => {
      const active = this.#active.get(t.id);
      return active ? { ...t, durationSec: active.expected / BYTES_PER_SAMPLE / t.channels / t.sampleRate } : t;
    });
  }

  take(id: string): Take {
    const take = this.takes({ ids: [id], limit: 1 })[0];
    if (!take) throw new UserFacingError('not_found', `No take ${id}`, { id });
    return take;
  }

  async start(input: ParsedInput<'recording.start'>): Promise<Take> {
    const { db, catalogIndex, clock, dataDir } = this.#deps;
    checkLanguage(catalogIndex, input.languageCode);
    const targetId = input.target.kind === 'existing' ? input.target.segmentId : null;
    const target = targetId ? segmentRowById(db, targetId) : undefined;
    if (targetId && !target) throw new UserFacingError('not_found', `No segment ${targetId}`, { id: targetId });
    const id = randomUUID();
    const now = clock();
    const callIn = input.target.kind === 'call_in';
    const row = {
      id,
      file_name: fileNameFor(id, now, callIn),
      target_segment_id: targetId,
      new_title: input.target.kind === 'new' ? input.target.title : (target?.title ?? ''),
      language_code: input.languageCode,
      sample_rate: input.sampleRate,
      channels: input.channels,
      bits_per_sample: BYTES_PER_SAMPLE * 8,
      owner_pid: process.pid,
      started_at: now.toISOString(),
      call_in: callIn ? 1 : 0,
    };
    try {
      await mkdir(recordingsDir(dataDir), { recursive: true });
    } catch (error) {
      throw this.#faultError(new WavWriteError('io', String(error)), id);
    }
    // Row first: a crash between the two leaves a row without a file, which recovery simply drops.
    writeTransaction(db, () => insertSession(db, row));
    let writer: WavWriter;
    try {
      writer = await WavWriter.create(recordingPath(dataDir, row), { sampleRate: row.sample_rate, channels: row.channels, bitsPerSample: row.bits_per_sample }, { syncIntervalMs: this.#syncIntervalMs });
    } catch (error) {
      writeTransaction(db, () => deleteSession(db, id));
      throw error instanceof WavWriteError ? this.#faultError(error, id) : error;
    }
    this.#active.set(id, { writer, expected: 0, lastActivity: Date.now() });
    this.#deps.logger.info('recording: started', { id, file: row.file_name, sampleRate: row.sample_rate });
    this.#deps.events.emit('recording.changed', { takeId: id });
    return this.take(id);
  }

  /** An empty chunk is a heartbeat (sent while paused) so an idle take is not taken for abandoned. */
  async append(input: ParsedInput<'recording.appendChunk'>): Promise<{ bytes: number; durableBytes: number }> {
    const active = this.#active.get(input.id);
    if (!active) throw notActive(input.id);
    const frame = active.writer.format.channels * BYTES_PER_SAMPLE;
    if (input.pcm.byteLength % frame !== 0 || input.offset % frame !== 0) {
      throw new UserFacingError('recording.bad_chunk', `Chunk is not whole ${frame}-byte frames`, { field: 'pcm' });
    }
    active.lastActivity = Date.now();
    const end = input.offset + input.pcm.byteLength;
    if (input.offset > active.expected) {
      throw new UserFacingError('recording.bad_chunk', `Chunk at ${input.offset}, expected ${active.expected}`, { field: 'offset' });
    }
    // A retried chunk (its answer was lost) is written once: only the part past what we have.
    const fresh = end > active.expected ? input.pcm.subarray(active.expected - input.offset) : new Uint8Array(0);
    active.expected = Math.max(active.expected, end);
    try {
      await active.writer.append(fresh);
    } catch (error) {
      if (!(error instanceof WavWriteError)) throw error;
      await this.#closeAfterFault(input.id, active, error);
      throw this.#faultError(error, input.id);
    }
    return { bytes: active.writer.dataBytes, durableBytes: active.writer.durableBytes };
  }

  /** Closes the WAV (if still open) and imports it as a draft version (a call: only closes it); idempotent. */
  async stop(id: string, jobId: string): Promise<Take> {
    const active = this.#active.get(id);
    if (active) {
      this.#active.delete(id);
      try {
        await active.writer.close();
      } catch (error) {
        if (!(error instanceof WavWriteError)) throw error;
        await this.#closeAfterFault(id, active, error);
        throw this.#faultError(error, id);
      }
      await this.#finish(id, 'finished');
    }
    // Issue #12: after a full disk, Stop once space is freed closes and imports the take.
    if (this.#unfinished.has(id)) {
      // Unless recovery closed it meanwhile.
      if (sessionById(this.#deps.db, id)?.status === 'recording') await this.#finish(id, 'finished');
      this.#unfinished.delete(id);
    }
    const row = sessionById(this.#deps.db, id);
    if (!row) throw new UserFacingError('not_found', `No take ${id}`, { id });
    if (row.status === 'recording') throw notActive(id);
    if (row.data_bytes === 0) {
      await this.#drop(row);
      throw new UserFacingError('recording.empty', 'Nothing was recorded', { id });
    }
    // A call stays a closed WAV in recordings/ until Voces makes it a testimony (issue #14 §2).
    if (!row.asset_id && row.call_in === 0) {
      this.#importing.add(id);
      try {
        await this.#deps.jobs.run(jobId, 'recording-finalize', (signal, report) => importTake(this.#deps, id, signal, report));
      } finally {
        this.#importing.delete(id);
      }
    }
    return this.take(id);
  }

  setKeeper(id: string): Take[] {
    const { db } = this.#deps;
    const row = sessionById(db, id);
    if (!row?.segment_id) throw new UserFacingError('not_found', `No imported take ${id}`, { id });
    writeTransaction(db, () => {
      db.prepare('UPDATE recording_sessions SET keeper = 0 WHERE segment_id = ? AND language_code IS ?').run(row.segment_id, row.language_code);
      updateSession(db, id, { keeper: 1 });
    });
    this.#deps.events.emit('recording.changed', { takeId: id });
    return this.takes({ segmentId: row.segment_id, limit: 100 });
  }

  keep(id: string): Take {
    if (!sessionById(this.#deps.db, id)) throw new UserFacingError('not_found', `No take ${id}`, { id });
    writeTransaction(this.#deps.db, () => updateSession(this.#deps.db, id, { needs_review: 0 }));
    this.#deps.events.emit('recording.changed', { takeId: id });
    return this.take(id);
  }

  /**
   * Undoes everything the take wrote: `removeVersion` takes out its library version (and the
   * segment it created) and whatever points at it, inside the same transaction as the session
   * row; then its asset goes when nothing else names those bytes (a task's oral translation, an
   * earlier take of the same sound, a help prompt keep it), and its files after the commit.
   */
  async discard(id: string, removeVersion: (row: SessionRow) => void): Promise<boolean> {
    const { db } = this.#deps;
    const row = sessionById(db, id);
    if (!row) return false;
    if (this.#active.has(id)) throw new UserFacingError('recording.not_active', `Take ${id} is still recording`, { id });
    const freed = writeTransaction(db, () => {
      removeVersion(row);
      deleteSession(db, id);
      // After the session row: it names the asset too.
      return row.asset_id ? freeAssetIfUnnamed(db, row.asset_id) : null;
    });
    await rm(recordingPath(this.#deps.dataDir, row), { force: true });
    if (freed) await removeAssetFiles(this.#deps, freed);
    if (row.segment_id) this.#deps.events.emit('library.changed', { segmentIds: [row.segment_id] });
    this.#deps.events.emit('recording.changed', { takeId: id });
    return true;
  }

  async freeBytes(): Promise<number | null> {
    try {
      const info = await statfs(this.#deps.dataDir);
      return info.bavail * info.bsize;
    } catch {
      return null;
    }
  }

  /** Closes takes nobody has written to for `idleMs` (their tab died): recovery then repairs them. */
  async closeAbandoned(idleMs: number, now = Date.now()): Promise<void> {
    for (const [id, active] of [...this.#active]) {
      if (now - active.lastActivity < idleMs) continue;
      this.#active.delete(id);
      await active.writer.close().catch(() => undefined);
    }
  }

  /** Process exit path (tests, server close): flushes every open take; recovery registers them later. */
  async closeAll(): Promise<void> {
    await this.closeAbandoned(-1);
  }

  async #closeAfterFault(id: string, active: Active, error: WavWriteError): Promise<void> {
    this.#active.delete(id);
    this.#deps.logger.warn('recording: stopped by a fault', { id, fault: error.fault, message: error.message });
    if (error.fault === 'file_missing') {
      // The data folder was removed mid-take: the open descriptor still has the audio; put it back.
      const bytes = await active.writer.readAll().catch(() => null);
      if (bytes) {
        await mkdir(recordingsDir(this.#deps.dataDir), { recursive: true }).catch(() => undefined);
        await writeFile(active.writer.path, bytes, { flush: true }).catch(() => undefined);
      }
    }
    await active.writer.close().catch(() => undefined);
    await this.#finish(id, 'finished').catch((e: unknown) => {
      this.#unfinished.add(id);
      this.#deps.logger.warn('recording: could not finish', { id, error: String(e) });
    });
  }

  async #finish(id: string, status: 'finished' | 'recovered'): Promise<void> {
    const row = sessionById(this.#deps.db, id);
    if (!row) return;
    const { dataBytes } = await repairWav(recordingPath(this.#deps.dataDir, row), { sampleRate: row.sample_rate, channels: row.channels, bitsPerSample: row.bits_per_sample });
    writeTransaction(this.#deps.db, () => updateSession(this.#deps.db, id, { status, data_bytes: dataBytes, ended_at: this.#deps.clock().toISOString() }));
    this.#deps.events.emit('recording.changed', { takeId: id });
  }

  async #drop(row: SessionRow): Promise<void> {
    writeTransaction(this.#deps.db, () => deleteSession(this.#deps.db, row.id));
    await rm(recordingPath(this.#deps.dataDir, row), { force: true });
  }

  #faultError(error: WavWriteError, id: string): UserFacingError {
    return new UserFacingError(FAULT_CODES[error.fault], error.message, { id });
  }
}
