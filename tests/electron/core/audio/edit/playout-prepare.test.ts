import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import path from 'node:path';
import { dispatch } from '../../../../../shared/api/dispatch.ts';
import type { MethodInput, MethodName, MethodOutput } from '../../../../../shared/api/contract.ts';
import { createCore } from '../../../../../electron/core/core.ts';
import type { Core } from '../../../../../electron/core/core-types.ts';
import { makeFixtures } from '../../../../../scripts/fixtures/make-fixtures.ts';
import { useTempDir } from '../../support/temp-dirs.ts';

// Issue #11: the player asks for the playout rendition as a job, so it can say "Preparando audio…".
const dir = useTempDir('cabina-prepare-', 'all');
let core: Core;
let versionId = '';

async function call<M extends MethodName>(method: M, input: MethodInput<M>): Promise<MethodOutput<M>> {
  const r = await dispatch(core.handlers, method, input);
  if (!r.ok) throw Object.assign(new Error(`${r.error.code}: ${r.error.message}`), { code: r.error.code });
  return r.value as MethodOutput<M>;
}

beforeAll(async () => {
  const fixtures = await makeFixtures();
  core = await createCore({ dataDir: dir.path, transport: 'cli' });
  const imported = await call('library.import', { jobId: randomUUID(), source: { kind: 'path', path: path.join(fixtures, 'speech-es.ogg') }, originalName: 'nota.ogg', title: 'Nota' });
  versionId = imported.segment.primaryVersionId ?? '';
  await call('audio.edits.apply', { versionId, op: { type: 'cut', startSec: 0.5, endSec: 1.5 } });
}, 60_000);
afterAll(() => core.close());

describe('audio.playout.prepare', () => {
  it('renders the edited version for playout as a job with progress, then answers at once from the cache the media URL serves', async () => {
    const jobId = randomUUID();
    const fractions: number[] = [];
    const off = core.events.on((name, payload) => {
      const p = payload as { jobId?: string; fraction?: number };
      if (name === 'job.progress' && p.jobId === jobId && typeof p.fraction === 'number') fractions.push(p.fraction);
    });
    const { timeline } = await call('audio.edits.get', { versionId });
    const made = await call('audio.playout.prepare', { jobId, versionId });
    off();
    expect(made.durationSec).toBeCloseTo(timeline.durationSec, 1);
    expect(fractions.some((f) => f > 0 && f < 1)).toBe(true);
    expect(fractions.at(-1)).toBe(1);
    const response = await core.media(new Request('http://127.0.0.1/media/version/x'), versionId);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('audio/mpeg');
    await response.body?.cancel();
    // Made once: the second ask renders nothing (no progress between 0 and 1, only "done").
    const again = randomUUID();
    const second: number[] = [];
    const off2 = core.events.on((name, payload) => {
      const p = payload as { jobId?: string; fraction?: number };
      if (name === 'job.progress' && p.jobId === again && typeof p.fraction === 'number') second.push(p.fraction);
    });
    await call('audio.playout.prepare', { jobId: again, versionId });
    off2();
    expect(second.filter((f) => f > 0 && f < 1)).toEqual([]);
    expect(second.at(-1)).toBe(1);
  }, 60_000);

  it('refuses a segment id where a version id belongs', async () => {
    const [row] = (await call('library.search', {})).items;
    await expect(call('audio.playout.prepare', { jobId: randomUUID(), versionId: row?.id ?? '' })).rejects.toMatchObject({ code: 'audio.segment_not_version' });
  });
});
