import { UserFacingError } from '../../../shared/api/errors.ts';
import type { RegionTag } from '../../../shared/domain/segment.ts';
import { beyondHorizon, MAX_VALIDITY_YEARS } from '../../../shared/domain/validity-horizon.ts';
import type { CatalogIndex } from '../catalog/load-catalogs.ts';

/**
 * Checks tags against the shipped catalogs. The API schema only checks a code's shape ("xyz"); a
 * code the catalog does not know would be a tag nobody can name, filter or translate.
 */

function invalid(field: string, message: string): UserFacingError {
  return new UserFacingError('invalid_input', message, { field });
}

export function checkLanguage(catalogs: CatalogIndex, code: string | null, field = 'languageCode'): void {
  if (code !== null && !catalogs.languages.has(code)) throw invalid(field, `Unknown language code ${code}`);
}

export function checkRegions(catalogs: CatalogIndex, regions: readonly RegionTag[], field = 'regions'): void {
  regions.forEach((region, i) => {
    if (!catalogs.states.has(region.stateCode)) throw invalid(`${field}[${i}].stateCode`, `Unknown state code ${region.stateCode}`);
    // INEGI municipality keys start with their state's code; "20067" cannot lie in Sonora (26).
    if (region.municipalityCode !== null && !region.municipalityCode.startsWith(region.stateCode)) {
      throw invalid(`${field}[${i}].municipalityCode`, `Municipality ${region.municipalityCode} is not in state ${region.stateCode}`);
    }
  });
}

export function checkTopics(catalogs: CatalogIndex, topics: readonly string[], field = 'topics'): void {
  topics.forEach((topic, i) => {
    if (!catalogs.topics.has(topic)) throw invalid(`${field}[${i}]`, `Unknown topic ${topic}`);
  });
}

/**
 * A validity date more than ten years after the station's today is a typo (issue #11). Only the
 * dates a patch sets are checked, so a segment stored before this rule can still be edited.
 */
export function checkHorizon(dates: { validFrom?: string | null | undefined; validUntil?: string | null | undefined }, today: string): void {
  for (const field of ['validFrom', 'validUntil'] as const) {
    const date = dates[field];
    if (typeof date === 'string' && beyondHorizon(today, date)) {
      throw new UserFacingError('validity.too_far', `${field} ${date} is more than ${MAX_VALIDITY_YEARS} years away`, {
        field,
        date,
        years: MAX_VALIDITY_YEARS,
      });
    }
  }
}

/** Validity is a window of civil dates; an end before the start would never air. */
export function checkValidity(validFrom: string | null, validUntil: string | null): void {
  if (validFrom !== null && validUntil !== null && validFrom > validUntil) {
    throw new UserFacingError('validity.range', `Valid from ${validFrom} is after valid until ${validUntil}`, {
      field: 'validUntil',
      validFrom,
      validUntil,
    });
  }
}
