import { z } from 'zod';
import { SCRIPT_MAX, taskStatusSchema, translationModeSchema, type TaskRecordingRole } from './production.ts';
import { editOpSchema } from './edit-ops.ts';
import { idSchema, isoDateSchema, languageCodeSchema, regionTagSchema, sha256Schema, topicIdSchema } from './segment.ts';

/** Pack format v1 (issue #6, docs/pack-format.md). The manifest is the signed part of a pack. */
export const PACK_FORMAT = 'cabina-pack';
export const PACK_FORMAT_VERSION = 1;
/** A manifest is metadata only; anything larger is refused before parsing (a JSON bomb is still a bomb). */
export const MAX_MANIFEST_BYTES = 4 * 1024 * 1024;

/**
 * Entry names inside a pack: forward slashes, no `..`, no absolute or drive-letter paths, no
 * backslashes, only under audio/ or scripts/. The reader checks raw names with the same rule before
 * the schema ever sees them.
 */
export const packPathSchema = z
  .string()
  .max(200)
  .regex(/^(audio|scripts)\/[A-Za-z0-9][A-Za-z0-9._-]{0,150}$/);

export const audioRoleSchema = z.enum(['master', 'playout', 'distribution']);
export type AudioRole = z.infer<typeof audioRoleSchema>;

export const packEncodeSchema = z.enum(['opus', 'mp3', 'master']);
export type PackEncode = z.infer<typeof packEncodeSchema>;

export const packFileSchema = z.object({
  path: packPathSchema,
  sizeBytes: z.number().int().nonnegative(),
  sha256: sha256Schema,
});

export const packAudioSchema = packFileSchema.extend({
  role: audioRoleSchema,
  /** File extension / container as the library stores it (`ogg`, `mp3`, `wav`…). */
  container: z.string().regex(/^[a-z0-9]{1,8}$/),
  codec: z.string().max(40),
  bitRate: z.number().int().nonnegative().nullable(),
  sampleRate: z.number().int().nonnegative(),
  channels: z.number().int().nonnegative(),
  bitsPerSample: z.number().int().nonnegative().nullable(),
});
export type PackAudio = z.infer<typeof packAudioSchema>;

export const packVersionSchema = z.object({
  languageCode: languageCodeSchema.nullable(),
  languageName: z.string().max(200).nullable(),
  regions: z.array(regionTagSchema).max(40),
  durationSec: z.number().nonnegative(),
  loudness: z.object({ integrated: z.number(), lra: z.number(), truePeak: z.number() }).nullable(),
  script: packFileSchema.nullable(),
  audio: z.array(packAudioSchema).min(1).max(3),
  /**
   * Issue #11: the publisher's edit list over the `master` file (the untouched original), so the
   * receiving station airs the edit and can still re-edit it. Absent when there is nothing to apply,
   * or when the edit cannot travel (jingle inserts: the master is then the rendered edit itself).
   */
  edits: z
    .object({ originalDurationSec: z.number().nonnegative(), ops: z.array(editOpSchema).max(500) })
    .refine((e) => e.ops.every((op) => op.type !== 'insert'), { message: 'jingle inserts cannot travel in a pack', path: ['ops'] })
    .optional(),
});
export type PackVersion = z.infer<typeof packVersionSchema>;

/**
 * Issue #14: a language task's recording (its oral translation, its spoken back-translation) as a
 * pack carries it: the file the publishing station plays, as it is (no encode), like a prompt's.
 */
export const packTaskRecordingSchema = packAudioSchema.omit({ role: true }).extend({ durationSec: z.number().nonnegative() });
export type PackTaskRecording = z.infer<typeof packTaskRecordingSchema>;
/** The task entry's field for each recording role. */
export const PACK_RECORDING_FIELD = { oral: 'oralRecording', back_translation: 'backTranslationRecording' } as const satisfies Record<TaskRecordingRole, string>;

/**
 * Issue #14: a segment's production travels with it — the master script (its latest revision) and
 * each language's translation, back-translation and status, and the task's recordings. Optional, so
 * older Cabinas (which strip unknown keys) still open a pack without recordings. Assignees are left
 * out when contributor names are stripped.
 */
export const packProductionSchema = z.object({
  script: z.object({ revision: z.number().int().positive(), languageCode: languageCodeSchema, text: z.string().max(SCRIPT_MAX) }).nullable(),
  tasks: z
    .array(
      z.object({
        languageCode: languageCodeSchema,
        status: taskStatusSchema,
        mode: translationModeSchema,
        assignee: z.string().max(120),
        translation: z.string().max(SCRIPT_MAX),
        backTranslation: z.string().max(SCRIPT_MAX),
        /** Absent when the task has none (and in every pack made before task recordings). */
        oralRecording: packTaskRecordingSchema.optional(),
        backTranslationRecording: packTaskRecordingSchema.optional(),
      }),
    )
    .max(60),
});
export type PackProduction = z.infer<typeof packProductionSchema>;

export const packSegmentSchema = z.object({
  id: idSchema,
  /** Increases each time the publisher ships changed content; a higher version supersedes a lower one. */
  version: z.number().int().min(1),
  title: z.string().trim().min(1).max(200),
  description: z.string().max(5000),
  topics: z.array(topicIdSchema).max(30),
  validFrom: isoDateSchema.nullable(),
  validUntil: isoDateSchema.nullable(),
  license: z.string().max(100),
  /** Empty when the pack was built with "strip contributor names". */
  credits: z.object({ producer: z.string().max(200) }),
  /** Absent when the pack was built with "strip consent notes". */
  consentNotes: z.string().max(5000).optional(),
  versions: z.array(packVersionSchema).min(1).max(40),
  production: packProductionSchema.optional(),
});
export type PackSegment = z.infer<typeof packSegmentSchema>;

/**
 * Issue #15: a spoken help prompt — one help target in one language, the audio the station plays
 * beside that action ("¿Qué es esto?"). One playable file; prompts are a few seconds long.
 */
export const packPromptSchema = z.object({
  target: z.string().regex(/^[a-z][a-z0-9]*(\.[a-z][a-zA-Z0-9]*)+$/).max(80),
  languageCode: languageCodeSchema,
  languageName: z.string().max(200).nullable(),
  durationSec: z.number().nonnegative(),
  audio: packAudioSchema,
});
export type PackPrompt = z.infer<typeof packPromptSchema>;

export const fingerprintSchema = z.string().regex(/^[0-9a-f]{64}$/);

export const packManifestSchema = z.object({
  format: z.literal(PACK_FORMAT),
  formatVersion: z.literal(PACK_FORMAT_VERSION),
  packId: idSchema,
  packVersion: z.number().int().min(1),
  title: z.string().trim().min(1).max(200),
  description: z.string().max(5000),
  publisher: z.object({
    name: z.string().trim().min(1).max(200),
    /** sha256 (hex) of the DER SubjectPublicKeyInfo: what `openssl pkey -pubin -outform DER | sha256sum` prints. */
    fingerprint: fingerprintSchema,
    /** The ed25519 public key as PEM SPKI, so a station can verify before it decides to trust. */
    publicKeyPem: z.string().max(1000),
  }),
  createdAt: z.iso.datetime({ offset: true }),
  /** May be empty when the pack carries only help prompts (issue #15); never both empty. */
  segments: z.array(packSegmentSchema).max(2000),
  /** Absent in packs without spoken help (and in every pack made before issue #15). */
  prompts: z.array(packPromptSchema).max(2000).optional(),
}).refine((m) => m.segments.length + (m.prompts?.length ?? 0) > 0, { message: 'a pack carries at least one segment or prompt', path: ['segments'] });
export type PackManifest = z.infer<typeof packManifestSchema>;

/** The pack's files, in manifest order: every entry but manifest.json / manifest.sig. */
export function manifestFiles(manifest: PackManifest): { path: string; sizeBytes: number; sha256: string }[] {
  return [
    ...manifest.segments.flatMap((s) => s.versions.flatMap((v) => [...v.audio, ...(v.script ? [v.script] : [])])),
    ...manifest.segments.flatMap((s) => taskRecordings(s.production)),
    ...(manifest.prompts ?? []).map((p) => p.audio),
  ];
}

/** A segment's task recordings in the pack (oral translations, spoken back-translations). */
export function taskRecordings(production: PackProduction | undefined): PackTaskRecording[] {
  return (production?.tasks ?? []).flatMap((t) => [t.oralRecording, t.backTranslationRecording].filter((r): r is PackTaskRecording => r !== undefined));
}
