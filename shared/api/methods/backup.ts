import { z } from 'zod';
import { idSchema } from '../../domain/segment.ts';

/**
 * Backups and integrity (issue #12): an online copy of the database plus the content store to a
 * folder or USB drive, restore with verification and a keep/undo step, and the store doctor.
 */
const folderSchema = z.string().trim().min(1).max(4096);

export const backupSettingsSchema = z.object({
  /** Folder (or a USB drive's mount path) that holds `cabina-backups/`; null: no daily backup. */
  destination: folderSchema.nullable(),
  keepLast: z.number().int().min(1).max(100),
  /** Station-zone wall time of the daily backup, `HH:MM`. */
  dailyTime: z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/),
});
export type BackupSettings = z.infer<typeof backupSettingsSchema>;

export const backupInfoSchema = z.object({
  name: z.string(),
  dir: z.string(),
  createdAt: z.string(),
  files: z.number().int().min(0),
  bytes: z.number().int().min(0),
});
export type BackupInfo = z.infer<typeof backupInfoSchema>;

const lastRunSchema = z.object({ at: z.string(), backup: z.string().nullable(), error: z.string().nullable() }).nullable();

export const restoreStateSchema = z.discriminatedUnion('state', [
  z.object({ state: z.literal('none') }),
  /** Verified and staged; it is swapped in when Cabina next starts. */
  z.object({ state: z.literal('restart'), kind: z.enum(['restore', 'undo']), backup: z.string() }),
  /** Swapped in; the previous library waits in `asideDir` until the user keeps or undoes. */
  z.object({ state: z.literal('confirm'), backup: z.string(), restoredAt: z.string(), asideDir: z.string() }),
]);
export type RestoreState = z.infer<typeof restoreStateSchema>;

const fileIssueSchema = z.object({ path: z.string(), problem: z.enum(['missing', 'orphan', 'corrupt']), repaired: z.boolean() });

export const doctorReportSchema = z.object({
  checked: z.number().int().min(0),
  missing: z.array(fileIssueSchema),
  orphans: z.array(fileIssueSchema),
  corrupt: z.array(fileIssueSchema),
  repairedFrom: z.string().nullable(),
});
export type DoctorReport = z.infer<typeof doctorReportSchema>;

export const backupMethods = {
  'backup.settings': { input: z.object({}), output: backupSettingsSchema.extend({ lastRun: lastRunSchema }) },
  'backup.saveSettings': { input: backupSettingsSchema, output: backupSettingsSchema },
  'backup.now': {
    input: z.object({ jobId: idSchema, destination: folderSchema.optional() }),
    output: z.object({ backup: backupInfoSchema, copiedFiles: z.number().int(), copiedBytes: z.number().int(), skippedFiles: z.number().int(), pruned: z.array(z.string()) }),
  },
  'backup.list': { input: z.object({ destination: folderSchema.optional() }), output: z.array(backupInfoSchema) },
  /** Verifies the backup, then stages it; the swap happens at the next start (the database is open now). */
  'backup.restore': { input: z.object({ jobId: idSchema, dir: folderSchema }), output: restoreStateSchema },
  'backup.restoreState': { input: z.object({}), output: restoreStateSchema },
  /** After a restore: keep it (the previous library is deleted) or undo it (swapped back at the next start). */
  'backup.confirmRestore': { input: z.object({ keep: z.boolean() }), output: restoreStateSchema },
  'backup.doctor': { input: z.object({ jobId: idSchema, repair: z.boolean() }), output: doctorReportSchema },
} as const;
