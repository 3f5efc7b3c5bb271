import { randomUUID } from 'node:crypto';
import { mkdirSync, utimesSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { renderTempOwner } from '../../../electron/core/audio/edit/render-temps.ts';
import { createCore } from '../../../electron/core/core.ts';
import type { Core } from '../../../electron/core/core-types.ts';
import { filesUnder, useTempDirs } from './support/temp-dirs.ts';

// Issue #11 "a start-up sweep removes leftovers": temporaries planted before createCore — of
// renders whose process is gone, of the content store, of browser uploads — are gone once its
// sweep has run; live work (a running process's render, a fresh upload) and real files stay.

const open: Core[] = [];
const tempDirs = useTempDirs('cabina-sweep-');
afterEach(() => {
  for (const core of open.splice(0)) core.close();
});

/** Above Linux's largest pid (2^22): never a running process. */
const GONE = 4_194_999;
const HOURS_AGO = (h: number) => new Date(Date.now() - h * 3_600_000);

function plant(file: string, age?: Date): string {
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, 'x');
  if (age) utimesSync(file, age, age);
  return file;
}

describe('start-up sweep', () => {
  it('removes leftovers of dead renders, old store tmp files and old uploads; keeps live and real files', async () => {
    const dataDir = tempDirs.make();
    const renders = path.join(dataDir, 'renders');
    const upload = randomUUID();
    const leftovers = [
      plant(path.join(renders, `.v1-mp3.mp3.${GONE}.1796224329070.edit.wav`)),
      plant(path.join(renders, `.v1-mp3.mp3.${GONE}.1796224329070.part`)),
      plant(path.join(renders, `.v1-master.wav.${GONE}.1796224329070.part.bwf`)),
      plant(path.join(renders, `..v1-opus.opus.${GONE}.1796224329070.part.${GONE}.level.wav`)),
      // The codec calibration excerpts of a long lossy render (normalize.ts codecShift).
      plant(path.join(renders, `..v1-opus.opus.${GONE}.1796224329070.part.${GONE}.cal.wav`)),
      plant(path.join(renders, `..v1-opus.opus.${GONE}.1796224329070.part.${GONE}.cal.opus`)),
      plant(path.join(renders, 'playout', `...v2.mp3.${GONE}.17.part.${GONE}.level.wav.${GONE}.best.wav`)),
      plant(path.join(dataDir, 'tmp', `${randomUUID()}.part`), HOURS_AGO(2)),
      plant(path.join(dataDir, 'incoming', `${upload}.part`), HOURS_AGO(2)),
    ];
    const kept = [
      plant(path.join(renders, 'v1-mp3.mp3')),
      plant(path.join(renders, 'playout', 'v2.mp3')),
      plant(path.join(renders, `.v3-mp3.mp3.${process.pid}.1796224329070.edit.wav`)), // a render of a live process
      plant(path.join(dataDir, 'tmp', `${randomUUID()}.part`)), // an import in progress
      plant(path.join(dataDir, 'incoming', randomUUID())), // an upload not yet imported
    ];
    const core = await createCore({ dataDir, transport: 'cli' });
    open.push(core);
    expect(await core.swept).toEqual({ renders: 7, storeTmp: 1, uploads: 1, orphans: 0 });
    const left = await filesUnder(dataDir);
    for (const file of leftovers) expect(left).not.toContain(file);
    for (const file of kept) expect(left).toContain(file);
  });

  it('reads the writer pid from every temporary name the render code makes', () => {
    expect(renderTempOwner(`.salida.mp3.123.1796224329070.edit.wav`)).toBe(123);
    expect(renderTempOwner(`..salida.mp3.123.1796224329070.part.123.part.part`)).toBe(123);
    expect(renderTempOwner(`..salida.ogg.7.17.part.7.best.part`)).toBe(7);
    expect(renderTempOwner(`.v-1.2.mp3.45.level.wav`)).toBe(45);
    expect(renderTempOwner(`.v-1.2.opus.46.cal.opus`)).toBe(46);
    expect(renderTempOwner('salida.mp3')).toBeNull();
    expect(renderTempOwner('.hidden.wav')).toBeNull();
  });
});
