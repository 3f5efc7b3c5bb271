import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeBroadcastWav } from '../../../../../electron/core/audio/wav/broadcast-wav.ts';
import { decodeBext, decodeCart, encodeBext, encodeCart, encodeRiff, readChunks, type BextInfo, type CartInfo } from '../../../../../electron/core/audio/wav/wav-chunks.ts';
import { floatWav } from '../test-signals.ts';

const bext: BextInfo = {
  description: 'Derechos laborales — entrevista en mixteco',
  originator: 'Cabina',
  originatorReference: 'abc123',
  originationDate: '2026-03-01',
  originationTime: '09:30:00',
  timeReference: 2 ** 33 + 5,
  loudnessValue: -18.04,
  loudnessRange: 6.5,
  maxTruePeakLevel: -1.52,
  codingHistory: 'A=PCM,F=48000,W=24,M=stereo,T=Cabina',
};
const cart: CartInfo = {
  title: 'Migración segura',
  artist: 'Radio Ñomndaa',
  cutId: 'seg-1',
  category: 'mix',
  startDate: '2026-01-01',
  startTime: '00:00:00',
  endDate: '2026-12-31',
  endTime: '23:59:59',
  producerAppId: 'Cabina',
  producerAppVersion: '0.1.0',
  timers: [
    { usage: 'INTs', value: 0 },
    { usage: 'INTe', value: 240000 },
    { usage: 'SEGs', value: 2400000 },
  ],
  tagText: 'LANGUAGE=mix',
};

describe('bext and cart chunks', () => {
  it('bext round-trips with EBU Tech 3285 v2 sizes and loudness in 0.01 units', () => {
    const bytes = encodeBext(bext);
    expect(bytes.length).toBe(602 + bext.codingHistory.length + 2);
    expect(bytes.readUInt16LE(346)).toBe(2);
    expect(bytes.readInt16LE(412)).toBe(-1804);
    const back = decodeBext(bytes);
    expect(back).toEqual({ ...bext, description: 'Derechos laborales - entrevista en mixteco' });
  });

  it('unknown loudness is written as 0x7fff and read as null', () => {
    const back = decodeBext(encodeBext({ ...bext, loudnessValue: null, maxTruePeakLevel: Number.NEGATIVE_INFINITY }));
    expect(back.loudnessValue).toBeNull();
    expect(back.maxTruePeakLevel).toBeNull();
  });

  it('cart round-trips with AES46 offsets (2048 fixed bytes, post timers at 684)', () => {
    const bytes = encodeCart(cart);
    expect(bytes.length).toBe(2048 + cart.tagText.length + 2);
    expect(bytes.toString('latin1', 0, 4)).toBe('0101');
    expect(bytes.toString('latin1', 684, 688)).toBe('INTs');
    expect(decodeCart(bytes)).toEqual({ ...cart, title: 'Migracion segura', artist: 'Radio Nomndaa' });
  });

  it('the master writer puts bext and cart after fmt, drops ffmpeg’s LIST and keeps the audio bytes', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'cabina-bwf-'));
    try {
      const plain = readChunks(floatWav(new Float32Array([0.1, -0.1, 0.2, -0.2, 0.3]), 1));
      // ffmpeg writes LIST/INFO before data; an odd-sized chunk checks the pad byte on both walks.
      const src = encodeRiff([plain[0]!, { id: 'LIST', data: Buffer.from('INFOISFT\u0005\u0000\u0000\u0000Lavf\u0000\u0000', 'latin1') }, { id: 'junk', data: Buffer.from('odd') }, plain[1]!]);
      await writeFile(path.join(dir, 'in.wav'), src);
      await writeBroadcastWav(path.join(dir, 'in.wav'), path.join(dir, 'out.wav'), bext, cart);
      const out = await readFile(path.join(dir, 'out.wav'));
      const chunks = readChunks(out);
      expect(chunks.map((c) => c.id)).toEqual(['fmt ', 'bext', 'cart', 'junk', 'data']);
      expect(chunks.at(-1)?.data.equals(plain[1]!.data)).toBe(true);
      expect(decodeBext(chunks[1]!.data)).toEqual(decodeBext(encodeBext(bext)));
      expect(out.readUInt32LE(4)).toBe(out.length - 8);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('reads a streaming writer’s open-ended data chunk to the end, and refuses what is not RIFF/WAVE', () => {
    const wav = floatWav(new Float32Array([0.1, -0.1, 0.2]), 1);
    const open = Buffer.from(wav);
    open.writeUInt32LE(0xffffffff, 40); // the data chunk's size field in a 44-byte header
    const chunks = readChunks(open);
    expect(chunks.at(-1)?.id).toBe('data');
    expect(chunks.at(-1)?.data.length).toBe(12);
    expect(() => readChunks(Buffer.from('RIFX0000WAVE'))).toThrow();
  });
});
