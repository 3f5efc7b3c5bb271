import { describe, expect, it } from 'vitest';
import { segmentPatchSchema } from '../../../../shared/domain/segment.ts';
import { beyondHorizon, validityHorizon } from '../../../../shared/domain/validity-horizon.ts';
import { errorOfCall } from '../support/errors.ts';
import { fakeAsset, useRepositoryLibrary } from './library-fixtures.ts';

describe('validity dates beyond ten years (issue #11 item 10)', () => {
  it('counts ten civil years, with 29 February landing on 1 March in a common year', () => {
    expect(validityHorizon('2026-01-10')).toBe('2036-01-10');
    expect(validityHorizon('2028-02-29')).toBe('2038-03-01');
    expect(validityHorizon('2030-02-28')).toBe('2040-02-28');
    expect(beyondHorizon('2026-01-10', '2036-01-10')).toBe(false);
    expect(beyondHorizon('2026-01-10', '2036-01-11')).toBe(true);
  });

  it('the contract refuses a window longer than ten years, on validUntil', () => {
    const parsed = segmentPatchSchema.safeParse({ validFrom: '2026-01-01', validUntil: '2206-01-01' });
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues[0]).toMatchObject({ message: 'validity.too_far', path: ['validUntil'] });
    expect(segmentPatchSchema.safeParse({ validFrom: '2026-01-01', validUntil: '2035-12-31' }).success).toBe(true);
  });

  describe('the library refuses a date more than ten years after the station\'s today', () => {
    const lib = useRepositoryLibrary();
    const create = () => lib.repo.createFromImport({ asset: fakeAsset(), title: 'Salario mínimo', languageCode: null, regions: [], topics: [] });

    it('for either end, writing nothing, and names the field', () => {
      const id = create().id;
      const before = lib.repo.get(id);
      for (const [field, patch] of [
        ['validUntil', { validUntil: '2206-12-31' }],
        ['validFrom', { validFrom: '2040-01-01', title: 'No debe guardarse' }],
      ] as const) {
        const error = errorOfCall(() => lib.repo.update(id, patch));
        expect(error.code).toBe('validity.too_far');
        expect(error.details).toMatchObject({ field, years: 10 });
      }
      expect(lib.repo.get(id)).toEqual(before);
      // The repository's clock starts on 2026-01-10: nine years on is fine.
      expect(lib.repo.update(id, { validUntil: '2035-01-10' }).validUntil).toBe('2035-01-10');
    });

    it('leaves a stored far date alone when a patch only changes something else', () => {
      const id = create().id;
      lib.db.prepare("UPDATE segments SET valid_until = '2199-01-01' WHERE id = ?").run(id);
      expect(lib.repo.update(id, { title: 'Otro título' }).title).toBe('Otro título');
    });
  });
});
