import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { dispatch } from '../../../../shared/api/dispatch.ts';
import { enScheduleErrors } from '../../../../shared/locales/en/schedule-errors.ts';
import { esScheduleErrors } from '../../../../shared/locales/es/schedule-errors.ts';
import { createCore } from '../../../../electron/core/core.ts';
import type { Core, Transport } from '../../../../electron/core/core-types.ts';
import { startWebServer, type WebServer } from '../../../../electron/core/server.ts';
import { rawRequest } from '../web/http-client.ts';
import { useTempDirs } from '../support/temp-dirs.ts';

// Issue #12, defect 5: browser mode wrote exports into any existing folder of the PC.
const dirs = useTempDirs('cabina-export-out-');
const open: { core: Core; server?: WebServer }[] = [];
afterEach(async () => {
  for (const { core, server } of open.splice(0)) {
    await server?.close();
    core.close();
  }
});

async function newCore(transport: Transport) {
  const dataDir = dirs.make();
  const core = await createCore({ dataDir, transport });
  const entry: { core: Core; server?: WebServer } = { core };
  open.push(entry);
  expect(await dispatch(core.handlers, 'schedule.program.save', program)).toMatchObject({ ok: true });
  if (transport === 'web') entry.server = await startWebServer({ dataDir, core, port: 0, rendererDir: tmpdir() });
  return { dataDir, core, server: entry.server };
}

const exportInput = (outDir: string) => ({ jobId: randomUUID(), from: '2026-03-09', to: '2026-03-15', format: 'ics', outDir });
// A calendar export writes one file as soon as one program airs in the range.
const program = { title: 'Noticias', languages: ['spa'], rrule: 'FREQ=WEEKLY;BYDAY=MO', startDate: '2026-03-02', startTime: '07:00', durationMin: 60 };

async function webExport(server: WebServer, outDir: string) {
  const res = await rawRequest(server.port, {
    method: 'POST',
    path: '/api/schedule.export',
    headers: { Authorization: `Bearer ${server.token}`, 'Content-Type': 'application/json' },
    body: JSON.stringify(exportInput(outDir)),
  });
  return res.json() as { ok: boolean; value?: { files: string[] }; error?: { code: string; details?: Record<string, unknown> } };
}

describe('schedule.export output rule', () => {
  it('from the web transport, an existing folder outside <data>/exports is refused with a translated error and stays empty', async () => {
    const { server } = await newCore('web');
    const elsewhere = dirs.make();
    const result = await webExport(server!, elsewhere);
    expect(result).toMatchObject({ ok: false, error: { code: 'schedule.out_dir_outside', details: { path: elsewhere } } });
    expect(fs.readdirSync(elsewhere)).toEqual([]);
    expect(esScheduleErrors.out_dir_outside).toContain('{{path}}');
    expect(enScheduleErrors.out_dir_outside).toContain('{{path}}');
  });

  it('from the web transport, `exports/../..` and a symlink inside exports/ pointing out are refused', async () => {
    const { dataDir, server } = await newCore('web');
    const elsewhere = dirs.make();
    expect(await webExport(server!, path.join(dataDir, 'exports', '..', '..', path.basename(elsewhere)))).toMatchObject({ ok: false, error: { code: 'schedule.out_dir_outside' } });
    fs.mkdirSync(path.join(dataDir, 'exports'), { recursive: true });
    fs.symlinkSync(elsewhere, path.join(dataDir, 'exports', 'usb'));
    expect(await webExport(server!, path.join(dataDir, 'exports', 'usb'))).toMatchObject({ ok: false, error: { code: 'schedule.out_dir_outside' } });
    expect(fs.readdirSync(elsewhere)).toEqual([]);
  });

  it('from the web transport, the proposed folder under <data>/exports is created and written', async () => {
    const { dataDir, server } = await newCore('web');
    const proposed = path.join(dataDir, 'exports', '2026-W11-csv');
    const result = await webExport(server!, proposed);
    expect(result.ok).toBe(true);
    expect(result.value?.files.length).toBeGreaterThan(0);
    for (const file of result.value?.files ?? []) expect(path.dirname(file)).toBe(fs.realpathSync(proposed));
  });

  it('the CLI (and the desktop app) still write into the existing folder they are told', async () => {
    for (const transport of ['cli', 'electron'] as const) {
      const { core } = await newCore(transport);
      const usb = dirs.make();
      const result = await dispatch(core.handlers, 'schedule.export', exportInput(usb));
      expect(result).toMatchObject({ ok: true });
      expect(fs.readdirSync(usb).length).toBeGreaterThan(0);
    }
  });
});
