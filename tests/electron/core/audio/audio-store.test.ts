import { writeFile } from 'node:fs/promises';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { AudioStore } from '../../../../electron/core/audio/audio-store.ts';
import { encodePeaks, pickLevel, decodePeaks, peaksFromPairs } from '../../../../electron/core/audio/peaks-file.ts';
import { useTempDir } from '../support/temp-dirs.ts';

// The editor asks for one zoom level of a peaks file that holds nine (16 MB for 3 hours): the store
// reads the header and that level only, and must give exactly what decoding the whole file gives.

const scratch = useTempDir('cabina-audio-store-');

function peaksOf(pairs: number) {
  const data = new Int16Array(pairs * 2);
  for (let i = 0; i < pairs; i += 1) {
    data[i * 2] = -((i * 37) % 32767);
    data[i * 2 + 1] = (i * 53) % 32767;
  }
  return peaksFromPairs(48000, pairs * 256 - 100, data);
}

describe('AudioStore peaks', () => {
  it('reads one level alone, equal to that level of the whole file', async () => {
    const store = new AudioStore(new Database(':memory:'), scratch.path);
    const file = peaksOf(40_000);
    await store.writePeaks('abc', encodePeaks(file));
    expect(await store.hasPeaks('abc')).toBe(true);
    const read = await store.readPeaksLevel('abc', (index) => pickLevel(index, 1000));
    const whole = decodePeaks(encodePeaks(file));
    const expected = whole.levels.find((l) => l.samplesPerPixel === read?.level?.samplesPerPixel);
    expect(read?.level?.samplesPerPixel).toBe(8192);
    expect(read?.index.frames).toBe(file.frames);
    expect([...(read?.data ?? [])]).toEqual([...(expected?.data ?? [1])]);
  });

  it('has nothing for a missing or empty file, and refuses a cut-short one', async () => {
    const store = new AudioStore(new Database(':memory:'), scratch.path);
    expect(await store.hasPeaks('missing')).toBe(false);
    expect(await store.readPeaksLevel('missing', (index) => index.levels[0])).toBeNull();
    await store.writePeaks('empty', Buffer.alloc(0));
    expect(await store.hasPeaks('empty')).toBe(false);
    const bytes = encodePeaks(peaksOf(5000));
    await store.writePeaks('cut', bytes.subarray(0, bytes.length - 10));
    await expect(store.readPeaksLevel('cut', (index) => index.levels[0])).rejects.toThrow(/Truncated/);
    await writeFile(store.peaksPath('header'), bytes.subarray(0, 30));
    await expect(store.readPeaksLevel('header', (index) => index.levels[0])).rejects.toThrow(/Truncated/);
  });
});
