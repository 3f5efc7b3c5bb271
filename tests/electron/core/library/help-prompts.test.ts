import { randomUUID } from 'node:crypto';
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { choosePrompt } from '../../../../shared/domain/help-targets.ts';
import type { Core } from '../../../../electron/core/core-types.ts';
import { makeFixtures } from '../../../../scripts/fixtures/make-fixtures.ts';
import { callCore as call, useCores } from '../support/core-calls.ts';
import { useTempDirs } from '../support/temp-dirs.ts';

const dirs = useTempDirs('cabina-help-');
const cores = useCores();
let fixtures = '';
beforeAll(async () => {
  fixtures = await makeFixtures();
});

const station = (): Promise<Core> => cores.open(dirs.make());

async function codeOf(p: Promise<unknown>): Promise<string> {
  return p.then(() => 'resolved', (e: { code?: string }) => e.code ?? 'other');
}

function importPrompt(core: Core, file: string, target: 'library.import' | 'page.record', languageCode: string) {
  return call(core, 'help.import', { jobId: randomUUID(), source: { kind: 'path', path: path.join(fixtures, file) }, originalName: file, target, languageCode });
}

async function mediaBytes(core: Core, assetId: string): Promise<{ status: number; bytes: number; type: string | null }> {
  const response = await core.media(new Request(`http://x/media/asset/${assetId}`), assetId);
  return { status: response.status, bytes: (await response.arrayBuffer()).byteLength, type: response.headers.get('content-type') };
}

/** Every file under the data folder's store/ whose name starts with the asset's sha256. */
function storedFiles(core: Core, assetId: string): string[] {
  const root = path.join(core.dataDir, 'store');
  return readdirSync(root, { recursive: true, encoding: 'utf8' }).filter((f) => path.basename(f).startsWith(assetId));
}

describe('choosePrompt (the speaker button\'s language fallback)', () => {
  const prompts = [
    { target: 'library.import', languageCode: 'xty' },
    { target: 'library.import', languageCode: 'spa' },
    { target: 'page.record', languageCode: 'mix' },
  ];
  it('prefers the prompt language, then Spanish, then any language; null when the target has none', () => {
    expect(choosePrompt(prompts, 'library.import', 'xty')?.languageCode).toBe('xty');
    expect(choosePrompt(prompts, 'library.import', 'amu')?.languageCode).toBe('spa');
    expect(choosePrompt(prompts, 'library.import', null)?.languageCode).toBe('spa');
    expect(choosePrompt(prompts, 'page.record', 'xty')?.languageCode).toBe('mix');
    expect(choosePrompt(prompts, 'packs.build', 'xty')).toBeNull();
  });
});

describe('help prompts in the core (issue #15)', () => {
  it('imports a file as a prompt, replaces it per (target, language), keeps it out of the library, plays it, deletes it', async () => {
    const core = await station();
    expect(await call(core, 'help.prompts', {})).toEqual({ promptLanguage: null, prompts: [] });
    const first = await importPrompt(core, 'speech-es.mp3', 'library.import', 'xty');
    expect(first).toMatchObject({ target: 'library.import', languageCode: 'xty', origin: { kind: 'local', packId: null } });
    expect(first.durationSec).toBeGreaterThan(1);
    await importPrompt(core, 'speech-es.ogg', 'library.import', 'spa');
    // Recording the Mixteco prompt again replaces it: one voice per action and language.
    const again = await importPrompt(core, 'speech-es.opus', 'library.import', 'xty');
    // ...and the voice it replaced leaves the store with its row (no orphan).
    expect(storedFiles(core, first.assetId)).toEqual([]);
    expect(await mediaBytes(core, first.assetId)).toMatchObject({ status: 404 });
    const listed = await call(core, 'help.prompts', {});
    expect(listed.prompts.map((p) => [p.target, p.languageCode, p.id])).toEqual([
      ['library.import', 'spa', expect.any(String)],
      ['library.import', 'xty', again.id],
    ]);
    // Prompts are not segments: the Library (and so the schedule's picker) never lists them.
    expect((await call(core, 'library.search', {})).total).toBe(0);
    expect(await mediaBytes(core, again.assetId)).toMatchObject({ status: 200, type: 'audio/ogg' });

    expect(await call(core, 'help.setLanguage', { languageCode: 'xty' })).toEqual({ promptLanguage: 'xty' });
    expect((await call(core, 'help.prompts', {})).promptLanguage).toBe('xty');
    expect(await codeOf(call(core, 'help.setLanguage', { languageCode: 'qqq' }))).toBe('invalid_input');
    expect(await codeOf(importPrompt(core, 'speech-es.mp3', 'library.import', 'qqq'))).toBe('invalid_input');
    expect(await codeOf(call(core, 'help.save', { target: 'page.record', languageCode: 'spa', assetId: 'a'.repeat(64) }))).toBe('not_found');
    expect(await codeOf(importPrompt(core, 'text.mp3', 'page.record', 'spa'))).not.toBe('resolved');

    expect(storedFiles(core, again.assetId).length).toBeGreaterThan(0);
    expect(await call(core, 'help.delete', { id: again.id })).toEqual({ deleted: true });
    // Deleting a prompt deletes its audio: the original, its preview and its peaks file.
    expect(storedFiles(core, again.assetId)).toEqual([]);
    expect(await mediaBytes(core, again.assetId)).toMatchObject({ status: 404 });
    expect(await call(core, 'help.delete', { id: again.id })).toEqual({ deleted: false });
    expect((await call(core, 'help.prompts', {})).prompts.map((p) => p.languageCode)).toEqual(['spa']);
  });

  it('saves a recorded take\'s audio (already in the store) as a prompt', async () => {
    const core = await station();
    const imported = await call(core, 'library.import', { jobId: randomUUID(), source: { kind: 'path', path: path.join(fixtures, 'speech-es-16.wav') }, originalName: 'toma.wav' });
    const assetId = imported.segment.primaryAssetId ?? '';
    const prompt = await call(core, 'help.save', { target: 'page.record', languageCode: 'xty', assetId });
    expect(prompt).toMatchObject({ target: 'page.record', languageCode: 'xty', assetId });
    expect(await mediaBytes(core, assetId)).toMatchObject({ status: 200, type: 'audio/wav' });
    // The segment's version still uses those bytes: deleting the prompt keeps them.
    await call(core, 'help.delete', { id: prompt.id });
    expect(await mediaBytes(core, assetId)).toMatchObject({ status: 200, type: 'audio/wav' });
    expect(storedFiles(core, assetId).length).toBeGreaterThan(0);
  });

  it('travels in a pack of prompts only: built at one station, imported at another, played there', async () => {
    const irex = await station();
    const xty = await importPrompt(irex, 'speech-es.amr', 'library.import', 'xty');
    const spa = await importPrompt(irex, 'speech-es.mp3', 'page.record', 'spa');
    const out = path.join(dirs.make(), 'ayudas.cabina');
    const estimate = await call(irex, 'packs.estimate', { segmentIds: [], promptIds: [xty.id, spa.id] });
    expect(estimate.sizeBytes).toBeGreaterThan(2048);
    const built = await call(irex, 'packs.build', { jobId: randomUUID(), segmentIds: [], promptIds: [xty.id, spa.id], encodes: ['opus'], title: 'Ayudas en mixteco', outPath: out });
    expect(built.segments).toBe(0);
    expect(await codeOf(call(irex, 'packs.build', { jobId: randomUUID(), segmentIds: [], title: 'Vacío', outPath: `${out}.2` }))).toBe('pack.nothing_to_build');

    const radio = await station();
    // The station's own recording for page.record in Spanish must survive the pack.
    const own = await importPrompt(radio, 'speech-es.ogg', 'page.record', 'spa');
    const preview = await call(radio, 'packs.open', { jobId: randomUUID(), source: { kind: 'path', path: out }, originalName: 'ayudas.cabina' });
    expect(preview).toMatchObject({ prompts: 2, items: [] });
    const result = await call(radio, 'packs.import', { jobId: randomUUID(), openId: preview.openId, acceptPublisher: true });
    expect(result).toMatchObject({ prompts: 1, segmentIds: [] });

    const here = await call(radio, 'help.prompts', {});
    const arrived = here.prompts.find((p) => p.target === 'library.import');
    expect(arrived).toMatchObject({ languageCode: 'xty', origin: { kind: 'pack', packId: built.packId } });
    expect(here.prompts.find((p) => p.target === 'page.record')?.id).toBe(own.id);
    expect(choosePrompt(here.prompts, 'library.import', 'xty')?.id).toBe(arrived?.id);
    // The AMR original travelled as its playable preview, so the receiving station plays it without ffmpeg.
    const played = await mediaBytes(radio, arrived?.assetId ?? '');
    expect(played.status).toBe(200);
    expect(played.bytes).toBeGreaterThan(1000);
    expect(['audio/ogg', 'audio/mpeg']).toContain(played.type);
    expect((await call(radio, 'library.search', {})).total).toBe(0);
  });
});
