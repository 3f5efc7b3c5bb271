import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import type { ApiErrorData, Result } from '../../shared/api/errors.ts';
import type { Translate } from '../../electron/core/i18n/translator.ts';
import { errorSentence } from '../../electron/core/i18n/translator.ts';
import { fillUntil, librarySnapshot, listFiles, newFiles, removeBallast, sha256Of } from './disk-full-support.ts';
import type { DiskFullScenario } from './disk-full-support.ts';

export interface RecordContext {
  call: (method: string, input: Record<string, unknown>) => Promise<Result<unknown>>;
  mount: string;
  dataDir: string;
  ballast: string;
  leave: number;
  t: Translate;
}

const CHUNK = 12_000; // 125 ms of 48 kHz mono 16-bit: what the AudioWorklet sends, about.
const pcm = Buffer.alloc(CHUNK, 0x11);

/**
 * Recording onto a disk that fills up (issue #12): the take stops with recording.disk_full and
 * keeps what was synced; stopping it while the disk is still full cannot copy it into the library
 * (disk.full, the take stays in recordings/); once space is freed, stopping again imports it whole.
 */
export async function recordScenario(c: RecordContext): Promise<DiskFullScenario> {
  const started = performance.now();
  const take = await c.call('recording.start', { target: { kind: 'new', title: 'Grabación en disco lleno' }, languageCode: null, sampleRate: 48000, channels: 1 });
  if (!take.ok) throw new Error(`recording.start: ${take.error.code}`);
  const id = (take.value as { id: string }).id;
  let offset = 0;
  const append = async () => {
    const r = await c.call('recording.appendChunk', { id, offset, pcm: new Uint8Array(pcm) });
    if (r.ok) offset += CHUNK;
    return r;
  };
  for (let i = 0; i < 16; i += 1) if (!(await append()).ok) throw new Error('recording.appendChunk failed with room on the disk');

  const library = await librarySnapshot(c.dataDir);
  const before = await listFiles(c.mount);
  await fillUntil(c.ballast, c.leave);
  let fault: ApiErrorData | null = null;
  let stopCode: string | null = null;
  try {
    // A bounded number of chunks: far more than the room left, so the disk fills during the take.
    for (let i = 0; i < 400 && !fault; i += 1) {
      const r = await append();
      if (!r.ok) fault = r.error;
    }
    const stopped = await c.call('recording.stop', { id, jobId: randomUUID() });
    stopCode = stopped.ok ? null : stopped.error.code;
  } finally {
    await removeBallast(c.ballast);
  }
  // The take's own WAV stays by design (it is what was recorded); nothing else may.
  const leftovers = (await newFiles(c.mount, before, ['data/cabina.db', 'ballast'])).filter((f) => !f.startsWith('data/recordings/'));
  const libraryUnchanged = (await librarySnapshot(c.dataDir)) === library;
  const retried = await c.call('recording.stop', { id, jobId: randomUUID() });
  let retryOk = false;
  if (retried.ok) {
    const t = retried.value as { assetId: string | null; durationSec: number };
    const stored = t.assetId ? join(c.dataDir, 'store', 'originals', t.assetId.slice(0, 2), `${t.assetId}.wav`) : null;
    // At least the 2 s recorded with room; whole in the store (its name is its sha256).
    retryOk = stored !== null && t.durationSec >= (16 * CHUNK) / 96_000 && (await sha256Of(stored)) === t.assetId;
  }
  return {
    scenario: 'record',
    ok: fault?.code === 'recording.disk_full' && stopCode === 'disk.full' && leftovers.length === 0 && libraryUnchanged && retryOk,
    errorCode: fault?.code ?? null,
    leftovers,
    libraryUnchanged,
    retryOk,
    sentence: fault ? errorSentence(c.t, fault) : null,
    ms: Math.round(performance.now() - started),
  };
}
