import { randomUUID } from 'node:crypto';
import { binaryCall, call, upload, type CallResult, type ServerChild } from './server-child.ts';

/*
 * The API writes the kill -9 torture fires, and the ledger of what the server acknowledged (an HTTP
 * 200 with ok: true). A write that got no answer may or may not have landed — both are fine; a
 * write that was acknowledged must be there after the restart (issue #12 "no acknowledged write lost").
 */

export type WriteKind = 'import' | 'tag-edit' | 'schedule-edit' | 'asrun-mark' | 'pack-import' | 'recording';
export const WRITE_KINDS: readonly WriteKind[] = ['import', 'tag-edit', 'schedule-edit', 'asrun-mark', 'pack-import', 'recording'];

/** A field whose value is the last acknowledged one, or one sent after it whose answer never came. */
interface Edited {
  acked: string | null;
  since: string[];
}

export interface Ledger {
  segments: Map<string, Edited>;
  programs: Map<string, Edited>;
  asRun: Set<string>;
  packSegments: Set<string>;
  /** Takes started, with the PCM bytes whose appendChunk was acknowledged (the power cut while recording). */
  takes: Map<string, number>;
  /** A live item on today's rundown, for as-run marks (made by the first acknowledged setup). */
  itemId: string | null;
  today: string;
  sent: Record<WriteKind, number>;
  acked: Record<WriteKind, number>;
}

export function newLedger(today: string): Ledger {
  const zero = () => Object.fromEntries(WRITE_KINDS.map((k) => [k, 0])) as Record<WriteKind, number>;
  return { segments: new Map(), programs: new Map(), asRun: new Set(), packSegments: new Set(), takes: new Map(), itemId: null, today, sent: zero(), acked: zero() };
}

/** Seeded, so a run repeats exactly (mulberry32). */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A short mono 16-bit WAV of seeded noise: every import is new audio (no duplicate short-cut). */
export function noiseWav(random: () => number, seconds = 0.4, rate = 8000): Buffer {
  const samples = Math.round(seconds * rate);
  const out = Buffer.alloc(44 + samples * 2);
  out.write('RIFF', 0, 'ascii');
  out.writeUInt32LE(36 + samples * 2, 4);
  out.write('WAVEfmt ', 8, 'ascii');
  out.writeUInt32LE(16, 16);
  out.writeUInt16LE(1, 20);
  out.writeUInt16LE(1, 22);
  out.writeUInt32LE(rate, 24);
  out.writeUInt32LE(rate * 2, 28);
  out.writeUInt16LE(2, 32);
  out.writeUInt16LE(16, 34);
  out.write('data', 36, 'ascii');
  out.writeUInt32LE(samples * 2, 40);
  for (let i = 0; i < samples; i++) out.writeInt16LE(Math.round((random() * 2 - 1) * 12000), 44 + i * 2);
  return out;
}

const value = (r: CallResult | null): unknown => (r && r.ok ? r.value : undefined);
const editSent = (map: Map<string, Edited>, id: string, v: string) => map.get(id)?.since.push(v);
const editAcked = (map: Map<string, Edited>, id: string, v: string) => map.set(id, { acked: v, since: [] });

export interface WriteContext {
  server: Pick<ServerChild, 'port' | 'token'>;
  ledger: Ledger;
  random: () => number;
  packBytes: Buffer;
  serial: () => number;
}

function pick<T>(random: () => number, items: readonly T[]): T | undefined {
  return items[Math.floor(random() * items.length)];
}

/** Fires one write of `kind`; resolves when its answer came (or the connection died). */
export async function fireWrite(kind: WriteKind, c: WriteContext): Promise<void> {
  const { server, ledger } = c;
  // A tag edit needs a segment: before the first import it is an import.
  if (kind === 'tag-edit' && ledger.segments.size === 0) return fireWrite('import', c);
  const n = c.serial();
  ledger.sent[kind]++;
  const ack = (): void => {
    ledger.acked[kind]++;
  };
  if (kind === 'import') {
    const uploadId = await upload(server, `tortura-${n}.wav`, noiseWav(c.random));
    if (!uploadId) return;
    const result = value(await call(server, 'library.import', { jobId: randomUUID(), source: { kind: 'upload', uploadId }, originalName: `tortura-${n}.wav`, title: `Tortura ${n}` })) as { segment: { id: string } } | undefined;
    if (!result) return;
    ledger.segments.set(result.segment.id, { acked: null, since: [] });
    return ack();
  }
  if (kind === 'tag-edit') {
    const id = pick(c.random, [...ledger.segments.keys()]) ?? '';
    const description = `etiqueta ${n}`;
    editSent(ledger.segments, id, description);
    if (!value(await call(server, 'segments.update', { id, patch: { description } }))) return;
    editAcked(ledger.segments, id, description);
    return ack();
  }
  if (kind === 'schedule-edit') {
    const existing = pick(c.random, [...ledger.programs.keys()]);
    const title = `Programa ${n}`;
    const rename = existing !== undefined && c.random() < 0.5;
    if (rename) editSent(ledger.programs, existing, title);
    const input = { ...(rename ? { id: existing } : {}), title, languages: ['spa'], rrule: 'FREQ=WEEKLY;BYDAY=SA', startDate: ledger.today, startTime: `${String(n % 24).padStart(2, '0')}:00`, durationMin: 30 };
    const saved = value(await call(server, 'schedule.program.save', input)) as { id: string } | undefined;
    if (!saved) return;
    editAcked(ledger.programs, saved.id, title);
    return ack();
  }
  if (kind === 'recording') return record(c, n, ack);
  if (kind === 'asrun-mark') {
    if (!ledger.itemId) {
      await setUpOnAirItem(c);
      if (!ledger.itemId) return;
    }
    const entry = value(await call(server, 'onair.mark', { itemId: ledger.itemId, status: 'aired' })) as { id: string } | undefined;
    if (!entry) return;
    ledger.asRun.add(entry.id);
    return ack();
  }
  const uploadId = await upload(server, 'demo.cabina', c.packBytes);
  if (!uploadId) return;
  const preview = value(await call(server, 'packs.open', { jobId: randomUUID(), source: { kind: 'upload', uploadId }, originalName: 'demo.cabina' })) as { openId: string } | undefined;
  if (!preview) return;
  const done = value(await call(server, 'packs.import', { jobId: randomUUID(), openId: preview.openId })) as { segmentIds: string[] } | undefined;
  if (!done) return;
  for (const id of done.segmentIds) ledger.packSegments.add(id);
  return ack();
}

/** A take of 2–7 chunks of 250 ms (as the recorder sends them), then stopped unless the kill came first. */
async function record(c: WriteContext, n: number, ack: () => void): Promise<void> {
  const take = value(await call(c.server, 'recording.start', { target: { kind: 'new', title: `Toma ${n}` }, languageCode: 'spa', sampleRate: 16_000, channels: 1 })) as { id: string } | undefined;
  if (!take) return;
  c.ledger.takes.set(take.id, 0);
  ack();
  const chunks = 2 + Math.floor(c.random() * 6);
  for (let i = 0; i < chunks; i++) {
    const pcm = noiseWav(c.random, 0.25, 16_000).subarray(44);
    const offset = c.ledger.takes.get(take.id) ?? 0;
    if (!value(await binaryCall(c.server, 'recording.appendChunk', { id: take.id, offset }, 'pcm', pcm))) return;
    c.ledger.takes.set(take.id, offset + pcm.length);
  }
  await call(c.server, 'recording.stop', { id: take.id, jobId: randomUUID() });
}

/** A daily program with one live item on today's rundown: what the as-run marks point at. */
async function setUpOnAirItem(c: WriteContext): Promise<void> {
  const { server, ledger } = c;
  const program = value(await call(server, 'schedule.program.save', { title: 'Al aire (tortura)', languages: ['spa'], rrule: 'FREQ=DAILY', startDate: ledger.today, startTime: '00:00', durationMin: 60 })) as { id: string } | undefined;
  if (!program) return;
  const week = value(await call(server, 'schedule.week', { from: ledger.today, days: 1 })) as { instances: { id: string; programId: string }[] } | undefined;
  const instance = week?.instances.find((i) => i.programId === program.id);
  if (!instance) return;
  const rundown = value(await call(server, 'schedule.rundown.add', { instanceId: instance.id, kind: 'live', title: 'Saludo', durationSec: 60 })) as { items: { id: string }[] } | undefined;
  ledger.itemId = rundown?.items[0]?.id ?? null;
}

/** Every acknowledged write, looked up through the restarted server; returns what is missing. */
export async function findLostWrites(server: Pick<ServerChild, 'port' | 'token'>, ledger: Ledger): Promise<string[]> {
  const lost: string[] = [];
  for (const [id, edit] of [...ledger.segments, ...[...ledger.packSegments].map((id) => [id, null] as const)]) {
    const segment = value(await call(server, 'segments.get', { id })) as { description: string } | undefined;
    if (!segment) lost.push(`segment ${id}`);
    else if (edit?.acked != null && ![edit.acked, ...edit.since].includes(segment.description)) lost.push(`segment ${id} description: ${segment.description} ≠ ${edit.acked}`);
  }
  const programs = (value(await call(server, 'schedule.programs', {})) as { id: string; title: string }[] | undefined) ?? [];
  for (const [id, edit] of ledger.programs) {
    const program = programs.find((p) => p.id === id);
    if (!program) lost.push(`program ${id}`);
    else if (edit.acked !== null && ![edit.acked, ...edit.since].includes(program.title)) lost.push(`program ${id} title: ${program.title} ≠ ${edit.acked}`);
  }
  if (ledger.takes.size > 0) {
    const takes = (value(await call(server, 'recording.takes', { limit: 500 })) as { id: string; durationSec: number }[] | undefined) ?? [];
    for (const [id, bytes] of ledger.takes) {
      // An acknowledged chunk is in the file (1 ms of rounding in durationSec); a take with none may be forgotten as empty.
      const take = takes.find((t) => t.id === id);
      if (bytes > 0 && (!take || Math.round(take.durationSec * 32_000) < bytes - 64)) lost.push(`take ${id}: ${take ? Math.round(take.durationSec * 32_000) : 'missing'} of ${bytes} acknowledged bytes`);
    }
  }
  if (ledger.asRun.size > 0) {
    const from = new Date(Date.parse(ledger.today) - 86_400_000).toISOString().slice(0, 10);
    const to = new Date(Date.parse(ledger.today) + 86_400_000).toISOString().slice(0, 10);
    const entries = (value(await call(server, 'asrun.list', { from, to })) as { id: string }[] | undefined) ?? [];
    const present = new Set(entries.map((e) => e.id));
    for (const id of ledger.asRun) if (!present.has(id)) lost.push(`as-run ${id}`);
  }
  return lost;
}
