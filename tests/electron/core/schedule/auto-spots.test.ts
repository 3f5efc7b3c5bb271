import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../../../electron/core/db/database.ts';
import type { Core } from '../../../../electron/core/core-types.ts';
import type { RundownItem } from '../../../../shared/domain/schedule.ts';
import { callCore, useCores } from '../support/core-calls.ts';
import { useTempDir } from '../support/temp-dirs.ts';
import { ContentStore } from '../../../../electron/core/library/content-store.ts';
import { seedSegment, writeFakeOriginals } from './schedule-fixtures.ts';

/*
 * Issue #16: a fill's spots live as one array on their break's row. Everything a user does with a
 * spot — see it in the rundown, move it, remove it, mark it on air, delete what it points at — works
 * as it did when each spot was a row.
 */

const temp = useTempDir('cabina-auto-spots-');
const cores = useCores();
const DAY = '2026-03-09';

async function filledDay(): Promise<{ core: Core; instanceId: string; campaignIds: string[]; segments: { id: string; versionIds: string[] }[]; spots: () => Promise<RundownItem[]> }> {
  const data = path.join(temp.path, 'data');
  const db = openDatabase(path.join(data, 'cabina.db'));
  const segments = ['Derechos', 'Salud', 'Agua'].map((title) => seedSegment(db, { title, versions: [{ lang: 'spa', durationSec: 30 }, { lang: 'xty', durationSec: 40 }] }));
  writeFakeOriginals(db, new ContentStore(data));
  db.close();
  const core = await cores.open(data);
  await callCore(core, 'schedule.program.save', { title: 'Noticias', languages: ['spa', 'xty'], rrule: 'FREQ=DAILY', startDate: DAY, endDate: DAY, startTime: '07:00', durationMin: 60 });
  const [instance] = (await callCore(core, 'schedule.week', { from: DAY, days: 1 })).instances;
  const instanceId = instance?.id ?? '';
  await callCore(core, 'schedule.rundown.add', { instanceId, kind: 'live', title: 'Saludo', durationSec: 300 });
  await callCore(core, 'schedule.rundown.add', { instanceId, kind: 'spot_break', durationSec: 120 });
  // One campaign a segment: a break takes one spot of each campaign.
  const campaignIds: string[] = [];
  for (const [k, s] of segments.entries()) {
    campaignIds.push((await callCore(core, 'schedule.campaign.save', { name: `IREX ${k}`, segmentIds: [s.id], playsPerDay: 1, startDate: DAY, endDate: DAY, minSeparationMin: 0 })).id);
  }
  const fill = await callCore(core, 'schedule.fill', { from: DAY, to: DAY, dryRun: false });
  expect(fill.placed).toBe(3);
  const spots = async () => (await callCore(core, 'schedule.rundown', { instanceId })).items.filter((i) => i.kind === 'spot');
  return { core, instanceId, campaignIds, segments, spots };
}

describe('auto spots kept on their break', () => {
  it('read as the break’s children, in order, and a re-run keeps their ids', async () => {
    const { core, spots } = await filledDay();
    const first = await spots();
    expect(first.map((s) => s.title).sort()).toEqual(['Agua', 'Derechos', 'Salud']);
    const breakItem = (await callCore(core, 'schedule.rundown', { instanceId: first[0]?.instanceId ?? '' })).items.find((i) => i.kind === 'spot_break');
    expect(first.every((s) => s.parentId === breakItem?.id && s.durationSec === 30 && s.languageCode === 'spa')).toBe(true);
    // Planned back to back inside the break, which starts after the 5-minute greeting.
    expect(first.map((s) => s.offsetSec)).toEqual([300, 330, 360]);
    await callCore(core, 'schedule.fill', { from: DAY, to: DAY, dryRun: false });
    expect((await spots()).map((s) => s.id)).toEqual(first.map((s) => s.id));
  });

  it('moves and removes a spot, and marks one on air into the as-run log', async () => {
    const { core, instanceId, spots } = await filledDay();
    const [a, b, c] = await spots();
    const moved = await callCore(core, 'schedule.rundown.move', { itemId: c?.id ?? '', position: 0 });
    expect(moved.items.filter((i) => i.kind === 'spot').map((s) => s.id)).toEqual([c?.id, a?.id, b?.id]);
    const removed = await callCore(core, 'schedule.rundown.remove', { itemId: a?.id ?? '' });
    expect(removed.items.filter((i) => i.kind === 'spot').map((s) => s.id)).toEqual([c?.id, b?.id]);
    const entry = await callCore(core, 'onair.mark', { itemId: b?.id ?? '', status: 'aired' });
    expect(entry).toMatchObject({ instanceId, itemId: b?.id, title: b?.title, segmentId: b?.segmentId, versionId: b?.versionId, status: 'aired' });
    expect((await spots()).find((s) => s.id === b?.id)?.asRun).toBe('aired');
    // The as-run log the reports read names the spot, its segment and version (marked today, by the clock).
    const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);
    const log = await callCore(core, 'asrun.list', { from: day(-1), to: day(1) });
    expect(log.map((e) => [e.itemId, e.segmentId, e.versionId, e.status])).toEqual([[b?.id, b?.segmentId, b?.versionId, 'aired']]);
    await expect(callCore(core, 'schedule.rundown.remove', { itemId: a?.id ?? '' })).rejects.toMatchObject({ code: 'not_found' });
  });

  it('follows what the foreign keys did: a deleted version is replaced, a deleted segment leaves a title, a deleted campaign takes its spots', async () => {
    const { core, campaignIds, segments, spots } = await filledDay();
    const db = openDatabase(path.join(temp.path, 'data', 'cabina.db'));
    try {
      db.prepare('DELETE FROM versions WHERE id = ?').run(segments[0]?.versionIds[0]);
      db.prepare('DELETE FROM versions WHERE segment_id = ?').run(segments[1]?.id);
      db.prepare('DELETE FROM segments WHERE id = ?').run(segments[1]?.id);
    } finally {
      db.close();
    }
    const after = await spots();
    const first = after.find((s) => s.title === 'Derechos');
    const second = after.find((s) => s.title === 'Salud');
    // The Spanish version is gone: the spot plays the airing's other language, as a spot without a version would.
    expect(first).toMatchObject({ title: 'Derechos', segmentId: segments[0]?.id, versionId: segments[0]?.versionIds[1], languageCode: 'xty', durationSec: 40 });
    expect(second).toMatchObject({ title: 'Salud', segmentId: null, versionId: null, assetId: null });
    await callCore(core, 'schedule.campaign.delete', { id: campaignIds[2] ?? '' });
    expect((await spots()).map((s) => s.title).sort()).toEqual(['Derechos', 'Salud']);
  });

  it('go with their break', async () => {
    const { core, instanceId, spots } = await filledDay();
    const breakItem = (await callCore(core, 'schedule.rundown', { instanceId })).items.find((i) => i.kind === 'spot_break');
    const [spot] = await spots();
    await callCore(core, 'schedule.rundown.remove', { itemId: breakItem?.id ?? '' });
    expect(await spots()).toEqual([]);
    await expect(callCore(core, 'onair.mark', { itemId: spot?.id ?? '', status: 'aired' })).rejects.toMatchObject({ code: 'not_found' });
  });
});
