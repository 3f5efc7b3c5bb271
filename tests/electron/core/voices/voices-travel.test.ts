import { createHash, randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { readPack } from '../../../../electron/core/packs/pack-reader.ts';
import { makeFixtures } from '../../../../scripts/fixtures/make-fixtures.ts';
import { callCore as call } from '../support/core-calls.ts';
import { exportDayWithAudio, scheduleOnDay, useStations } from '../support/on-air-day.ts';
import { useTempDir } from '../support/temp-dirs.ts';
import { decodeMono, toneShare } from './tone-measure.ts';

// Issue #14 §2 across rooms: a listener's voice note, redacted at the station that received it,
// taken to the Library, packed, imported by another station, scheduled and exported for its
// playout PC. The bleep must be in what the other station airs, and the unredacted original must
// never leave the first one.

const root = useTempDir('cabina-voices-travel-', 'all');
const DAY = '2026-12-07';
// 08:00 in Mexico City that Monday.
const { station, folder } = useStations(() => root.path, () => new Date('2026-12-07T14:00:00Z'));
let fixtures = '';

beforeAll(async () => {
  fixtures = await makeFixtures();
});

const sha = (file: string) => createHash('sha256').update(fs.readFileSync(file)).digest('hex');

describe('a redacted testimony travels to another station and airs redacted', () => {
  it('the pack carries only the redacted rendition; the receiving station exports the bleep', async () => {
    const a = await station();
    const note = path.join(fixtures, 'speech-es.opus');
    const t = await call(a, 'voices.import', { jobId: randomUUID(), source: { kind: 'path', path: note }, originalName: 'nota.opus' });
    await call(a, 'voices.update', { id: t.id, languageCode: 'spa' });
    await call(a, 'voices.consent.add', { id: t.id, givenBy: 'la persona que llamó', uses: ['broadcast'], method: 'checkbox', atSec: null, givenOn: '2026-11-20' });
    await call(a, 'voices.redactions.save', { id: t.id, redactions: [{ kind: 'bleep', startSec: 0.5, endSec: 1.5, note: 'nombre del contratista' }] });
    const { segmentId } = await call(a, 'voices.publish', { id: t.id, jobId: randomUUID(), title: 'Voces del campo' });

    const packFile = path.join(root.path, 'voces.cabina');
    await call(a, 'packs.build', { jobId: randomUUID(), segmentIds: [segmentId], encodes: ['master'], redact: false, title: 'Voces', outPath: packFile });
    const { manifest } = await readPack(packFile);
    const carried = manifest.segments.flatMap((s) => s.versions.flatMap((v) => v.audio.map((x) => x.sha256)));
    expect(carried.length).toBeGreaterThan(0);
    // Neither the voice note as received nor the testimony's stored original is in the pack.
    expect(carried).not.toContain(sha(note));
    expect(carried).not.toContain(t.assetId);

    const b = await station();
    const opened = await call(b, 'packs.open', { jobId: randomUUID(), source: { kind: 'path', path: packFile }, originalName: 'voces.cabina' });
    await call(b, 'packs.import', { jobId: randomUUID(), openId: opened.openId, acceptPublisher: true });
    const imported = (await call(b, 'library.search', {})).items.find((s) => s.title === 'Voces del campo');
    expect(imported).toBeDefined();
    // The receiving station has no testimony: Voces stays at the station the listener called.
    expect((await call(b, 'voices.list', {})).total).toBe(0);

    await scheduleOnDay(b, imported?.id ?? '', DAY, 'Voces del campo');
    const shipped = (await exportDayWithAudio(b, DAY, 'm3u', folder())).audio;
    expect(shipped).toHaveLength(1);
    const aired = decodeMono(shipped[0] ?? '');
    expect(toneShare(aired, 0.55, 1.45, 1000)).toBeGreaterThan(0.9);
    expect(toneShare(decodeMono(note), 0.55, 1.45, 1000)).toBeLessThan(0.2);
  }, 120_000);
});
