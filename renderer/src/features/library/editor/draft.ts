import type { RegionTag, Segment, SegmentPatch, SegmentStatus, VersionPatch } from '../../../../../shared/domain/segment.ts';
import { beyondHorizon } from '../../../../../shared/domain/validity-horizon.ts';

export interface VersionDraft {
  id: string;
  languageCode: string | null;
  regions: RegionTag[];
  script: string;
  assetName: string;
}

/** The form's state: dates as input strings ('' = none), everything else as the contract has it. */
export interface SegmentDraft {
  title: string;
  description: string;
  topics: string[];
  status: SegmentStatus;
  validFrom: string;
  validUntil: string;
  license: string;
  producer: string;
  consentNotes: string;
  versions: VersionDraft[];
}

export type FieldKey = 'title' | 'validFrom' | 'validUntil';
export type FieldErrors = Partial<Record<FieldKey, string>>;

export function draftFromSegment(segment: Segment): SegmentDraft {
  return {
    title: segment.title,
    description: segment.description,
    topics: [...segment.topics],
    status: segment.status,
    validFrom: segment.validFrom ?? '',
    validUntil: segment.validUntil ?? '',
    license: segment.license,
    producer: segment.producer,
    consentNotes: segment.consentNotes,
    versions: segment.versions.map((v) => ({
      id: v.id,
      languageCode: v.languageCode,
      regions: v.regions.map((r) => ({ ...r })),
      script: v.script,
      assetName: v.asset.originalName,
    })),
  };
}

const sameList = (a: readonly unknown[], b: readonly unknown[]) => JSON.stringify(a) === JSON.stringify(b);
const dateOrNull = (value: string) => (value === '' ? null : value);

/** Only the fields the user changed: a patch never overwrites what someone else saved meanwhile. */
export function segmentPatch(base: SegmentDraft, draft: SegmentDraft): SegmentPatch {
  const patch: SegmentPatch = {};
  if (draft.title.trim() !== base.title.trim()) patch.title = draft.title.trim();
  if (draft.description !== base.description) patch.description = draft.description;
  if (!sameList([...draft.topics].sort(), [...base.topics].sort())) patch.topics = draft.topics;
  if (draft.status !== base.status) patch.status = draft.status;
  // Both dates travel together so the core can check the range against the pair the user sees.
  if (draft.validFrom !== base.validFrom || draft.validUntil !== base.validUntil) {
    patch.validFrom = dateOrNull(draft.validFrom);
    patch.validUntil = dateOrNull(draft.validUntil);
  }
  if (draft.license.trim() !== base.license.trim()) patch.license = draft.license.trim();
  if (draft.producer !== base.producer) patch.producer = draft.producer;
  if (draft.consentNotes !== base.consentNotes) patch.consentNotes = draft.consentNotes;
  return patch;
}

export function versionPatches(base: SegmentDraft, draft: SegmentDraft): { id: string; patch: VersionPatch }[] {
  const out: { id: string; patch: VersionPatch }[] = [];
  for (const version of draft.versions) {
    const before = base.versions.find((v) => v.id === version.id);
    if (!before) continue;
    const patch: VersionPatch = {};
    if (version.languageCode !== before.languageCode) patch.languageCode = version.languageCode;
    if (!sameList(version.regions, before.regions)) patch.regions = version.regions;
    if (version.script !== before.script) patch.script = version.script;
    if (Object.keys(patch).length > 0) out.push({ id: version.id, patch });
  }
  return out;
}

export function isDirty(base: SegmentDraft, draft: SegmentDraft): boolean {
  return Object.keys(segmentPatch(base, draft)).length > 0 || versionPatches(base, draft).length > 0;
}

/** Checks the form can catch before a round trip; the core checks again (and has the last word). */
export function validateDraft(draft: SegmentDraft): { field: FieldKey; key: string }[] {
  const problems: { field: FieldKey; key: string }[] = [];
  if (draft.title.trim() === '') problems.push({ field: 'title', key: 'editor.titleRequired' });
  if (draft.validFrom && draft.validUntil && draft.validFrom > draft.validUntil) problems.push({ field: 'validUntil', key: 'errors.validity.range' });
  else if (draft.validFrom && draft.validUntil && beyondHorizon(draft.validFrom, draft.validUntil)) problems.push({ field: 'validUntil', key: 'errors.validity.too_far' });
  return problems;
}

const fieldNames: Record<string, string> = {
  title: 'title',
  description: 'description',
  topics: 'topics',
  status: 'status',
  validFrom: 'validFrom',
  validUntil: 'validUntil',
  license: 'license',
  producer: 'producer',
  consentNotes: 'consentNotes',
  script: 'script',
  languageCode: 'language',
  regions: 'regions',
};

/** `patch.regions[0].place` → `regions`: the deepest part of a core field path the form has a label for. */
export function labelKeyForPath(path: string): string | null {
  const parts = path.split('.').map((p) => p.replace(/\[\d+\]$/, ''));
  for (let i = parts.length - 1; i >= 0; i--) {
    const name = fieldNames[parts[i] ?? ''];
    if (name) return `editor.fields.${name}`;
  }
  return null;
}

/** Which input a core error belongs to, so it can be shown next to it. */
export function fieldForPath(path: string): FieldKey | null {
  if (/(^|\.)title$/.test(path)) return 'title';
  if (/(^|\.)validFrom$/.test(path)) return 'validFrom';
  if (/(^|\.)validUntil$/.test(path)) return 'validUntil';
  return null;
}
