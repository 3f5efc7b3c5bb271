import type { Program, ProgramInput } from '../../../../shared/domain/schedule.ts';
import { parseDate } from '../../../../shared/time/zoned-time.ts';
import { RRULE_DAYS } from './grid-geometry.ts';

export type RepeatKind = 'once' | 'weekly' | 'daily' | 'monthly' | 'custom';

/** A one-time-only airing (a special, a live event): one occurrence, ending the day it starts. */
export const ONCE_RULE = 'FREQ=DAILY;COUNT=1';

/** The editor's view of a program: plain strings and checkboxes, turned into an RRULE on save. */
export interface ProgramDraft {
  id: string | undefined;
  title: string;
  host: string;
  color: string;
  /** ISO 639-3 codes, picked by name in the language combobox. */
  languages: string[];
  repeat: RepeatKind;
  weekdays: boolean[];
  interval: number;
  customRule: string;
  startDate: string;
  endDate: string;
  exdates: string[];
  startTime: string;
  durationMin: number;
}

export type DraftField = 'title' | 'languages' | 'weekdays' | 'interval' | 'startTime' | 'durationMin' | 'endDate' | 'exdates' | 'customRule' | 'startDate';
export type DraftErrors = Partial<Record<DraftField, string>>;

export function emptyDraft(startDate: string, dayIndex: number, startTime: string, durationMin: number, languages: readonly string[]): ProgramDraft {
  return {
    id: undefined,
    title: '',
    host: '',
    color: '#2f6f4f',
    languages: languages.length > 0 ? [...languages] : ['spa'],
    repeat: 'weekly',
    weekdays: RRULE_DAYS.map((_, i) => i === dayIndex),
    interval: 1,
    customRule: '',
    startDate,
    endDate: '',
    exdates: [],
    startTime,
    durationMin,
  };
}

/** Reads a stored RRULE back into the simple controls when it fits them; anything else stays "custom". */
export function draftFromProgram(p: Program): ProgramDraft {
  const parts = new Map(p.rrule.split(';').map((part) => part.split('=') as [string, string]));
  const freq = parts.get('FREQ');
  const keys = [...parts.keys()].filter((k) => k !== 'FREQ' && k !== 'INTERVAL' && k !== 'WKST');
  const interval = Number(parts.get('INTERVAL') ?? '1');
  let repeat: RepeatKind = p.rrule.toUpperCase() === ONCE_RULE ? 'once' : 'custom';
  let weekdays: boolean[] = RRULE_DAYS.map(() => false);
  const byday = parts.get('BYDAY') ?? '';
  if (freq === 'WEEKLY' && keys.every((k) => k === 'BYDAY') && /^(MO|TU|WE|TH|FR|SA|SU)(,(MO|TU|WE|TH|FR|SA|SU))*$/.test(byday)) {
    repeat = 'weekly';
    weekdays = RRULE_DAYS.map((d) => byday.split(',').includes(d));
  } else if (freq === 'DAILY' && keys.length === 0) repeat = 'daily';
  else if (freq === 'MONTHLY' && keys.every((k) => k === 'BYMONTHDAY') && Number(parts.get('BYMONTHDAY')) === parseDate(p.startDate).day) repeat = 'monthly';
  return {
    id: p.id,
    title: p.title,
    host: p.host,
    color: p.color,
    languages: [...p.languages],
    repeat,
    weekdays,
    interval: Number.isFinite(interval) && interval > 0 ? interval : 1,
    customRule: p.rrule,
    startDate: p.startDate,
    endDate: p.endDate ?? '',
    exdates: [...p.exdates],
    startTime: p.startTime,
    durationMin: p.durationMin,
  };
}

export function ruleOf(d: ProgramDraft): string {
  const every = d.interval > 1 ? `;INTERVAL=${d.interval}` : '';
  if (d.repeat === 'once') return ONCE_RULE;
  if (d.repeat === 'weekly') return `FREQ=WEEKLY${every};BYDAY=${RRULE_DAYS.filter((_, i) => d.weekdays[i]).join(',')}`;
  if (d.repeat === 'daily') return `FREQ=DAILY${every}`;
  if (d.repeat === 'monthly') return `FREQ=MONTHLY${every};BYMONTHDAY=${parseDate(d.startDate).day}`;
  return d.customRule.trim();
}

/** Checks the editor can make before asking the core (which checks everything again). Values are i18n keys. */
export function validateDraft(d: ProgramDraft): DraftErrors {
  const errors: DraftErrors = {};
  if (!d.title.trim()) errors.title = 'schedule.validation.titleRequired';
  const langs = d.languages;
  if (langs.length === 0 || langs.length > 5 || langs.some((l) => !/^[a-z]{3}$/.test(l))) errors.languages = 'schedule.validation.languages';
  if (d.repeat === 'weekly' && !d.weekdays.some(Boolean)) errors.weekdays = 'schedule.validation.weekdays';
  if (d.repeat !== 'custom' && d.repeat !== 'once' && (!Number.isInteger(d.interval) || d.interval < 1 || d.interval > 52)) errors.interval = 'schedule.validation.interval';
  if (d.repeat === 'custom' && !/^FREQ=/i.test(d.customRule.trim())) errors.customRule = 'schedule.validation.rrule';
  if (!/^([01]\d|2[0-3]):[0-5]\d$/.test(d.startTime)) errors.startTime = 'schedule.validation.startTime';
  if (!Number.isInteger(d.durationMin) || d.durationMin < 1 || d.durationMin > 1440) errors.durationMin = 'schedule.validation.duration';
  if (!/^\d{4}-\d{2}-\d{2}$/.test(d.startDate)) errors.startDate = 'schedule.validation.date';
  if (d.repeat !== 'once' && d.endDate && !/^\d{4}-\d{2}-\d{2}$/.test(d.endDate)) errors.endDate = 'schedule.validation.date';
  else if (d.repeat !== 'once' && d.endDate && d.endDate < d.startDate) errors.endDate = 'schedule.validation.endBeforeStart';
  if (d.repeat !== 'once' && d.exdates.some((x) => !/^\d{4}-\d{2}-\d{2}$/.test(x))) errors.exdates = 'schedule.validation.exdates';
  return errors;
}

export function inputOf(d: ProgramDraft): ProgramInput {
  return {
    ...(d.id ? { id: d.id } : {}),
    title: d.title.trim(),
    host: d.host.trim(),
    color: d.color,
    languages: [...d.languages],
    rrule: ruleOf(d),
    startDate: d.startDate,
    endDate: d.repeat === 'once' ? d.startDate : d.endDate || null,
    startTime: d.startTime,
    durationMin: d.durationMin,
    exdates: d.repeat === 'once' ? [] : [...d.exdates],
  };
}

/** Maps a core field path (zod issue path) to the editor field it belongs to. */
export function fieldOfPath(path: string): DraftField | null {
  const head = path.split('.')[0] ?? '';
  const map: Record<string, DraftField> = { title: 'title', languages: 'languages', rrule: 'customRule', startDate: 'startDate', endDate: 'endDate', startTime: 'startTime', durationMin: 'durationMin', exdates: 'exdates' };
  return map[head] ?? null;
}
