import { z } from 'zod';
import { isCancelled, UserFacingError } from './user-facing-error.ts';

/**
 * Every error that crosses a process boundary carries one of these codes; the UI and CLI translate
 * the code (locale key `errors.<code>`), never the English `message`, which is for logs.
 */
export const errorCodeSchema = z.enum([
  'invalid_input',
  'unknown_method',
  'unauthorized',
  'forbidden',
  'not_found',
  'cancelled',
  'internal',
  'import.empty_file',
  'import.not_audio',
  'import.no_audio_stream',
  'import.truncated',
  'import.unreadable',
  'import.too_large',
  'import.upload_missing',
  'library.script_unreadable',
  'library.script_too_large',
  'ffmpeg.missing',
  'ffmpeg.failed',
  'audio.disk_full',
  'audio.silent',
  'audio.segment_not_version',
  'audio.truncated',
  'data_dir.not_writable',
  'db.locked',
  'recording.disk_full',
  'recording.folder_missing',
  'recording.too_long',
  'recording.write_failed',
  'recording.not_active',
  'recording.empty',
  'recording.bad_chunk',
  'db.newer_schema',
  'validity.range',
  'validity.too_far',
  'schedule.invalid_rrule',
  'schedule.end_before_start',
  'schedule.unknown_time_zone',
  'schedule.grid_invalid',
  'schedule.audio_missing',
  'schedule.no_language_version',
  'schedule.dst_gap',
  'schedule.campaign_quota',
  'schedule.out_dir',
  'schedule.pdf_unavailable',
  'schedule.pdf_failed',
  'schedule.municipality_state',
  'schedule.unknown_municipality',
  'pack.not_a_pack',
  'pack.unsafe_name',
  'pack.symlink',
  'pack.duplicate_entry',
  'pack.too_many_entries',
  'pack.unlisted_entry',
  'pack.size_mismatch',
  'pack.hash_mismatch',
  'pack.missing_file',
  'pack.truncated',
  'pack.too_large',
  'pack.compression_ratio',
  'pack.bad_manifest',
  'pack.manifest_too_large',
  'pack.unsupported_version',
  'pack.bad_signature',
  'pack.untrusted',
  'pack.disk_space',
  'pack.nothing_to_build',
  'key.bad_public_key',
  'feed.unreachable',
  'feed.bad_feed',
  'files.not_produced',
  'files.missing',
  'files.not_a_drive',
  'files.disk_full',
  'files.drive_gone',
  'files.drive_read_only',
  'files.desktop_only',
  // Issue #12: ENOSPC anywhere (import, record, render, export, pack, backup); details { neededBytes, freeBytes, path, missing }.
  'disk.full',
  'asrun.too_large',
  'asrun.not_a_log',
  'asrun.unknown_columns',
  'asrun.bad_dates',
  'asrun.mapping_required',
  'backup.no_destination',
  'backup.destination_missing',
  'backup.not_a_backup',
  'backup.damaged',
  'backup.file_missing',
  'backup.no_backup',
  'backup.no_restore',
  // Issue #12: hostile packs.
  'pack.compressed_audio',
  'pack.changed',
  'schedule.out_dir_outside',
  'receipt.malformed',
  'receipt.too_large',
  'receipt.bad_signature',
  'receipt.future_dated',
  'receipt.unknown_station',
  'receipt.duplicate',
  'receipt.empty',
  'translation.unreadable',
  'translation.no_language',
  'translation.bad_language',
  'translation.builtin',
  'translation.empty',
  'production.bad_move',
  'production.comment_needed',
  'production.no_script',
  'production.no_translation',
  'production.no_oral_recording',
  'production.recording_too_long',
  'voices.consent_missing',
  'voices.no_audio',
  'voices.redaction_outside',
  'voices.pack_consent',
  'voices.has_audio',
  'voices.not_a_call',
]);
export type ErrorCode = z.infer<typeof errorCodeSchema>;

export const apiErrorSchema = z.object({
  code: errorCodeSchema,
  message: z.string(),
  /** Values interpolated into the translated sentence (file name, field path, …). */
  details: z.record(z.string(), z.union([z.string(), z.number(), z.boolean(), z.null()])).optional(),
});
export type ApiErrorData = z.infer<typeof apiErrorSchema>;

// The error class lives apart so that code which only throws (the analysis worker thread) does not
// load zod: ~120 ms of a worker's start-up.
export { cancelled, isCancelled, UserFacingError } from './user-facing-error.ts';

/** `{ ok: true, value } | { ok: false, error }`: what every transport returns, never a thrown stack. */
export type Result<T> = { ok: true; value: T } | { ok: false; error: ApiErrorData };

export function toErrorData(error: unknown): ApiErrorData {
  if (error instanceof UserFacingError) return error.toData();
  if (isCancelled(error)) return { code: 'cancelled', message: 'Cancelled' };
  return { code: 'internal', message: error instanceof Error ? error.message : String(error) };
}
