import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { seriesDates } from '../../../../shared/time/recurrence.ts';
import { saveCampaign } from '../../../../electron/core/schedule/campaign-store.ts';
import { runFill } from '../../../../electron/core/schedule/fill-runner.ts';
import { listInstances } from '../../../../electron/core/schedule/instance-store.ts';
import { saveProgram } from '../../../../electron/core/schedule/program-store.ts';
import { addItem } from '../../../../electron/core/schedule/rundown-store.ts';
import { seedSegment, tempDb } from './schedule-fixtures.ts';

/* Issue #11: a fill that places 0 plays says why, and names the airings a break would help. */

let t: ReturnType<typeof tempDb>;
const zone = 'America/Mexico_City';
const inSeries = (p: Parameters<typeof seriesDates>[0], d: string) => seriesDates(p, d, d).length > 0;
let programId = '';

beforeEach(() => {
  t = tempDb();
  programId = saveProgram(t.db, { title: 'Noticias', languages: ['spa'], rrule: 'FREQ=DAILY', startDate: '2026-03-02', startTime: '07:00', durationMin: 60 }, inSeries).id;
});
afterEach(() => t.cleanup());

const fill = () => runFill(t.db, zone, '2026-03-09', '2026-03-10', () => true, true);
const instance = (date: string) => listInstances(t.db, zone, date, date).find((i) => i.programId === programId)?.id ?? '';

describe('campaign fill explains zero plays', () => {
  it('no spot breaks in the rundowns: reason no_breaks, and the breakless airings are listed', () => {
    const seg = seedSegment(t.db, { title: 'Derechos', versions: [{ lang: 'spa', durationSec: 30 }] });
    saveCampaign(t.db, { name: 'IREX', segmentIds: [seg.id], playsPerDay: 1, startDate: '2026-03-09', endDate: '2026-03-10', minSeparationMin: 0 });
    const r = fill();
    expect(r.placed).toBe(0);
    expect(r.unmet.map((u) => u.reasons)).toEqual([['no_breaks'], ['no_breaks']]);
    expect(r.breakless).toEqual([
      { instanceId: instance('2026-03-09'), date: '2026-03-09', startMin: 420, title: 'Noticias' },
      { instanceId: instance('2026-03-10'), date: '2026-03-10', startMin: 420, title: 'Noticias' },
    ]);
    // After adding a break to one airing, that day fills and only the other stays breakless.
    addItem(t.db, { instanceId: instance('2026-03-09'), kind: 'spot_break', durationSec: 120 });
    const after = fill();
    expect(after.placed).toBe(1);
    expect(after.breakless.map((b) => b.date)).toEqual(['2026-03-10']);
  });

  it('breaks but no version in the language, or outside validity: those reasons', () => {
    for (const d of ['2026-03-09', '2026-03-10']) addItem(t.db, { instanceId: instance(d), kind: 'spot_break', durationSec: 120 });
    const mixtec = seedSegment(t.db, { title: 'Solo mixteco', versions: [{ lang: 'xty', durationSec: 30 }] });
    const old = seedSegment(t.db, { title: 'Salario 2025', validUntil: '2025-12-31', versions: [{ lang: 'spa', durationSec: 30 }] });
    saveCampaign(t.db, { name: 'A', segmentIds: [mixtec.id], playsPerDay: 1, startDate: '2026-03-09', endDate: '2026-03-09', minSeparationMin: 0 });
    saveCampaign(t.db, { name: 'B', segmentIds: [old.id], playsPerDay: 1, startDate: '2026-03-10', endDate: '2026-03-10', minSeparationMin: 0 });
    const r = fill();
    expect(r.placed).toBe(0);
    expect(r.breakless).toEqual([]);
    expect(r.unmet.map((u) => [u.campaignName, u.reasons])).toEqual([
      ['A', ['no_language_version']],
      ['B', ['outside_validity']],
    ]);
  });
});
