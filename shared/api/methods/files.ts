import { z } from 'zod';
import { idSchema } from '../../domain/segment.ts';

/**
 * Files a user can reach (issue #11 req. 3): every render, export, pack and report can be saved,
 * shown in its folder, copied to a USB drive or (browser mode) downloaded. Paths given here must be
 * files the core produced (data folder's renders/, exports/, packs/); anything else is refused.
 */
const producedPathSchema = z.string().min(1).max(4096);
/** A name the user will see on the copy; no folders, no reserved characters. */
const fileNameSchema = z
  .string()
  .trim()
  .min(1)
  .max(200)
  .regex(/^[^\\/:*?"<>|\u0000-\u001f]+$/)
  .refine((n) => n !== '.' && n !== '..');

export const producedFileSchema = z.object({ path: z.string(), name: z.string(), sizeBytes: z.number().int().min(0) });
export type ProducedFile = z.infer<typeof producedFileSchema>;

export const driveSchema = z.object({ label: z.string(), mountPath: z.string(), freeBytes: z.number().int().min(0).nullable() });
export type Drive = z.infer<typeof driveSchema>;

const fileRequestSchema = z.object({ path: producedPathSchema, name: fileNameSchema.optional() });

export const filesMethods = {
  'files.describe': { input: z.object({ files: z.array(fileRequestSchema).min(1).max(200) }), output: z.array(producedFileSchema) },
  'files.drives': { input: z.object({}), output: z.array(driveSchema) },
  'files.copyTo': {
    input: z.object({ jobId: idSchema, files: z.array(fileRequestSchema).min(1).max(200), mountPath: z.string().min(1).max(4096) }),
    output: z.object({ folder: z.string(), copied: z.array(z.object({ name: z.string(), path: z.string(), sizeBytes: z.number().int() })) }),
  },
  /** Browser mode: registers a produced file for `GET /download/<offerId>?token=…` for a short while. */
  'files.offer': { input: fileRequestSchema, output: z.object({ offerId: idSchema, fileName: z.string(), sizeBytes: z.number().int(), expiresAt: z.string() }) },
  /** Desktop only (Electron main implements these; elsewhere they fail with files.desktop_only). */
  'files.saveAs': { input: fileRequestSchema, output: z.object({ savedTo: z.string().nullable() }) },
  'files.showInFolder': { input: z.object({ path: producedPathSchema }), output: z.object({ shown: z.boolean() }) },
} as const;
