import { describe, expect, it } from 'vitest';
import { draftFromSegment, isDirty, labelKeyForPath, segmentPatch, validateDraft, versionPatches } from '../../../../../renderer/src/features/library/editor/draft.ts';
import { makeSegment } from '../../../fixtures.ts';

describe('editor draft', () => {
  const segment = makeSegment({ title: 'Base', languageCode: 'spa' });
  const base = draftFromSegment(segment);

  it('an untouched draft is clean and produces no patches', () => {
    expect(isDirty(base, base)).toBe(false);
    expect(segmentPatch(base, base)).toEqual({});
    expect(versionPatches(base, base)).toEqual([]);
  });

  it('patches only what changed, trimming the title and sending both dates together', () => {
    const draft = { ...base, title: '  Nuevo  ', validUntil: '2026-01-01' };
    expect(segmentPatch(base, draft)).toEqual({ title: 'Nuevo', validFrom: null, validUntil: '2026-01-01' });
  });

  it('topic order alone is not a change', () => {
    const a = { ...base, topics: ['wages', 'health'] };
    expect(segmentPatch(a, { ...a, topics: ['health', 'wages'] })).toEqual({});
  });

  it('patches versions by id', () => {
    const version = base.versions[0];
    if (!version) throw new Error('fixture has a version');
    const draft = { ...base, versions: [{ ...version, script: 'Hola' }] };
    expect(versionPatches(base, draft)).toEqual([{ id: version.id, patch: { script: 'Hola' } }]);
  });

  it('validates an empty title and an inverted range', () => {
    expect(validateDraft({ ...base, title: ' ', validFrom: '2025-02-01', validUntil: '2025-01-01' })).toEqual([
      { field: 'title', key: 'editor.titleRequired' },
      { field: 'validUntil', key: 'errors.validity.range' },
    ]);
  });

  it('maps core field paths to labels', () => {
    expect(labelKeyForPath('patch.validUntil')).toBe('editor.fields.validUntil');
    expect(labelKeyForPath('patch.regions[0].place')).toBe('editor.fields.regions');
    expect(labelKeyForPath('patch.languageCode')).toBe('editor.fields.language');
    expect(labelKeyForPath('weird')).toBeNull();
  });
});
