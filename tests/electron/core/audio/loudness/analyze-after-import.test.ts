import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { dispatch } from '../../../../../shared/api/dispatch.ts';
import { createCore } from '../../../../../electron/core/core.ts';
import type { Core } from '../../../../../electron/core/core-types.ts';
import { readPeaksIndex } from '../../../../../electron/core/audio/peaks-file.ts';
import { makeFixtures } from '../../../../../scripts/fixtures/make-fixtures.ts';
import { useTempDirs } from '../../support/temp-dirs.ts';

// Issue #3: every import is followed by an `analyze` job with progress; its results are cached by
// the asset's sha256 (a row in audio_analysis and store/peaks/<sha256>.peaks).

let fixtures = '';
const open: Core[] = [];
const tempDirs = useTempDirs('cabina-analyze-import-');

beforeAll(async () => {
  fixtures = await makeFixtures();
});

afterEach(() => {
  for (const core of open.splice(0)) core.close();
});

describe('analysis after import', () => {
  it('runs as a job and caches loudness and peaks by content hash', async () => {
    const core = await createCore({ dataDir: tempDirs.make(), transport: 'electron' });
    open.push(core);
    const stages: string[] = [];
    const finished = new Promise<void>((resolve, reject) => {
      core.events.on((name, payload) => {
        if (name !== 'job.progress') return;
        const p = payload as { kind: string; stage: string };
        if (p.kind !== 'analyze') return;
        stages.push(p.stage);
        if (p.stage === 'done') resolve();
        if (p.stage === 'failed') reject(new Error('analysis failed'));
      });
    });
    await dispatch(core.handlers, 'library.import', {
      jobId: randomUUID(),
      source: { kind: 'path', path: path.join(fixtures, 'speech-es.mp3') },
      originalName: 'speech-es.mp3',
    });
    await finished;
    expect(stages).toContain('decode');
    const db = new Database(path.join(core.dataDir, 'cabina.db'), { readonly: true });
    const row = db.prepare('SELECT asset_id, integrated_lufs, true_peak_dbtp FROM audio_analysis').get() as { asset_id: string; integrated_lufs: number };
    db.close();
    expect(row.asset_id).toMatch(/^[0-9a-f]{64}$/);
    expect(row.integrated_lufs).toBeLessThan(-5);
    const peaks = fs.readFileSync(path.join(core.dataDir, 'store', 'peaks', `${row.asset_id}.peaks`));
    expect(readPeaksIndex(peaks).levels.length).toBeGreaterThan(4);
  });
});
