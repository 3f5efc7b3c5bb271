import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll } from 'vitest';
import { createCore } from '../../../../electron/core/core.ts';
import type { Core } from '../../../../electron/core/core-types.ts';
import { callCore as call } from './core-calls.ts';

// Tests that follow audio across rooms end the same way: a station in Mexico City puts a segment
// in a daily program's rundown and exports that day for its playout PC. One copy of that path, so
// a change to the schedule API is made once.

/** Stations (cores on their own data folders under `root`) that live for the whole file, on one clock. */
export function useStations(root: () => string, clock: () => Date): { station(): Promise<Core>; folder(): string } {
  const cores: Core[] = [];
  afterAll(() => {
    for (const c of cores.splice(0)) c.close();
  });
  const folder = () => fs.mkdtempSync(path.join(root(), 'd-'));
  return {
    folder,
    async station() {
      const core = await createCore({ dataDir: folder(), transport: 'cli', clock });
      cores.push(core);
      return core;
    },
  };
}

/** A daily program at 07:00 from `day` with the segment in that day's rundown; returns the rundown. */
export async function scheduleOnDay(core: Core, segmentId: string, day: string, title = 'Noticias') {
  await call(core, 'station.set', { timeZone: 'America/Mexico_City' });
  const program = await call(core, 'schedule.program.save', { title, startTime: '07:00', durationMin: 60, rrule: 'FREQ=DAILY', startDate: day, languages: ['spa'] });
  const week = await call(core, 'schedule.week', { from: day, days: 1 });
  const instance = week.instances.find((i) => i.programId === program.id);
  return call(core, 'schedule.rundown.add', { instanceId: instance?.id ?? '', kind: 'segment', segmentId });
}

/** The day exported with its audio into `outDir`: the list's text and the audio files it ships. */
export async function exportDayWithAudio(core: Core, day: string, format: 'm3u' | 'zara', outDir: string) {
  const result = await call(core, 'schedule.export', { jobId: randomUUID(), from: day, to: day, format, outDir, copyAudio: true });
  const audio = fs.readdirSync(path.join(outDir, 'audio')).map((n) => path.join(outDir, 'audio', n));
  return { result, audio, list: fs.readFileSync(result.files[0] ?? '', 'utf8') };
}
