import fs from 'node:fs';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { seriesDates } from '../../../../shared/time/recurrence.ts';
import { ContentStore } from '../../../../electron/core/library/content-store.ts';
import { exportSchedule, type ExportRequest } from '../../../../electron/core/schedule/exports/export-schedule.ts';
import { listInstances } from '../../../../electron/core/schedule/instance-store.ts';
import { saveProgram } from '../../../../electron/core/schedule/program-store.ts';
import { addItem } from '../../../../electron/core/schedule/rundown-store.ts';
import { canMount, fillUntil, mountTmpfs, removeBallast, unmountTmpfs } from '../../../../scripts/torture/disk-full-support.ts';
import { errorOf } from '../support/errors.ts';
import { seedSegment, tempDb, writeFakeOriginals } from './schedule-fixtures.ts';

// Issue #12: a schedule export with its audio copied to a USB stick that fills up. Before, the copy's
// ENOSPC reached the user as "Ocurrió un error inesperado". Needs root for the tmpfs (CI runs as root).
const notRoot = canMount();
const zone = 'America/Mexico_City';
let t: ReturnType<typeof tempDb>;
let usb = '';
let mounted = false;

beforeAll(() => {
  if (notRoot) return;
  usb = fs.mkdtempSync(path.join(fs.realpathSync('/tmp'), 'cabina-export-usb-'));
  mountTmpfs(usb, 512 * 1024);
  mounted = true;
});

afterAll(() => {
  if (mounted) unmountTmpfs(usb);
  if (usb) fs.rmSync(usb, { recursive: true, force: true });
});

beforeEach(() => {
  t = tempDb();
  const inSeries = (p: Parameters<typeof seriesDates>[0], d: string) => seriesDates(p, d, d).length > 0;
  const news = saveProgram(t.db, { title: 'Noticias', languages: ['spa'], rrule: 'FREQ=WEEKLY;BYDAY=MO', startDate: '2026-03-02', startTime: '07:00', durationMin: 60 }, inSeries);
  const [mon] = listInstances(t.db, zone, '2026-03-09', '2026-03-09').filter((i) => i.programId === news.id);
  const seg = seedSegment(t.db, { title: 'Migración segura', versions: [{ lang: 'spa', durationSec: 61.4 }] });
  writeFakeOriginals(t.db, new ContentStore(t.dir), 'Migración segura');
  addItem(t.db, { instanceId: mon?.id ?? '', kind: 'segment', segmentId: seg.id });
});
afterEach(() => t.cleanup());

function run(outDir: string) {
  // A 300 kB rendition: more than the stick has left, so the playlist fits and the audio copy does not.
  const rendered = async (versionId: string) => {
    const file = path.join(t.dir, 'renders', `${versionId}.mp3`);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, Buffer.alloc(300_000, 7));
    return file;
  };
  const deps = { db: t.db, zone, stationName: 'Radio Ñuu Savi', store: new ContentStore(t.dir), now: () => new Date('2026-03-01T12:00:00Z'), pdfBrowser: null, rendered };
  const req: ExportRequest = { from: '2026-03-09', to: '2026-03-09', format: 'm3u', outDir, copyAudio: true, playoutRoot: 'C:\\Cabina\\audio', language: 'es' };
  return exportSchedule(deps, req, new AbortController().signal, () => {});
}

describe.skipIf(notRoot !== null)(`schedule export onto a full stick${notRoot ? ` (skipped: ${notRoot})` : ''}`, () => {
  it('is disk.full with what is missing, leaves nothing on the stick, and works once space is freed', async () => {
    const ballast = path.join(usb, 'ballast');
    await fillUntil(ballast, 128 * 1024);
    let error: Awaited<ReturnType<typeof errorOf>>;
    try {
      error = await errorOf(run(usb));
    } finally {
      await removeBallast(ballast);
    }
    expect(error.code).toBe('disk.full');
    expect(error.details).toMatchObject({ path: usb, neededBytes: 300_000 });
    expect(fs.readdirSync(usb)).toEqual([]);

    const done = await run(usb);
    expect(done.items).toBe(1);
    expect(fs.readdirSync(path.join(usb, 'audio')).map((f) => fs.statSync(path.join(usb, 'audio', f)).size)).toEqual([300_000]);
  });
});
