import type { Take, TakeStatus } from '../../../shared/domain/recording.ts';
import type { Database } from '../db/database.ts';

/** A row of recording_sessions (migrations/recording.ts). */
export interface SessionRow {
  id: string;
  file_name: string;
  status: TakeStatus;
  target_segment_id: string | null;
  new_title: string;
  language_code: string | null;
  sample_rate: number;
  channels: number;
  bits_per_sample: number;
  data_bytes: number;
  segment_id: string | null;
  version_id: string | null;
  asset_id: string | null;
  created_segment: number;
  keeper: number;
  needs_review: number;
  /** 1: a listener's call (migrations/recording-call-in.ts), never imported into the library. */
  call_in: number;
  owner_pid: number | null;
  started_at: string;
  ended_at: string | null;
}

export type NewSession = Pick<SessionRow, 'id' | 'file_name' | 'target_segment_id' | 'new_title' | 'language_code' | 'sample_rate' | 'channels' | 'bits_per_sample' | 'owner_pid' | 'started_at'> &
  Partial<Pick<SessionRow, 'call_in'>>;

interface TakeRow extends SessionRow {
  title: string | null;
}

const TAKE_SELECT = `SELECT r.*, s.title FROM recording_sessions r
  LEFT JOIN segments s ON s.id = coalesce(r.segment_id, r.target_segment_id)`;

export function insertSession(db: Database, row: NewSession): void {
  db.prepare(
    `INSERT INTO recording_sessions (id, file_name, status, target_segment_id, new_title, language_code, sample_rate, channels,
       bits_per_sample, owner_pid, started_at, call_in) VALUES (?, ?, 'recording', ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(row.id, row.file_name, row.target_segment_id, row.new_title, row.language_code, row.sample_rate, row.channels, row.bits_per_sample, row.owner_pid, row.started_at, row.call_in ?? 0);
}

export function sessionById(db: Database, id: string): SessionRow | undefined {
  return db.prepare('SELECT * FROM recording_sessions WHERE id = ?').get(id) as SessionRow | undefined;
}

type Patch = Partial<Omit<SessionRow, 'id'>>;

export function updateSession(db: Database, id: string, patch: Patch): void {
  const entries = Object.entries(patch).filter(([, v]) => v !== undefined);
  if (entries.length === 0) return;
  // Keys come from the SessionRow type (our own column names), never from input.
  db.prepare(`UPDATE recording_sessions SET ${entries.map(([k]) => `${k} = ?`).join(', ')} WHERE id = ?`).run(...entries.map(([, v]) => v), id);
}

export function deleteSession(db: Database, id: string): void {
  db.prepare('DELETE FROM recording_sessions WHERE id = ?').run(id);
}

/**
 * Sessions a crash left open, and stopped ones whose import into the library has not happened yet.
 * A stopped call is not unfinished: it waits for Voces, never for the library.
 */
export function unfinishedSessions(db: Database): SessionRow[] {
  return db.prepare("SELECT * FROM recording_sessions WHERE status = 'recording' OR (asset_id IS NULL AND call_in = 0) ORDER BY started_at").all() as SessionRow[];
}

export function knownFileNames(db: Database): Set<string> {
  return new Set(db.prepare('SELECT file_name FROM recording_sessions').pluck().all() as string[]);
}

export interface TakeQuery {
  segmentId?: string | undefined;
  ids?: readonly string[];
  limit: number;
}

export function listTakes(db: Database, query: TakeQuery, fileOf: (row: SessionRow) => string): Take[] {
  const where: string[] = [];
  const args: unknown[] = [];
  if (query.segmentId) {
    where.push('coalesce(r.segment_id, r.target_segment_id) = ?');
    args.push(query.segmentId);
  }
  if (query.ids) {
    where.push(`r.id IN (${query.ids.map(() => '?').join(',') || 'NULL'})`);
    args.push(...query.ids);
  }
  const sql = `${TAKE_SELECT} ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY r.started_at DESC, r.rowid DESC LIMIT ?`;
  const rows = db.prepare(sql).all(...args, query.limit) as TakeRow[];
  return rows.map((row) => toTake(row, fileOf(row)));
}

function toTake(row: TakeRow, file: string): Take {
  const frame = row.channels * (row.bits_per_sample / 8);
  return {
    id: row.id,
    file,
    status: row.status,
    durationSec: Math.round((row.data_bytes / frame / row.sample_rate) * 1000) / 1000,
    sampleRate: row.sample_rate,
    channels: row.channels,
    languageCode: row.language_code,
    segmentId: row.segment_id ?? row.target_segment_id,
    segmentTitle: row.title ?? row.new_title,
    versionId: row.version_id,
    assetId: row.asset_id,
    keeper: row.keeper === 1,
    needsReview: row.needs_review === 1,
    callIn: row.call_in === 1,
    startedAt: row.started_at,
    endedAt: row.ended_at,
  };
}
