import { copyFile, open, readFile, stat, truncate, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { WAV_HEADER_BYTES, parseWavHeader, wavHeader } from '../../../../../electron/core/audio/wav/wav-format.ts';
import { readWavFormat, repairWav } from '../../../../../electron/core/audio/wav/wav-repair.ts';
import { WavWriteError, WavWriter } from '../../../../../electron/core/audio/wav/wav-writer.ts';
import { useTempDir } from '../../support/temp-dirs.ts';

const dir = useTempDir('cabina-wav-');
const mono = { sampleRate: 48_000, channels: 1, bitsPerSample: 16 };
const stereo = { sampleRate: 44_100, channels: 2, bitsPerSample: 16 };

/** Deterministic, non-repeating PCM so a misplaced byte would show. */
function pcm(bytes: number, seed = 1): Uint8Array {
  const out = new Uint8Array(bytes);
  let x = seed;
  for (let i = 0; i < bytes; i += 1) {
    x = (x * 1103515245 + 12345) >>> 0;
    out[i] = x >>> 24;
  }
  return out;
}

async function written(format = mono, chunks = 8, chunkBytes = 24_000): Promise<{ path: string; data: Uint8Array }> {
  const path = join(dir.path, `take-${chunks}-${format.channels}.wav`);
  const writer = await WavWriter.create(path, format, { syncIntervalMs: 0 });
  const data = pcm(chunks * chunkBytes, chunks);
  for (let i = 0; i < chunks; i += 1) await writer.append(data.subarray(i * chunkBytes, (i + 1) * chunkBytes));
  await writer.close();
  return { path, data };
}

describe('WavWriter', () => {
  it('writes a canonical header whose sizes match the data, and the data in order', async () => {
    const { path, data } = await written();
    const bytes = await readFile(path);
    const header = parseWavHeader(bytes);
    expect(header).toEqual({ ...mono, riffSize: 36 + data.length, dataBytes: data.length });
    expect(bytes.subarray(WAV_HEADER_BYTES).equals(Buffer.from(data))).toBe(true);
  });

  it('patches the header sizes at each sync, so the file is valid mid-take', async () => {
    const path = join(dir.path, 'live.wav');
    let now = 0;
    const writer = await WavWriter.create(path, mono, { syncIntervalMs: 1000, now: () => now });
    expect(parseWavHeader(await readFile(path))?.dataBytes).toBe(0);
    await writer.append(pcm(4800));
    expect(writer.durableBytes).toBe(0);
    now = 1000;
    await writer.append(pcm(4800, 2));
    expect(writer.durableBytes).toBe(9600);
    expect(parseWavHeader(await readFile(path))?.dataBytes).toBe(9600);
    // A write followed by silence is still synced within the interval (timer), not only by the next write.
    // The timer is faked and the sync awaited: a slow fdatasync on a loaded disk must not fail this.
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    try {
      await writer.append(pcm(4800, 3));
      expect(writer.durableBytes).toBe(9600);
      vi.advanceTimersByTime(1000);
    } finally {
      vi.useRealTimers();
    }
    await vi.waitFor(() => expect(writer.durableBytes).toBe(14_400), { timeout: 20_000 });
    await writer.close();
  });

  it('never overwrites an existing take', async () => {
    const path = join(dir.path, 'exists.wav');
    await writeFile(path, 'x');
    await expect(WavWriter.create(path, mono)).rejects.toBeInstanceOf(WavWriteError);
  });

  it('reports a removed file as file_missing at the next sync and keeps the audio readable', async () => {
    const path = join(dir.path, 'gone.wav');
    const writer = await WavWriter.create(path, mono, { syncIntervalMs: 0 });
    await writer.append(pcm(960));
    const { rm } = await import('node:fs/promises');
    await rm(path);
    await expect(writer.append(pcm(960, 9))).rejects.toMatchObject({ fault: 'file_missing' });
    expect((await writer.readAll()).length).toBe(WAV_HEADER_BYTES + 1920);
    await writer.close();
  });
});

describe('repairWav', () => {
  it('leaves a clean file untouched', async () => {
    const { path, data } = await written();
    expect(await repairWav(path, mono)).toEqual({ dataBytes: data.length, changed: false });
  });

  it('recovers a valid WAV holding exactly the durable whole frames, at random truncation points', async () => {
    for (const format of [mono, stereo]) {
      const { path, data } = await written(format, 4, 9600);
      const full = await readFile(path);
      const frame = format.channels * 2;
      // Always test inside the header, at a frame boundary, and mid-sample, plus random offsets.
      const offsets = [0, 1, 12, 43, 44, 45, 44 + frame, 44 + frame + 1, full.length - 1, full.length];
      for (let i = 0; i < 40; i += 1) offsets.push(Math.floor(Math.random() * full.length));
      for (const offset of offsets) {
        const copy = join(dir.path, `cut-${format.channels}-${offset}.wav`);
        await copyFile(path, copy);
        // A crash before the header's sizes were patched: stale (zero) sizes in whatever header is left.
        const fh = await open(copy, 'r+');
        await fh.write(wavHeader(format, 0), 0, WAV_HEADER_BYTES, 0);
        await fh.close();
        await truncate(copy, offset);
        const expected = Math.max(0, Math.floor((offset - WAV_HEADER_BYTES) / frame) * frame);
        const { dataBytes } = await repairWav(copy, format);
        expect(dataBytes, `offset ${offset}`).toBe(expected);
        const repaired = await readFile(copy);
        expect(repaired.length).toBe(WAV_HEADER_BYTES + expected);
        expect(parseWavHeader(repaired)).toEqual({ ...format, riffSize: 36 + expected, dataBytes: expected });
        expect(repaired.subarray(WAV_HEADER_BYTES).equals(Buffer.from(data.subarray(0, expected)))).toBe(true);
      }
    }
  });

  it('rebuilds a zeroed header from the session format (power cut on some file systems)', async () => {
    const { path, data } = await written();
    const fh = await open(path, 'r+');
    await fh.write(Buffer.alloc(WAV_HEADER_BYTES), 0, WAV_HEADER_BYTES, 0);
    await fh.close();
    expect(await readWavFormat(path)).toBeNull();
    expect((await repairWav(path, mono)).dataBytes).toBe(data.length);
    expect(await readWavFormat(path)).toEqual(mono);
    expect((await stat(path)).size).toBe(WAV_HEADER_BYTES + data.length);
  });
});
