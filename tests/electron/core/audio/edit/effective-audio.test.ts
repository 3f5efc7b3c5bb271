import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { dispatch } from '../../../../../shared/api/dispatch.ts';
import { createCore } from '../../../../../electron/core/core.ts';
import type { Core } from '../../../../../electron/core/core-types.ts';
import { makeFixtures } from '../../../../../scripts/fixtures/make-fixtures.ts';
import { useTempDir } from '../../support/temp-dirs.ts';

// effective-audio.ts: two callers of the same render share one ffmpeg run, and a cancel of the
// caller that joined stops only its own wait.

const dir = useTempDir('cabina-effective-');
let fixtures = '';
let core: Core | null = null;
beforeAll(async () => {
  fixtures = await makeFixtures();
});
afterEach(() => core?.close());

describe('EffectiveAudio', () => {
  it('a caller that joined a running render can cancel its wait; the render finishes for the one that started it', async () => {
    core = await createCore({ dataDir: dir.path, transport: 'cli' });
    const c = core;
    const imported = await dispatch(c.handlers, 'library.import', { jobId: randomUUID(), source: { kind: 'path', path: path.join(fixtures, 'speech-es-16.wav') }, originalName: 'a.wav', title: 'A', languageCode: 'spa' });
    if (!imported.ok) throw new Error(imported.error.message);
    const versionId = (imported.value as { segment: { primaryVersionId: string | null } }).segment.primaryVersionId ?? '';
    const [first, second] = [randomUUID(), randomUUID()];
    // The first render's first progress event: it is running, so the second call joins it.
    const running = new Promise<void>((resolve) => {
      const off = c.events.on((name, p) => {
        if (name === 'job.progress' && (p as { jobId: string; stage: string }).jobId === first && (p as { stage: string }).stage === 'encode') {
          off();
          resolve();
        }
      });
    });
    const a = dispatch(c.handlers, 'audio.render', { jobId: first, versionId, format: 'opus' });
    const b = dispatch(c.handlers, 'audio.render', { jobId: second, versionId, format: 'opus' });
    await running;
    await dispatch(c.handlers, 'jobs.cancel', { jobId: second });
    const [ra, rb] = await Promise.all([a, b]);
    expect(rb.ok ? 'ok' : rb.error.code).toBe('cancelled');
    expect(ra.ok).toBe(true);
    expect(ra.ok && fs.existsSync((ra.value as { path: string }).path)).toBe(true);
  });
});
