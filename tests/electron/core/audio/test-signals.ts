import { writeFile } from 'node:fs/promises';

/** Stereo test signals for EBU Tech 3341/3342, written by code as 32-bit float WAV (48 kHz). */

export interface Tone {
  /** Peak level per channel in dBFS. */
  dbfs: number;
  seconds: number;
  hz?: number;
  /** Starting phase in radians (true-peak cases put samples between the crests). */
  phase?: number;
}

export function toneSequence(tones: readonly Tone[], rate = 48000): Float32Array {
  const frames = tones.reduce((n, t) => n + Math.round(t.seconds * rate), 0);
  const out = new Float32Array(frames * 2);
  let at = 0;
  for (const tone of tones) {
    const n = Math.round(tone.seconds * rate);
    const amp = 10 ** (tone.dbfs / 20);
    const w = (2 * Math.PI * (tone.hz ?? 1000)) / rate;
    for (let i = 0; i < n; i += 1) {
      const v = amp * Math.sin(w * i + (tone.phase ?? 0));
      out[(at + i) * 2] = v;
      out[(at + i) * 2 + 1] = v;
    }
    at += n;
  }
  return out;
}

export function floatWav(samples: Float32Array, channels = 2, rate = 48000): Buffer {
  const data = Buffer.from(samples.buffer, samples.byteOffset, samples.byteLength);
  const header = Buffer.alloc(44);
  header.write('RIFF', 0, 'latin1');
  header.writeUInt32LE(36 + data.length, 4);
  header.write('WAVEfmt ', 8, 'latin1');
  header.writeUInt32LE(16, 16);
  header.writeUInt16LE(3, 20); // IEEE float
  header.writeUInt16LE(channels, 22);
  header.writeUInt32LE(rate, 24);
  header.writeUInt32LE(rate * channels * 4, 28);
  header.writeUInt16LE(channels * 4, 32);
  header.writeUInt16LE(32, 34);
  header.write('data', 36, 'latin1');
  header.writeUInt32LE(data.length, 40);
  return Buffer.concat([header, data]);
}

export async function writeTones(file: string, tones: readonly Tone[]): Promise<string> {
  await writeFile(file, floatWav(toneSequence(tones)));
  return file;
}
