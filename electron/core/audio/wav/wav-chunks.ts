/*
 * Broadcast WAV metadata: EBU Tech 3285 v2 `bext` and AES46-2002 `cart` chunks, written into a
 * RIFF/WAVE file right after `fmt ` and read back (tests, and files coming from automation).
 * Text fields are ASCII, NUL-padded; numbers little-endian.
 */
import { bufferChunks } from './riff-walk.ts';

export interface BextInfo {
  description: string;
  originator: string;
  originatorReference: string;
  /** yyyy-mm-dd and hh:mm:ss */
  originationDate: string;
  originationTime: string;
  timeReference: number;
  /** null: unknown (written as 0x7fff, "not set" in Tech 3285). */
  loudnessValue: number | null;
  loudnessRange: number | null;
  maxTruePeakLevel: number | null;
  codingHistory: string;
}

export interface CartTimer {
  /** FOURCC, e.g. INTs, INTe, SEGs, SEGe. */
  usage: string;
  /** In samples from the start. */
  value: number;
}

export interface CartInfo {
  title: string;
  artist: string;
  cutId: string;
  category: string;
  /** yyyy-mm-dd / hh:mm:ss; empty when open. */
  startDate: string;
  startTime: string;
  endDate: string;
  endTime: string;
  producerAppId: string;
  producerAppVersion: string;
  timers: CartTimer[];
  tagText: string;
}

const BEXT_FIXED = 602;
const CART_FIXED = 2048;

function putText(buf: Buffer, at: number, size: number, text: string): void {
  buf.write(text.replace(/[\u2013\u2014]/g, '-').normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[^\x20-\x7e\r\n]/g, '?').slice(0, size), at, size, 'latin1');
}

function getText(buf: Buffer, at: number, size: number): string {
  const raw = buf.subarray(at, at + size);
  const end = raw.indexOf(0);
  return raw.subarray(0, end < 0 ? size : end).toString('latin1');
}

const loudnessWord = (v: number | null) => (v === null || !Number.isFinite(v) ? 0x7fff : Math.max(-32767, Math.min(32766, Math.round(v * 100))));
const fromLoudnessWord = (v: number) => (v === 0x7fff ? null : v / 100);

export function encodeBext(info: BextInfo): Buffer {
  const history = Buffer.from(`${info.codingHistory}\r\n`, 'latin1');
  const buf = Buffer.alloc(BEXT_FIXED + history.length);
  putText(buf, 0, 256, info.description);
  putText(buf, 256, 32, info.originator);
  putText(buf, 288, 32, info.originatorReference);
  putText(buf, 320, 10, info.originationDate);
  putText(buf, 330, 8, info.originationTime);
  buf.writeUInt32LE(info.timeReference % 2 ** 32, 338);
  buf.writeUInt32LE(Math.floor(info.timeReference / 2 ** 32), 342);
  buf.writeUInt16LE(2, 346);
  // 348..411: UMID (none)
  buf.writeInt16LE(loudnessWord(info.loudnessValue), 412);
  buf.writeInt16LE(loudnessWord(info.loudnessRange), 414);
  buf.writeInt16LE(loudnessWord(info.maxTruePeakLevel), 416);
  buf.writeInt16LE(0x7fff, 418);
  buf.writeInt16LE(0x7fff, 420);
  history.copy(buf, BEXT_FIXED);
  return buf;
}

export function decodeBext(buf: Buffer): BextInfo {
  return {
    description: getText(buf, 0, 256),
    originator: getText(buf, 256, 32),
    originatorReference: getText(buf, 288, 32),
    originationDate: getText(buf, 320, 10),
    originationTime: getText(buf, 330, 8),
    timeReference: buf.readUInt32LE(338) + buf.readUInt32LE(342) * 2 ** 32,
    loudnessValue: fromLoudnessWord(buf.readInt16LE(412)),
    loudnessRange: fromLoudnessWord(buf.readInt16LE(414)),
    maxTruePeakLevel: fromLoudnessWord(buf.readInt16LE(416)),
    codingHistory: getText(buf, BEXT_FIXED, buf.length - BEXT_FIXED).replace(/\r\n$/, ''),
  };
}

export function encodeCart(info: CartInfo): Buffer {
  const tag = Buffer.from(info.tagText ? `${info.tagText}\r\n` : '', 'latin1');
  const buf = Buffer.alloc(CART_FIXED + tag.length);
  putText(buf, 0, 4, '0101');
  putText(buf, 4, 64, info.title);
  putText(buf, 68, 64, info.artist);
  putText(buf, 132, 64, info.cutId);
  // 196 ClientID, 260 Category
  putText(buf, 260, 64, info.category);
  // 324 Classification, 388 OutCue
  putText(buf, 452, 10, info.startDate);
  putText(buf, 462, 8, info.startTime);
  putText(buf, 470, 10, info.endDate);
  putText(buf, 480, 8, info.endTime);
  putText(buf, 488, 64, info.producerAppId);
  putText(buf, 552, 64, info.producerAppVersion);
  // 616 UserDef; 680 LevelReference
  buf.writeInt32LE(32768, 680);
  info.timers.slice(0, 8).forEach((timer, i) => {
    putText(buf, 684 + i * 8, 4, timer.usage);
    buf.writeUInt32LE(Math.max(0, Math.round(timer.value)), 688 + i * 8);
  });
  // 748 Reserved[276], 1024 URL[1024]
  tag.copy(buf, CART_FIXED);
  return buf;
}

export function decodeCart(buf: Buffer): CartInfo {
  const timers: CartTimer[] = [];
  for (let i = 0; i < 8; i += 1) {
    const usage = getText(buf, 684 + i * 8, 4);
    if (usage) timers.push({ usage, value: buf.readUInt32LE(688 + i * 8) });
  }
  return {
    title: getText(buf, 4, 64),
    artist: getText(buf, 68, 64),
    cutId: getText(buf, 132, 64),
    category: getText(buf, 260, 64),
    startDate: getText(buf, 452, 10),
    startTime: getText(buf, 462, 8),
    endDate: getText(buf, 470, 10),
    endTime: getText(buf, 480, 8),
    producerAppId: getText(buf, 488, 64),
    producerAppVersion: getText(buf, 552, 64),
    timers,
    tagText: getText(buf, CART_FIXED, buf.length - CART_FIXED).replace(/\r\n$/, ''),
  };
}

export interface RiffChunk {
  id: string;
  data: Buffer;
}

/**
 * The chunks of a RIFF/WAVE file in memory, by riff-walk.ts's one walk; a size that runs past the
 * end (0xFFFFFFFF from a streaming writer, or a cut-short file) reads to the end.
 */
export function readChunks(file: Buffer): RiffChunk[] {
  if (file.length < 12 || file.toString('latin1', 0, 4) !== 'RIFF' || file.toString('latin1', 8, 12) !== 'WAVE') throw new Error('Not a RIFF/WAVE file');
  return bufferChunks(file).map(({ id, body, size }) => ({ id, data: file.subarray(body, Math.min(file.length, body + size)) }));
}

/** One RIFF chunk: id, little-endian size, data, and the pad byte an odd size needs. */
export function encodeChunk(id: string, data: Buffer): Buffer {
  const header = Buffer.alloc(8);
  header.write(id, 0, 'latin1');
  header.writeUInt32LE(data.length, 4);
  return Buffer.concat(data.length % 2 ? [header, data, Buffer.alloc(1)] : [header, data]);
}

/** A whole RIFF/WAVE file from its chunks, in order. */
export function encodeRiff(chunks: readonly { id: string; data: Buffer }[]): Buffer {
  const body = Buffer.concat(chunks.map((c) => encodeChunk(c.id, c.data)));
  const head = Buffer.alloc(12);
  head.write('RIFF', 0, 'latin1');
  head.writeUInt32LE(body.length + 4, 4);
  head.write('WAVE', 8, 'latin1');
  return Buffer.concat([head, body]);
}
