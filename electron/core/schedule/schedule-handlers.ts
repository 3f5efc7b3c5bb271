import fs from 'node:fs';
import { UserFacingError } from '../../../shared/api/errors.ts';
import type { scheduleMethods } from '../../../shared/api/methods/schedule.ts';
import { addDays, instantToWall, resolveWall } from '../../../shared/time/zoned-time.ts';
import { seriesDates } from '../../../shared/time/recurrence.ts';
import type { EffectiveAudio } from '../audio/edit/effective-audio.ts';
import type { CoreServices, DomainHandlers } from '../core-types.ts';
import { listAsRun, recordAsRun } from './asrun-store.ts';
import { deleteCampaign, listCampaigns, saveCampaign } from './campaign-store.ts';
import { findConflicts } from './conflicts.ts';
import { findPdfBrowser } from './exports/pdf-export.ts';
import { exportSchedule } from './exports/export-schedule.ts';
import { exportOutDir } from '../files/export-out-dir.ts';
import { runFill } from './fill-runner.ts';
import { importGrid } from './grid-import.ts';
import { getInstance, listInstances, updateInstance } from './instance-store.ts';
import { deleteProgram, listPrograms, saveProgram } from './program-store.ts';
import { addItem, instanceOfItem, loadRundowns, moveItem, removeItem, type AudioCheck } from './rundown-store.ts';
import { checkStationPlace, readStation, setupNeeded, skipSetup, writeStation } from './station-store.ts';

export function audioCheck(s: Pick<CoreServices, 'store'>): AudioCheck {
  return (assetId, ext) => fs.existsSync(s.store.originalPath(assetId, ext));
}

/** La parrilla methods (issue #5). The station zone is read per call: changing it takes effect at once. */
/** `effective`: what each version sounds like as it airs (electron/core/audio/edit/effective-audio.ts) — exports ship that. */
export function createScheduleHandlers(s: Pick<CoreServices, 'clock' | 'dataDir' | 'db' | 'events' | 'jobs' | 'municipalities' | 'store' | 'transport'>, effective: Pick<EffectiveAudio, 'render'>): DomainHandlers<typeof scheduleMethods> {
  const { db } = s;
  const zone = () => readStation(db).timeZone;
  const audio = audioCheck(s);
  const changed = (reason: string) => s.events.emit('schedule.changed', { reason });
  const rundownOf = (instanceId: string) => {
    const [rd] = loadRundowns(db, [getInstance(db, zone(), instanceId)], audio);
    if (!rd) throw new Error('unreachable: one instance, one rundown');
    return rd;
  };
  const dayBounds = (from: string, to: string) => {
    const z = zone();
    const start = resolveWall(z, { date: from, minutes: 0 });
    const end = resolveWall(z, { date: addDays(to, 1), minutes: 0 });
    return [new Date(start.ok ? start.ms : Date.parse(from)).toISOString(), new Date(end.ok ? end.ms : Date.parse(addDays(to, 1))).toISOString()] as const;
  };
  return {
    'station.get': async () => readStation(db),
    'station.set': async (patch) => {
      const merged = { ...readStation(db), ...patch };
      // A new state drops a municipality the patch did not name: it belonged to the old state.
      if (patch.stateCode !== undefined && patch.municipalityCode === undefined && merged.municipalityCode && !merged.municipalityCode.startsWith(patch.stateCode ?? '-')) merged.municipalityCode = null;
      checkStationPlace(merged, s.municipalities.has);
      const station = writeStation(db, merged);
      changed('station');
      return station;
    },
    'station.setupStatus': async () => ({ needed: setupNeeded(db) }),
    'station.skipSetup': async () => {
      skipSetup(db, s.clock());
      return { needed: setupNeeded(db) };
    },
    'station.municipalities': async ({ stateCode }) => s.municipalities.forState(stateCode),
    'schedule.programs': async () => listPrograms(db),
    'schedule.program.save': async (input) => {
      const program = saveProgram(db, input, (p, date) => seriesDates(p, date, date).length > 0);
      changed('program');
      return program;
    },
    'schedule.program.delete': async ({ id }) => {
      deleteProgram(db, id);
      changed('program');
      return { deleted: true };
    },
    'schedule.week': async ({ from, days }) => {
      const z = zone();
      const now = s.clock();
      return { timeZone: z, today: instantToWall(z, now.getTime()).date, nowMs: now.getTime(), instances: listInstances(db, z, from, addDays(from, days - 1)) };
    },
    'schedule.instance.update': async ({ id, patch }) => {
      const instance = updateInstance(db, zone(), id, patch);
      changed('instance');
      return instance;
    },
    'schedule.rundown': async ({ instanceId }) => rundownOf(instanceId),
    'schedule.rundown.add': async (input) => {
      getInstance(db, zone(), input.instanceId);
      addItem(db, input);
      changed('rundown');
      return rundownOf(input.instanceId);
    },
    'schedule.rundown.move': async ({ itemId, position }) => {
      const instanceId = moveItem(db, itemId, position);
      changed('rundown');
      return rundownOf(instanceId);
    },
    'schedule.rundown.remove': async ({ itemId }) => {
      const instanceId = removeItem(db, itemId);
      changed('rundown');
      return rundownOf(instanceId);
    },
    'schedule.campaigns': async () => listCampaigns(db),
    'schedule.campaign.save': async (input) => {
      const c = saveCampaign(db, input);
      changed('campaign');
      return c;
    },
    'schedule.campaign.delete': async ({ id }) => {
      deleteCampaign(db, id);
      changed('campaign');
      return { deleted: true };
    },
    'schedule.fill': async ({ from, to, dryRun }) => {
      const result = runFill(db, zone(), from, to, audio, dryRun);
      if (!dryRun) changed('fill');
      return result;
    },
    'schedule.conflicts': async ({ from, to }) => findConflicts(loadRundowns(db, listInstances(db, zone(), from, to), audio)),
    'schedule.export': async ({ jobId, ...req }) => {
      const out = { ...req, outDir: exportOutDir(s.dataDir, s.transport, req.outDir) };
      const station = readStation(db);
      const deps = { db, zone: station.timeZone, stationName: station.name, store: s.store, now: s.clock, pdfBrowser: req.format === 'pdf' ? findPdfBrowser() : null, rendered: async (id: string, signal: AbortSignal, onProgress: (f: number) => void) => (await effective.render(id, 'playout', { signal, onProgress })).path };
      return s.jobs.run(jobId, 'schedule-export', (signal, report) => exportSchedule(deps, out, signal, report));
    },
    'schedule.import': async ({ grid }) => {
      const counts = importGrid(db, grid);
      changed('import');
      return counts;
    },
    'onair.today': async () => {
      const z = zone();
      const now = s.clock().getTime();
      const date = instantToWall(z, now).date;
      const instances = listInstances(db, z, date, date).filter((i) => i.status === 'scheduled');
      return { date, nowMs: now, timeZone: z, rundowns: loadRundowns(db, instances, audio) };
    },
    'onair.mark': async ({ itemId, status }) => {
      const row = instanceOfItem(db, itemId);
      const item = row ? rundownOf(row).items.find((i) => i.id === itemId) : undefined;
      if (!row || !item) throw new UserFacingError('not_found', `No item ${itemId}`, { id: itemId });
      const entry = recordAsRun(db, { instanceId: row, itemId, title: item.title, segmentId: item.segmentId, versionId: item.versionId, status, at: s.clock().toISOString() });
      changed('asrun');
      return entry;
    },
    'asrun.list': async ({ from, to }) => listAsRun(db, ...dayBounds(from, to)),
  };
}
