import { randomUUID } from 'node:crypto';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createCore } from '../../../../electron/core/core.ts';
import type { Core } from '../../../../electron/core/core-types.ts';
import { ensureStationKey } from '../../../../electron/core/packs/keys.ts';
import { useTempDirs } from '../support/temp-dirs.ts';
import { openDatabase } from '../../../../electron/core/db/database.ts';
import { insertSegment } from '../../../../electron/core/library/library-rows.ts';
import { planImport } from '../../../../electron/core/packs/pack-plan.ts';
import { call, manifestOf, openPath, packOf } from './hostile-packs.ts';

// Issue #12 defect 2: a pack segment is (publisher fingerprint, id). Publisher B reusing A's id
// gets a separate segment: it can neither archive A's nor block A's updates with version 9999.

const dirs = useTempDirs('cabina-pack-identity-');
const cores: Core[] = [];
afterEach(() => {
  for (const c of cores.splice(0)) c.close();
});
const audio = Buffer.alloc(4096, 7);

async function importPack(core: Core, file: string) {
  const preview = await openPath(core, file);
  const result = await call(core, 'packs.import', { jobId: randomUUID(), openId: preview.openId });
  return { preview, result };
}

describe('pack segment identity (issue #12)', () => {
  it('lets only the same publisher update its segments; another publisher reusing the id gets a separate segment', async () => {
    const keys = dirs.make();
    const a = ensureStationKey(path.join(keys, 'a'));
    const b = ensureStationKey(path.join(keys, 'b'));
    const core = await createCore({ dataDir: dirs.make(), transport: 'cli' });
    cores.push(core);
    await call(core, 'packs.trustKey', { publicKeyPem: a.publicKeyPem, name: 'IREX' });
    await call(core, 'packs.trustKey', { publicKeyPem: b.publicKeyPem, name: 'Otra' });
    const id = randomUUID();
    const out = dirs.make();

    const a1 = await importPack(core, packOf(out, a, audio, [{ id, version: 1, title: 'Derechos A v1' }]));
    expect(a1.preview.items.map((i) => [i.status, i.sharedId])).toEqual([['new', false]]);
    const aSegment = a1.result.segmentIds[0] ?? '';

    // B claims A's id at the same version: not a duplicate of A's, a segment of its own.
    const b1 = await importPack(core, packOf(out, b, audio, [{ id, version: 1, title: 'Impostor v1' }]));
    expect(b1.preview.items.map((i) => [i.status, i.sharedId])).toEqual([['new', true]]);
    expect(b1.result).toMatchObject({ imported: 1, updated: 0 });
    expect((await call(core, 'segments.get', { id: aSegment })).status).toBe('ready');

    // B's version 9999 supersedes only B's own segment.
    const b9999 = await importPack(core, packOf(out, b, audio, [{ id, version: 9999, title: 'Impostor v9999' }]));
    expect(b9999.preview.items.map((i) => i.status)).toEqual(['update']);
    expect((await call(core, 'segments.get', { id: b1.result.segmentIds[0] ?? '' })).status).toBe('archived');
    expect((await call(core, 'segments.get', { id: aSegment })).status).toBe('ready');

    // A's real update still works: version 2 updates A's version 1, not "older" than B's 9999.
    const a2 = await importPack(core, packOf(out, a, audio, [{ id, version: 2, title: 'Derechos A v2' }]));
    expect(a2.preview.items.map((i) => [i.status, i.sharedId])).toEqual([['update', true]]);
    expect(a2.result).toMatchObject({ imported: 0, updated: 1 });
    expect((await call(core, 'segments.get', { id: aSegment })).status).toBe('archived');
    expect((await call(core, 'segments.get', { id: a2.result.segmentIds[0] ?? '' })).title).toBe('Derechos A v2');
    expect((await call(core, 'segments.get', { id: b9999.result.segmentIds[0] ?? '' })).status).toBe('ready');

    // Re-opening A's v2 is a duplicate for A only.
    expect((await openPath(core, packOf(out, a, audio, [{ id, version: 2 }]))).items.map((i) => i.status)).toEqual(['duplicate']);
  });

  it('does not let another publisher shadow one of the station\'s own segments', () => {
    const db = openDatabase(path.join(dirs.make(), 'plan.db'));
    try {
      const b = ensureStationKey(path.join(dirs.make(), 'b'));
      const id = randomUUID();
      insertSegment(db, { id, title: 'Nuestro segmento', status: 'ready', now: '2026-01-10T00:00:00.000Z' });
      const manifest = manifestOf(b, audio, [{ id, version: 1 }]);
      const plan = planImport(db, manifest, '2026-01-10', { fingerprint: b.fingerprint, self: false });
      expect(plan.items.map((i) => [i.status, i.sharedId])).toEqual([['new', true]]);
      // The station's own pack carrying it back is the same segment (issue #11).
      const own = planImport(db, manifest, '2026-01-10', { fingerprint: b.fingerprint, self: true });
      expect(own.items.map((i) => [i.status, i.sharedId])).toEqual([['duplicate', false]]);
      // The same (id, version) twice in one pack is written once.
      const twice = planImport(db, manifestOf(b, audio, [{ id: randomUUID(), version: 1 }, { id: id.replace(/^./, 'f'), version: 1 }, { id: id.replace(/^./, 'f'), version: 1 }]), '2026-01-10', { fingerprint: b.fingerprint, self: false });
      expect(twice.items.map((i) => i.status)).toEqual(['new', 'new', 'duplicate']);
    } finally {
      db.close();
    }
  });
});
