import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { UserFacingError } from '../../../../shared/api/errors.ts';
import { importGrid } from '../../../../electron/core/schedule/grid-import.ts';
import { listCampaigns } from '../../../../electron/core/schedule/campaign-store.ts';
import { listInstances } from '../../../../electron/core/schedule/instance-store.ts';
import { listPrograms } from '../../../../electron/core/schedule/program-store.ts';
import { loadRundowns } from '../../../../electron/core/schedule/rundown-store.ts';
import { readStation } from '../../../../electron/core/schedule/station-store.ts';
import { allAudio, seedSegment, tempDb } from './schedule-fixtures.ts';

const example = JSON.parse(fs.readFileSync(path.resolve(import.meta.dirname, '../../../../resources/examples/oaxaca-week.grid.json'), 'utf8')) as Record<string, unknown>;
let t: ReturnType<typeof tempDb>;

function codeOf(fn: () => unknown): { code: string; details: unknown } {
  try {
    fn();
  } catch (error) {
    if (error instanceof UserFacingError) return { code: error.code, details: error.details };
    throw error;
  }
  return { code: 'none', details: null };
}

beforeEach(() => {
  t = tempDb();
});
afterEach(() => t.cleanup());

describe('grid JSON import', () => {
  it('imports the Oaxaca example week, twice without duplicating', () => {
    for (const title of ['Migración segura: conoce tus derechos', 'Enganchadores: no pagues por un trabajo', 'Identificación']) {
      seedSegment(t.db, { title, versions: [{ lang: 'spa', states: ['20'] }, { lang: 'mix', states: ['20'] }] });
    }
    expect(importGrid(t.db, example)).toEqual({ programs: 6, campaigns: 1 });
    expect(importGrid(t.db, example)).toEqual({ programs: 6, campaigns: 1 });
    expect(listPrograms(t.db)).toHaveLength(6);
    expect(listCampaigns(t.db)).toHaveLength(1);
    expect(readStation(t.db)).toMatchObject({ callSign: 'XHNSV', timeZone: 'America/Mexico_City', languages: ['spa', 'mix'] });
    const monday = listInstances(t.db, 'America/Mexico_City', '2026-03-09', '2026-03-09');
    const rundowns = loadRundowns(t.db, monday, allAudio);
    const news = rundowns.find((r) => r.instance.title === 'Noticias de la mañana');
    expect(news?.items.map((i) => i.kind)).toEqual(['live', 'segment', 'spot_break', 'live', 'spot_break', 'live']);
    expect(news?.items[1]?.languageCode).toBe('spa');
  });

  it.each([
    ['schema', { ...example, version: 2 }, 'version'],
    ['unknown field', { ...example, extra: true }, '(root)'],
  ])('refuses a file failing the %s check, naming the path', (_name, grid, where) => {
    const { code, details } = codeOf(() => importGrid(t.db, grid));
    expect(code).toBe('schedule.grid_invalid');
    expect((details as { path: string }).path).toBe(where);
  });

  it('refuses a bad RRULE, an unknown zone or an unknown segment, and saves nothing', () => {
    const programs = example.programs as Record<string, unknown>[];
    const badRule = { ...example, programs: [{ ...programs[0], rrule: 'FREQ=WEEKLY;BYDAY=LU' }] };
    expect(codeOf(() => importGrid(t.db, badRule))).toMatchObject({ code: 'schedule.grid_invalid', details: { path: 'programs.0' } });
    const badZone = { ...example, station: { timeZone: 'Mexico/Oaxaca_Centro' } };
    expect(codeOf(() => importGrid(t.db, badZone))).toMatchObject({ details: { path: 'station.timeZone' } });
    expect(codeOf(() => importGrid(t.db, example))).toMatchObject({ details: { path: 'campaigns.0.segments.0' } });
    expect(listPrograms(t.db)).toEqual([]);
    expect(readStation(t.db).callSign).toBe('');
  });
});
