import { randomUUID } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { dispatch } from '../../../../shared/api/dispatch.ts';
import type { MethodOutput } from '../../../../shared/api/contract.ts';
import { createFfmpegAdapter } from '../../../../electron/core/audio/ffmpeg/ffmpeg-adapter.ts';
import { createCore } from '../../../../electron/core/core.ts';
import type { Core } from '../../../../electron/core/core-types.ts';
import { makeFixtures } from '../../../../scripts/fixtures/make-fixtures.ts';
import { filesUnder, useTempDir, useTempDirs } from '../support/temp-dirs.ts';

let fixtures = '';
let opusCopy = '';
let core: Core | null = null;
const scratch = useTempDir('cabina-dup-src-', 'all');
const dataDirs = useTempDirs('cabina-dup-');

beforeAll(async () => {
  fixtures = await makeFixtures();
  // One WhatsApp note saved twice: the same Opus packets re-wrapped in a new Ogg file (new stream
  // serial, no tags), so the bytes differ and only the decoded audio is the same.
  opusCopy = path.join(scratch.path, 'nota de voz.opus');
  await createFfmpegAdapter({}).runFfmpeg(['-v', 'error', '-y', '-i', path.join(fixtures, 'speech-es.ogg'), '-map_metadata', '-1', '-c', 'copy', opusCopy]);
});

afterEach(() => {
  core?.close();
  core = null;
});

async function importFile(file: string): Promise<MethodOutput<'library.import'>> {
  core ??= await createCore({ dataDir: dataDirs.make(), transport: 'cli' });
  const result = await dispatch(core.handlers, 'library.import', {
    jobId: randomUUID(),
    source: { kind: 'path', path: file },
    originalName: path.basename(file),
  });
  if (!result.ok) throw new Error(`import failed: ${result.error.code}`);
  return result.value as MethodOutput<'library.import'>;
}

const storeFiles = async (c: Core) => (await filesUnder(c.dataDir)).filter((f) => !f.includes('cabina.db'));

describe('library.import: the same audio in another file is a duplicate (issue #11 item 10)', () => {
  it('reports an .opus re-mux of an imported .ogg as a duplicate of its version, and stores nothing', async () => {
    const ogg = path.join(fixtures, 'speech-es.ogg');
    expect((await readFile(ogg)).equals(await readFile(opusCopy))).toBe(false);

    const first = await importFile(ogg);
    expect(first.outcome).toBe('imported');
    expect(first.duplicateOf).toBeUndefined();
    const before = await storeFiles(core!);

    const second = await importFile(opusCopy);
    expect(second.outcome).toBe('duplicate');
    expect(second.segment.id).toBe(first.segment.id);
    const segment = await dispatch(core!.handlers, 'segments.get', { id: first.segment.id });
    if (!segment.ok) throw new Error('segment missing');
    const versionId = (segment.value as { versions: { id: string }[] }).versions[0]?.id;
    expect(second.duplicateOf).toEqual({ segmentId: first.segment.id, versionId, match: 'pcm' });
    expect(await storeFiles(core!)).toEqual(before);

    const all = await dispatch(core!.handlers, 'library.search', {});
    expect(all.ok && (all.value as { total: number }).total).toBe(1);
  });

  it('still tells the same bytes apart as a byte match, and other audio as new', async () => {
    const ogg = path.join(fixtures, 'speech-es.ogg');
    await importFile(ogg);
    const again = await importFile(ogg);
    expect(again).toMatchObject({ outcome: 'duplicate', duplicateOf: { match: 'bytes' } });
    // Same speech, other codec: a different decode, so a different recording as far as the hash knows.
    const mp3 = await importFile(path.join(fixtures, 'speech-es.mp3'));
    expect(mp3.outcome).toBe('imported');
  });
});
