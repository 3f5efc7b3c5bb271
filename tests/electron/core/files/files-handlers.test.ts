import { randomUUID } from 'node:crypto';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { EventBus } from '../../../../electron/core/events/event-bus.ts';
import type { OpenTarget } from '../../../../electron/core/files/atomic-copy.ts';
import { DownloadOffers, OFFER_TTL_MS } from '../../../../electron/core/files/download-offers.ts';
import type { DriveProbe } from '../../../../electron/core/files/drive-probe.ts';
import { createFilesHandlers } from '../../../../electron/core/files/files-handlers.ts';
import { JobRunner } from '../../../../electron/core/jobs/job-runner.ts';

let root: string;
let dataDir: string;
let usb: string;
let render: string;
let events: EventBus;

beforeEach(() => {
  root = mkdtempSync(path.join(os.tmpdir(), 'cabina-files-'));
  dataDir = path.join(root, 'data');
  usb = path.join(root, 'media', 'KINGSTON');
  mkdirSync(path.join(dataDir, 'renders', 'cache'), { recursive: true });
  mkdirSync(usb, { recursive: true });
  render = path.join(dataDir, 'renders', 'cache', 'v1-master-abc.wav');
  writeFileSync(render, Buffer.alloc(3 * 1024 * 1024, 7));
  writeFileSync(path.join(dataDir, 'cabina.db'), 'secret');
  events = new EventBus();
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

function handlers(options: { freeBytes?: number | null; openTarget?: OpenTarget; now?: () => number } = {}) {
  const probe: DriveProbe = {
    platform: 'linux',
    user: 'locutora',
    run: async () => '',
    // The test's "USB" lives in a temp dir: list it as a /mnt mount (/mnt/../tmp/…) so the real parser finds it.
    readText: async () => `/dev/sdb1 /mnt/${path.relative('/mnt', usb)} vfat rw 0 0\n`,
    freeBytes: async () => (options.freeBytes === undefined ? 1e12 : options.freeBytes),
    realpath: async (p) => p,
  };
  const jobs = new JobRunner({ events, minIntervalMs: 0 });
  return createFilesHandlers({ dataDir, jobs }, { probe, offers: new DownloadOffers(options.now), openTarget: options.openTarget });
}

const files = () => [{ path: render, name: 'Salario mínimo.wav' }];

describe('files.copyTo', () => {
  it('copies into <drive>/Cabina under the chosen name, whole, with progress, leaving no .part', async () => {
    const progress: number[] = [];
    events.on((name, payload) => name === 'job.progress' && progress.push((payload as { fraction: number }).fraction));
    const out = await handlers()['files.copyTo']({ jobId: randomUUID(), files: files(), mountPath: usb });
    expect(out.folder).toBe(path.join(usb, 'Cabina'));
    expect(readFileSync(path.join(usb, 'Cabina', 'Salario mínimo.wav')).equals(readFileSync(render))).toBe(true);
    expect(readdirSync(path.join(usb, 'Cabina'))).toEqual(['Salario mínimo.wav']);
    expect(progress.at(-1)).toBe(1);
  });

  it('refuses a file outside renders/, exports/, packs/ — the database, a ../ escape, a symlink out', async () => {
    const h = handlers();
    const link = path.join(dataDir, 'renders', 'db-link.wav');
    symlinkSync(path.join(dataDir, 'cabina.db'), link);
    for (const p of [path.join(dataDir, 'cabina.db'), path.join(dataDir, 'renders', '..', 'cabina.db'), link, '/etc/passwd', path.join(dataDir, 'renders')]) {
      await expect(h['files.copyTo']({ jobId: randomUUID(), files: [{ path: p }], mountPath: usb })).rejects.toMatchObject({ code: 'files.not_produced' });
    }
    expect(readdirSync(usb)).toEqual([]);
  });

  it('refuses a folder that is not a listed removable drive', async () => {
    await expect(handlers()['files.copyTo']({ jobId: randomUUID(), files: files(), mountPath: path.join(root, 'elsewhere') })).rejects.toMatchObject({ code: 'files.not_a_drive' });
  });

  it('says how much space is needed when the drive is too small, before writing anything', async () => {
    const error = await handlers({ freeBytes: 1000 })['files.copyTo']({ jobId: randomUUID(), files: files(), mountPath: usb }).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'files.disk_full', details: { needed: '3.1 MB' } });
    expect(readdirSync(usb)).toEqual([]);
  });

  it('ENOSPC mid-write: the one disk.full sentence (issue #12) with the size needed, and no .part left', async () => {
    const failing: OpenTarget = async () => {
      let writes = 0;
      return {
        write: async () => {
          writes += 1;
          if (writes === 2) throw Object.assign(new Error('ENOSPC: no space left on device'), { code: 'ENOSPC' });
        },
        sync: async () => undefined,
        close: async () => undefined,
      };
    };
    // The injected target writes nothing itself: make a real .part to prove it is removed.
    const withPart: OpenTarget = async (file) => {
      writeFileSync(file, 'half');
      return failing(file);
    };
    const error = await handlers({ openTarget: withPart })['files.copyTo']({ jobId: randomUUID(), files: files(), mountPath: usb }).catch((e: unknown) => e);
    // The temp folder has plenty free, so what is missing is the whole file again.
    expect(error).toMatchObject({ code: 'disk.full', details: { neededBytes: 3145728, missing: '3.1 MB', path: path.join(usb, 'Cabina') } });
    expect(readdirSync(path.join(usb, 'Cabina'))).toEqual([]);
  });

  it('a drive pulled out mid-copy (EIO) is drive_gone, no .part left', async () => {
    const gone: OpenTarget = async (file) => {
      writeFileSync(file, 'half');
      return { write: async () => Promise.reject(Object.assign(new Error('EIO'), { code: 'EIO' })), sync: async () => undefined, close: async () => undefined };
    };
    await expect(handlers({ openTarget: gone })['files.copyTo']({ jobId: randomUUID(), files: files(), mountPath: usb })).rejects.toMatchObject({ code: 'files.drive_gone' });
    expect(readdirSync(path.join(usb, 'Cabina'))).toEqual([]);
  });

  it('cancel mid-copy ends as cancelled and leaves no .part', async () => {
    const jobs = new JobRunner({ events, minIntervalMs: 0 });
    const jobId = randomUUID();
    const cancelling: OpenTarget = async (file) => {
      writeFileSync(file, 'half');
      return {
        write: async () => {
          jobs.cancel(jobId);
        },
        sync: async () => undefined,
        close: async () => undefined,
      };
    };
    const probe: DriveProbe = { platform: 'linux', user: 'x', run: async () => '', readText: async () => `/dev/sdb1 /mnt/${path.relative('/mnt', usb)} vfat rw 0 0\n`, freeBytes: async () => 1e12, realpath: async (p) => p };
    const h = createFilesHandlers({ dataDir, jobs }, { probe, offers: new DownloadOffers(), openTarget: cancelling });
    await expect(h['files.copyTo']({ jobId, files: files(), mountPath: usb })).rejects.toMatchObject({ code: 'cancelled' });
    expect(readdirSync(path.join(usb, 'Cabina'))).toEqual([]);
  });
});

describe('files.describe, files.offer and the desktop-only methods', () => {
  it('describes a produced file with its size and the name the copy gets', async () => {
    expect(await handlers()['files.describe']({ files: files() })).toEqual([{ path: render, name: 'Salario mínimo.wav', sizeBytes: 3 * 1024 * 1024 }]);
  });

  it('offers only produced files, for a limited time', async () => {
    let now = 1_000;
    const offers = new DownloadOffers(() => now);
    const h = createFilesHandlers({ dataDir, jobs: new JobRunner({ events }) }, { probe: {} as DriveProbe, offers });
    const offer = await h['files.offer']({ path: render, name: 'Salario mínimo.wav' });
    expect(offers.get(offer.offerId)).toMatchObject({ path: render, name: 'Salario mínimo.wav' });
    now += OFFER_TTL_MS;
    expect(offers.get(offer.offerId)).toBeNull();
    await expect(h['files.offer']({ path: path.join(dataDir, 'cabina.db') })).rejects.toMatchObject({ code: 'files.not_produced' });
  });

  it('saveAs and showInFolder outside Electron say they are desktop only', async () => {
    await expect(handlers()['files.saveAs']({ path: render })).rejects.toMatchObject({ code: 'files.desktop_only' });
    await expect(handlers()['files.showInFolder']({ path: render })).rejects.toMatchObject({ code: 'files.desktop_only' });
  });
});
