import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from './run-cli.ts';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cabina-cli-files-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const cli = (...argv: string[]) => runCli(path.join(dir, 'data'), ...argv);

/** A 1 s, 48 kHz mono 16-bit WAV of a 440 Hz tone at half scale. */
function writeWav(file: string): void {
  const frames = 48000;
  const data = Buffer.alloc(frames * 2);
  for (let i = 0; i < frames; i += 1) data.writeInt16LE(Math.round(16384 * Math.sin((2 * Math.PI * 440 * i) / 48000)), i * 2);
  const head = Buffer.alloc(44);
  head.write('RIFF', 0, 'latin1');
  head.writeUInt32LE(36 + data.length, 4);
  head.write('WAVEfmt ', 8, 'latin1');
  head.writeUInt32LE(16, 16);
  head.writeUInt16LE(1, 20);
  head.writeUInt16LE(1, 22);
  head.writeUInt32LE(48000, 24);
  head.writeUInt32LE(96000, 28);
  head.writeUInt16LE(2, 32);
  head.writeUInt16LE(16, 34);
  head.write('data', 36, 'latin1');
  head.writeUInt32LE(data.length, 40);
  fs.writeFileSync(file, Buffer.concat([head, data]));
}

const whole = path.join(dir, 'tono.wav');
writeWav(whole);

describe('a WAV whose header promises more than the file holds', () => {
  const cut = path.join(dir, 'cortado.wav');
  fs.copyFileSync(whole, cut);
  fs.truncateSync(cut, 44 + 48000); // half of the samples

  it('analyze of the whole file measures it', async () => {
    const r = await cli('analyze', whole, '--json');
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out[0] ?? '{}')).toMatchObject({ durationSec: 1, sampleRate: 48000, channels: 1 });
  });

  it('analyze of the cut one says it is cut short, in Spanish and in English', async () => {
    const es = await cli('analyze', cut);
    expect(es.code).toBe(1);
    expect(es.out).toEqual([]);
    expect(es.err).toEqual(['«cortado.wav» está cortado: su encabezado promete más audio del que el archivo contiene (quizá se copió o se descargó a medias). Vuelve a copiarlo desde el original.']);
    const en = await cli('--lang', 'en', 'analyze', cut, '--json');
    expect(en.err).toEqual(['“cortado.wav” is cut short: its header promises more audio than the file holds (perhaps it was copied or downloaded only in part). Copy it again from the original.']);
  });
});

describe('--out folders are created when missing', () => {
  it('peaks --out and normalize into folders that do not exist, with a negative target', async () => {
    const peaks = path.join(dir, 'nuevo', 'ondas', 'tono.peaks');
    expect((await cli('peaks', whole, '--out', peaks)).code).toBe(0);
    expect(fs.statSync(peaks).size).toBeGreaterThan(0);
    const normalized = path.join(dir, 'otra', 'carpeta', 'tono-18.wav');
    const r = await cli('normalize', whole, normalized, '--target', '-18', '--ceiling', '-2', '--json');
    expect(r.err).toEqual([]);
    expect(JSON.parse(r.out[0] ?? '{}').integratedLufs).toBeCloseTo(-18, 0);
    expect(fs.existsSync(normalized)).toBe(true);
  });

  it('schedule export, asrun export and keys export', async () => {
    const week = path.join(dir, 'usb', 'Cabina', 'semana-12');
    expect((await cli('schedule', 'export', '--from', '2026-03-09', '--to', '2026-03-09', '--format', 'csv', '--out', week)).code).toBe(0);
    // An empty day writes no file ("0 items"), but the folder was made for it.
    expect(fs.statSync(week).isDirectory()).toBe(true);
    const log = path.join(dir, 'usb', 'registro', 'marzo');
    expect((await cli('asrun', 'export', '--from', '2026-03-09', '--to', '2026-03-09', '--out', log)).code).toBe(0);
    expect(fs.readdirSync(log)).toEqual(['cabina-asrun-2026-03-09_2026-03-09.csv']);
    expect(fs.readFileSync(path.join(log, 'cabina-asrun-2026-03-09_2026-03-09.csv'), 'utf8').startsWith('\uFEFFat,status,')).toBe(true);
    const key = path.join(dir, 'llaves', 'publica', 'estacion.pem');
    const exported = await cli('keys', 'export', '--public', '--out', key, '--json');
    expect(exported.code).toBe(0);
    // --json prints JSON, not the human sentence (issue #16).
    expect(JSON.parse(exported.out.join('\n'))).toMatchObject({ path: key, key: 'public', fingerprint: expect.stringMatching(/\S/) });
    expect(fs.readFileSync(key, 'utf8')).toContain('BEGIN PUBLIC KEY');
  });

  it('says so in one sentence when a file stands where the folder should be', async () => {
    const blocker = path.join(dir, 'soy-un-archivo');
    fs.writeFileSync(blocker, '');
    const r = await cli('peaks', whole, '--out', path.join(blocker, 'x.peaks'));
    expect(r.code).toBe(1);
    expect(r.err).toEqual([`No se puede escribir en la carpeta «${blocker}».`]);
  });
});
