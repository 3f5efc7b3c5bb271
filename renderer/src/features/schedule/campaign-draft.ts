import type { Campaign, CampaignInput } from '../../../../shared/domain/schedule.ts';

export interface CampaignDraft {
  id: string | undefined;
  name: string;
  segments: { id: string; title: string }[];
  quota: 'day' | 'week';
  plays: number;
  dayparts: string;
  /** ISO 639-3 codes and INEGI state codes, picked by name. */
  languages: string[];
  regions: string[];
  separation: number;
  startDate: string;
  endDate: string;
}

export type CampaignField = 'name' | 'segments' | 'plays' | 'dayparts' | 'languages' | 'regions' | 'separation' | 'startDate' | 'endDate';

const list = (text: string) =>
  text
    .split(/[,\s]+/)
    .map((s) => s.trim())
    .filter(Boolean);

export function newCampaign(from: string, to: string): CampaignDraft {
  return { id: undefined, name: '', segments: [], quota: 'week', plays: 6, dayparts: '', languages: [], regions: [], separation: 60, startDate: from, endDate: to };
}

export function draftFromCampaign(c: Campaign, titles: ReadonlyMap<string, string>): CampaignDraft {
  return {
    id: c.id,
    name: c.name,
    segments: c.segmentIds.map((id) => ({ id, title: titles.get(id) ?? id })),
    quota: c.playsPerDay !== null ? 'day' : 'week',
    plays: c.playsPerDay ?? c.playsPerWeek ?? 1,
    dayparts: c.dayparts.map((d) => `${d.start}-${d.end}`).join(', '),
    languages: [...c.languages],
    regions: [...c.regions],
    separation: c.minSeparationMin,
    startDate: c.startDate,
    endDate: c.endDate,
  };
}

const DAYPART = /^([01]\d|2[0-3]):[0-5]\d-([01]\d|2[0-3]):[0-5]\d$/;

/** Values are i18n keys; the core validates again and its errors are shown as they come. */
export function validateCampaign(d: CampaignDraft): Partial<Record<CampaignField, string>> {
  const e: Partial<Record<CampaignField, string>> = {};
  if (!d.name.trim()) e.name = 'schedule.validation.nameRequired';
  if (d.segments.length === 0) e.segments = 'schedule.validation.segmentsRequired';
  const max = d.quota === 'day' ? 100 : 500;
  if (!Number.isInteger(d.plays) || d.plays < 1 || d.plays > max) e.plays = 'schedule.validation.plays';
  if (list(d.dayparts).some((p) => !DAYPART.test(p))) e.dayparts = 'schedule.validation.dayparts';
  if (d.languages.some((l) => !/^[a-z]{3}$/.test(l))) e.languages = 'schedule.validation.languages';
  if (d.regions.some((r) => !/^\d{2}$/.test(r))) e.regions = 'schedule.validation.regions';
  if (!Number.isInteger(d.separation) || d.separation < 0 || d.separation > 10_080) e.separation = 'schedule.validation.separation';
  if (!/^\d{4}-\d{2}-\d{2}$/.test(d.startDate)) e.startDate = 'schedule.validation.date';
  if (!/^\d{4}-\d{2}-\d{2}$/.test(d.endDate)) e.endDate = 'schedule.validation.date';
  else if (d.endDate < d.startDate) e.endDate = 'schedule.validation.endBeforeStart';
  return e;
}

export function campaignInputOf(d: CampaignDraft): CampaignInput {
  return {
    ...(d.id ? { id: d.id } : {}),
    name: d.name.trim(),
    segmentIds: d.segments.map((s) => s.id),
    playsPerDay: d.quota === 'day' ? d.plays : null,
    playsPerWeek: d.quota === 'week' ? d.plays : null,
    dayparts: list(d.dayparts).map((p) => {
      const [start = '', end = ''] = p.split('-');
      return { start, end };
    }),
    languages: [...d.languages],
    regions: [...d.regions],
    minSeparationMin: d.separation,
    startDate: d.startDate,
    endDate: d.endDate,
  };
}
