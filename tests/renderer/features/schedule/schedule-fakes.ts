import type { Conflict, Instance, Rundown, RundownItem } from '../../../../shared/domain/schedule.ts';
import { testUuid } from '../../fixtures.ts';
import type { FakeApiClient } from '../../fake-api-client.ts';

/** Monday 2026-03-09, 06:00 in Mexico City (UTC−6 all year): a fixed "now" for every schedule test. */
export const MONDAY = '2026-03-09';
export const ZONE = 'America/Mexico_City';
export const wallMs = (date: string, minutes: number) => Date.parse(`${date}T00:00:00Z`) + (minutes + 360) * 60_000;

let n = 500;
export function makeInstance(over: Partial<Instance> & { date: string; startMin: number }): Instance {
  n += 1;
  const durationMin = over.durationMin ?? 60;
  const startMs = wallMs(over.date, over.startMin);
  return {
    id: testUuid(n),
    programId: testUuid(9000),
    occurrenceDate: over.date,
    durationMin,
    startMs,
    endMs: startMs + durationMin * 60_000,
    status: 'scheduled',
    edited: false,
    title: 'Noticias de la mañana',
    replacementTitle: null,
    color: '#1f5f8b',
    host: 'Rosa',
    languages: ['spa'],
    shiftedMinutes: 0,
    ...over,
  };
}

export function makeItem(instance: Instance, over: Partial<RundownItem> & { title: string; offsetSec: number }): RundownItem {
  n += 1;
  return {
    id: testUuid(n),
    instanceId: instance.id,
    parentId: null,
    position: 0,
    kind: 'segment',
    segmentId: null,
    // An item with audio has a version: that is what Al aire plays (issue #11).
    versionId: over.assetId === null ? null : testUuid(n + 5000),
    languageCode: 'spa',
    assetId: 'a'.repeat(64),
    campaignId: null,
    durationSec: 60,
    plannedStartMs: instance.startMs + over.offsetSec * 1000,
    issues: [],
    asRun: null,
    ...over,
  };
}

export function rundownOf(instance: Instance, items: RundownItem[]): Rundown {
  const planned = items.filter((i) => i.parentId === null).reduce((s, i) => s + i.durationSec, 0);
  return { instance, items, plannedSec: planned, overrunSec: planned - instance.durationMin * 60 };
}

/** Week, programs and conflicts answered from plain arrays the test can change between calls. */
export function fakeWeek(api: FakeApiClient, instances: Instance[], conflicts: Conflict[] = []) {
  const state = { instances, conflicts };
  api.override('schedule.week', async ({ from }) => ({ timeZone: ZONE, today: MONDAY, nowMs: wallMs(MONDAY, 6 * 60), instances: from === MONDAY ? state.instances : [] }));
  api.override('schedule.programs', async () => [
    { id: testUuid(9000), title: 'Noticias de la mañana', host: 'Rosa', color: '#1f5f8b', languages: ['spa'], rrule: 'FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR', startDate: '2026-03-02', endDate: null, startTime: '07:00', durationMin: 60, exdates: [] },
  ]);
  api.override('schedule.conflicts', async () => state.conflicts);
  return state;
}
