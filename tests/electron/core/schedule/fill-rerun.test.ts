import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { saveCampaign } from '../../../../electron/core/schedule/campaign-store.ts';
import { runFill } from '../../../../electron/core/schedule/fill-runner.ts';
import { listInstances } from '../../../../electron/core/schedule/instance-store.ts';
import { saveProgram } from '../../../../electron/core/schedule/program-store.ts';
import { addItem, loadRundowns, removeItem } from '../../../../electron/core/schedule/rundown-store.ts';
import { seriesDates } from '../../../../shared/time/recurrence.ts';
import type { CampaignInput } from '../../../../shared/domain/schedule.ts';
import { seedSegment, tempDb } from './schedule-fixtures.ts';

/* Issue #16: a fill run again writes only what changed, and ends where a fill from scratch would. */

let t: ReturnType<typeof tempDb>;
const zone = 'America/Mexico_City';
const inSeries = (p: Parameters<typeof seriesDates>[0], d: string) => seriesDates(p, d, d).length > 0;
const from = '2026-03-09';
const to = '2026-03-15';
let campaign: CampaignInput;

/** The week's auto spots as the rundowns show them (a break's spots live on its row, issue #16). */
const spots = () =>
  loadRundowns(t.db, listInstances(t.db, zone, from, to), () => true)
    .flatMap((rd) => rd.items)
    .filter((i) => i.kind === 'spot');
const autoIds = () => spots().map((s) => s.id).sort();
/** The auto spots ids aside (new spots get new ids). */
const autoRows = () => spots().map(({ instanceId, parentId, position, title, segmentId, versionId, campaignId }) => ({ instanceId, parentId, position, title, segmentId, versionId, campaignId }));

beforeEach(() => {
  t = tempDb();
  for (const [title, startTime] of [['Noticias', '07:00'], ['Tarde', '15:00']] as const) {
    saveProgram(t.db, { title, languages: ['spa'], rrule: 'FREQ=DAILY', startDate: '2026-03-02', startTime, durationMin: 60 }, inSeries);
  }
  for (const i of listInstances(t.db, zone, from, to)) addItem(t.db, { instanceId: i.id, kind: 'spot_break', durationSec: 120 });
  const segs = ['Derechos', 'Salud', 'Agua'].map((title) => seedSegment(t.db, { title, versions: [{ lang: 'spa', durationSec: 30 }] }).id);
  campaign = saveCampaign(t.db, { name: 'IREX', segmentIds: segs, playsPerDay: 2, startDate: from, endDate: to, minSeparationMin: 60 });
});
afterEach(() => t.cleanup());

describe('campaign fill run again', () => {
  it('with nothing changed keeps every auto spot as it is', () => {
    const first = runFill(t.db, zone, from, to, () => true, false);
    const ids = autoIds();
    expect(first.placed).toBe(14);
    expect(ids).toHaveLength(14);
    expect(runFill(t.db, zone, from, to, () => true, false)).toEqual(first);
    expect(autoIds()).toEqual(ids);
  });

  it('after a campaign change ends with the spots a fill from scratch places', () => {
    runFill(t.db, zone, from, to, () => true, false);
    saveCampaign(t.db, { ...campaign, playsPerDay: 1, segmentIds: [...campaign.segmentIds].reverse() });
    const again = runFill(t.db, zone, from, to, () => true, false);
    const rerun = autoRows();
    for (const id of autoIds()) removeItem(t.db, id);
    expect(spots()).toEqual([]);
    expect(runFill(t.db, zone, from, to, () => true, false)).toEqual(again);
    expect(autoRows()).toEqual(rerun);
    expect(again.placed).toBe(7);
  });
});
