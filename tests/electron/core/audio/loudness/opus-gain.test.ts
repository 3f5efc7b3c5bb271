import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { analyzeFile } from '../../../../../electron/core/audio/loudness/analyze-audio.ts';
import { createFfmpegAdapter } from '../../../../../electron/core/audio/ffmpeg/ffmpeg-adapter.ts';
import { locateFfmpeg } from '../../../../../electron/core/audio/ffmpeg/locate-ffmpeg.ts';
import { addOpusGain, oggCrc, readOpusGainDb } from '../../../../../electron/core/audio/loudness/opus-gain.ts';
import { useTempDir } from '../../support/temp-dirs.ts';

const scratch = useTempDir('cabina-opus-gain-', 'all');
const adapter = createFfmpegAdapter();
let opus: string;

beforeAll(() => {
  const wav = join(scratch.path, 'speech.wav');
  execFileSync('espeak-ng', ['-v', 'es', '-w', wav, 'Pida su contrato por escrito antes de salir a trabajar.']);
  opus = join(scratch.path, 'speech.opus');
  execFileSync(locateFfmpeg().ffmpeg, ['-v', 'error', '-i', wav, '-c:a', 'libopus', '-b:a', '32k', '-f', 'ogg', opus]);
});

/** The first page's stored CRC and the CRC of its bytes (with the CRC field zeroed). */
function firstPageCrcs(file: string): { stored: number; computed: number } {
  const bytes = readFileSync(file);
  const segments = bytes[26] ?? 0;
  let length = 27 + segments;
  for (let i = 0; i < segments; i += 1) length += bytes[27 + i] ?? 0;
  const first = Buffer.from(bytes.subarray(0, length));
  const stored = first.readUInt32LE(22);
  first.writeUInt32LE(0, 22);
  return { stored, computed: oggCrc(first) };
}

describe('Opus header output gain (RFC 7845 §5.1)', () => {
  it('computes the Ogg CRC the way the encoder wrote it', () => {
    const { stored, computed } = firstPageCrcs(opus);
    expect(computed).toBe(stored);
  });

  it('moves the decoded loudness and true peak by exactly the gain written, and the file still decodes cleanly', async () => {
    const file = join(scratch.path, 'moved.opus');
    copyFileSync(opus, file);
    const before = (await analyzeFile(adapter, file)).analysis;
    expect(await readOpusGainDb(file)).toBe(0);
    expect(await addOpusGain(file, -3.3)).toBeCloseTo(-3.3, 2);
    const after = (await analyzeFile(adapter, file)).analysis;
    expect((after.integratedLufs ?? 0) - (before.integratedLufs ?? 0)).toBeCloseTo(-3.3, 1);
    expect((after.truePeakDbtp ?? 0) - (before.truePeakDbtp ?? 0)).toBeCloseTo(-3.3, 1);
    // ffmpeg's demuxer ignores page CRCs, libogg (players, WhatsApp) drops a page whose CRC is wrong.
    const { stored, computed } = firstPageCrcs(file);
    expect(computed).toBe(stored);
    const decoded = spawnSync(locateFfmpeg().ffmpeg, ['-v', 'error', '-i', file, '-f', 'null', '-'], { encoding: 'utf8' });
    expect(decoded.status).toBe(0);
    expect(decoded.stderr).toBe('');
    expect(readdirSync(scratch.path).filter((f) => f.endsWith('.part'))).toEqual([]);
  });

  it('leaves a file that is not Ogg Opus untouched', async () => {
    const file = join(scratch.path, 'not-opus.ogg');
    writeFileSync(file, Buffer.from('OggS but not really a page'));
    expect(await addOpusGain(file, 2)).toBeNull();
    expect(readFileSync(file).toString()).toBe('OggS but not really a page');
  });
});
