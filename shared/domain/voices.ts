import { z } from 'zod';
import type { EditOpData as EditOp } from './edit-ops.ts';
import { idSchema, isoDateSchema, languageCodeSchema, municipalityCodeSchema, sha256Schema, stateCodeSchema } from './segment.ts';

/*
 * Voces (issue #14 §2): what listeners tell the station — voice notes and call-ins about recruiters,
 * wages, housing, health — kept with who consented to what, and redacted before anything leaves.
 * Pure: shared by the core (which enforces every rule) and the renderer (which explains them).
 */

export const TESTIMONY_SOURCES = ['voice_note', 'call_in'] as const;
export const testimonySourceSchema = z.enum(TESTIMONY_SOURCES);
export type TestimonySource = z.infer<typeof testimonySourceSchema>;

/**
 * What a consent can cover. Independent, not a ladder: a caller may let the station count the case
 * for the authorities but not put their voice on air, or the other way round.
 *   internal    the station's team may listen and keep it
 *   anonymised  it may be counted in anonymised reports (summary, receipts) and its redacted audio
 *               handed to an authority
 *   broadcast   its redacted (and, if chosen, disguised) audio may air, be exported and travel in packs
 */
export const CONSENT_USES = ['internal', 'anonymised', 'broadcast'] as const;
export const consentUseSchema = z.enum(CONSENT_USES);
export type ConsentUse = z.infer<typeof consentUseSchema>;

/** How the consent was taken: said on the recording (at `atSec`) or a checkbox ticked by the person taking it. */
export const CONSENT_METHODS = ['audio', 'checkbox'] as const;
export const consentMethodSchema = z.enum(CONSENT_METHODS);

/** Voice disguise for what leaves the station: none, or a pitch shift down or up (ffmpeg, tempo kept). */
export const DISGUISES = ['none', 'lower', 'higher'] as const;
export const disguiseSchema = z.enum(DISGUISES);
export type Disguise = z.infer<typeof disguiseSchema>;

/** Problem categories (resources/catalogs/testimony-categories.json), like topics. */
export const testimonyCategoryIdSchema = z.string().regex(/^[a-z][a-z0-9-]{1,39}$/);

export const TESTIMONY_SUMMARY_MAX = 2000;
export const REDACTIONS_MAX = 200;

const sec = z.number().min(0).max(86_400);

/** A span of the original to hide: a 1 kHz tone over it (`bleep`) or taken out (`cut`). */
export const redactionSchema = z
  .object({ kind: z.enum(['bleep', 'cut']), startSec: sec, endSec: sec, note: z.string().trim().max(200).default('') })
  .refine((r) => r.endSec > r.startSec, { message: 'A redaction ends after it starts', path: ['endSec'] });
export type Redaction = z.output<typeof redactionSchema>;

/** INEGI state and, when known, municipality (its 5-digit key begins with the state's). */
export const placeSchema = z
  .object({ stateCode: stateCodeSchema, municipalityCode: municipalityCodeSchema.nullable() })
  .refine((p) => p.municipalityCode === null || p.municipalityCode.startsWith(p.stateCode), { message: 'The municipality is in another state', path: ['municipalityCode'] });
export type Place = z.infer<typeof placeSchema>;

export const consentInputSchema = z.object({
  /** Who gave it, in the station's words ("la persona que llamó", "su hermana"): never needs a name. */
  givenBy: z.string().trim().min(1).max(120),
  /** Empty: consent withdrawn (a later record replaces an earlier one). */
  uses: z.array(consentUseSchema).max(CONSENT_USES.length),
  method: consentMethodSchema,
  /** For `audio`: where on the recording the consent is heard. */
  atSec: sec.nullable(),
  givenOn: isoDateSchema,
});
export type ConsentInput = z.infer<typeof consentInputSchema>;

export const consentRecordSchema = consentInputSchema.extend({ id: idSchema, recordedAt: z.string() });
export type ConsentRecord = z.infer<typeof consentRecordSchema>;

export const testimonySchema = z.object({
  id: idSchema,
  receivedOn: isoDateSchema,
  source: testimonySourceSchema,
  languageCode: languageCodeSchema.nullable(),
  origin: placeSchema.nullable(),
  work: placeSchema.nullable(),
  categories: z.array(testimonyCategoryIdSchema).max(12),
  summary: z.string().max(TESTIMONY_SUMMARY_MAX),
  /** The voice note or call as received, untouched; null for a call noted by hand. */
  assetId: sha256Schema.nullable(),
  durationSec: z.number().nonnegative().nullable(),
  redactions: z.array(redactionSchema).max(REDACTIONS_MAX),
  disguise: disguiseSchema,
  /** Every consent record, oldest first; the one in force is `consentInForce`. */
  consents: z.array(consentRecordSchema),
  /** The library segment made from it for broadcast ("Llevar a la Biblioteca"), if any. */
  segmentId: idSchema.nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Testimony = z.infer<typeof testimonySchema>;

/** The consent in force: the latest by date given, then by when it was written down. */
export function consentInForce(consents: readonly ConsentRecord[]): ConsentRecord | null {
  let latest: ConsentRecord | null = null;
  for (const c of consents) {
    if (!latest || c.givenOn > latest.givenOn || (c.givenOn === latest.givenOn && c.recordedAt >= latest.recordedAt)) latest = c;
  }
  return latest;
}

export function consentCovers(consents: readonly ConsentRecord[], use: ConsentUse): boolean {
  return consentInForce(consents)?.uses.includes(use) ?? false;
}

/**
 * Redaction spans (marked on the original's timeline) as edit-list operations (edit-list.ts, where
 * each time is on the timeline left by the operations before it). Bleeps first, since they move
 * nothing; then the cuts, overlapping ones merged, latest first so an earlier cut's times still
 * stand when it is applied.
 */
export function redactionEditOps(redactions: readonly Redaction[]): EditOp[] {
  const bleeps: EditOp[] = redactions.filter((r) => r.kind === 'bleep').map((r) => ({ type: 'bleep', startSec: r.startSec, endSec: r.endSec }));
  const cuts = redactions.filter((r) => r.kind === 'cut').map((r) => [r.startSec, r.endSec] as [number, number]).sort((a, b) => a[0] - b[0]);
  const merged: [number, number][] = [];
  for (const [start, end] of cuts) {
    const last = merged.at(-1);
    if (last && start <= last[1]) last[1] = Math.max(last[1], end);
    else merged.push([start, end]);
  }
  const cutOps: EditOp[] = merged.reverse().map(([startSec, endSec]) => ({ type: 'cut', startSec, endSec }));
  return [...bleeps, ...cutOps];
}

/** The calendar month a testimony counts in ("2026-11"). */
export const monthOf = (isoDate: string): string => isoDate.slice(0, 7);
export const monthSchema = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/);

/** One cell of the anonymised summary: how many testimonies of a category, in a state, in a month. */
export const summaryCellSchema = z.object({
  category: testimonyCategoryIdSchema,
  /** '' when the testimony has no place of that role. */
  stateCode: z.union([stateCodeSchema, z.literal('')]),
  month: monthSchema,
  count: z.number().int().positive(),
});
export type SummaryCell = z.infer<typeof summaryCellSchema>;

/** Whose state a summary counts by: where people come from, or where they work (where the abuse happened). */
export const placeRoleSchema = z.enum(['origin', 'work']);
export type PlaceRole = z.infer<typeof placeRoleSchema>;
