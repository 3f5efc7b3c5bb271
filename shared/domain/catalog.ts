import { z } from 'zod';
import { languageCodeSchema, municipalityCodeSchema, stateCodeSchema, topicIdSchema } from './segment.ts';
import { testimonyCategoryIdSchema } from './voices.ts';

export const languageEntrySchema = z.object({
  code: languageCodeSchema,
  /** Spanish display name, INALI style, e.g. "Mixteco de Yoloxóchitl". */
  nameEs: z.string().min(1),
  nameEn: z.string().min(1),
  /** Linguistic family (INALI), e.g. "Oto-mangue". */
  family: z.string().min(1),
  /** INALI agrupación, e.g. "Mixteco". */
  group: z.string().min(1),
  /** Self-designation(s), e.g. "Tu'un savi". Searchable. */
  autonym: z.string().nullable(),
  /** States where it is mainly spoken (INEGI codes). */
  states: z.array(stateCodeSchema),
});
export type LanguageEntry = z.infer<typeof languageEntrySchema>;

export const stateEntrySchema = z.object({
  code: stateCodeSchema,
  name: z.string().min(1),
  abbreviation: z.string().min(2).max(6),
  /** Role these states usually play in agricultural migration, as a hint for tagging. */
  migrationRole: z.enum(['origin', 'destination', 'both', 'other']),
});
export type StateEntry = z.infer<typeof stateEntrySchema>;

/** One INEGI municipality (issue #11): `code` is the 5-digit key, state code first. */
export const municipalityEntrySchema = z.object({ code: municipalityCodeSchema, name: z.string().min(1) });
export type MunicipalityEntry = z.infer<typeof municipalityEntrySchema>;

export const topicEntrySchema = z.object({
  id: topicIdSchema,
  nameEs: z.string().min(1),
  nameEn: z.string().min(1),
  descriptionEs: z.string(),
  descriptionEn: z.string(),
});
export type TopicEntry = z.infer<typeof topicEntrySchema>;

/** A problem a testimony tells of (issue #14 §2): recruitment fraud, unpaid wages… a catalog like topics. */
export const testimonyCategoryEntrySchema = z.object({
  id: testimonyCategoryIdSchema,
  nameEs: z.string().min(1),
  nameEn: z.string().min(1),
  descriptionEs: z.string(),
  descriptionEn: z.string(),
});
export type TestimonyCategoryEntry = z.infer<typeof testimonyCategoryEntrySchema>;

/** The three tagging catalogs, as shipped in resources/catalogs and served by `catalog.*`. */
export interface Catalogs {
  languages: LanguageEntry[];
  states: StateEntry[];
  topics: TopicEntry[];
}

/** What the core loads: the three the UI gathers, and Voces' problem categories (issue #14 §2). */
export interface LoadedCatalogs extends Catalogs {
  testimonyCategories: TestimonyCategoryEntry[];
}
