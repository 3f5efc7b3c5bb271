import type { SearchFilters } from '../../../../../shared/api/contract.ts';
import { segmentStatusSchema, type SegmentStatus } from '../../../../../shared/domain/segment.ts';

/** What the filter bar edits: one value per select ('' = any), mapped to the contract's arrays. */
export interface LibraryFilters {
  language: string;
  region: string;
  topic: string;
  status: SegmentStatus | '';
  expiring: boolean;
}

export const EXPIRING_DAYS = 30;

export const noFilters: LibraryFilters = { language: '', region: '', topic: '', status: '', expiring: false };

export function toSearchFilters(f: LibraryFilters): SearchFilters {
  return {
    languages: f.language ? [f.language] : [],
    regions: f.region ? [f.region] : [],
    topics: f.topic ? [f.topic] : [],
    statuses: f.status ? [f.status] : [],
    expiringWithinDays: f.expiring ? EXPIRING_DAYS : null,
  };
}

export function hasFilters(f: LibraryFilters): boolean {
  return f.language !== '' || f.region !== '' || f.topic !== '' || f.status !== '' || f.expiring;
}

export function parseStatus(value: string): SegmentStatus | '' {
  const parsed = segmentStatusSchema.safeParse(value);
  return parsed.success ? parsed.data : '';
}
