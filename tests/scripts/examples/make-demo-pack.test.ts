import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCore } from '../../../electron/core/core.ts';
import type { Core } from '../../../electron/core/core-types.ts';
import { parsePublicKey } from '../../../electron/core/packs/keys.ts';
import { DEMO_PUBLISHER_NAME, DEMO_SEGMENTS } from '../../../scripts/examples/demo-content.ts';
import { demoPackPath, makeDemoPack } from '../../../scripts/examples/make-demo-pack.ts';

const root = path.resolve(import.meta.dirname, '../../..');
const grid = JSON.parse(fs.readFileSync(path.join(root, 'resources/examples/oaxaca-week.grid.json'), 'utf8')) as {
  rundowns: { items: { segment?: string }[] }[];
  campaigns: { segments: string[] }[];
};
const trusted = JSON.parse(fs.readFileSync(path.join(root, 'resources/trusted-publishers/trusted-publishers.json'), 'utf8')) as { publishers: { name: string; publicKeyPem: string }[] };

let dir: string;
let core: Core;

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cabina-demo-pack-test-'));
  core = await createCore({ dataDir: path.join(dir, 'data'), transport: 'cli' });
});
afterAll(() => {
  core.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

const open = (file: string) => core.handlers['packs.open']({ jobId: randomUUID(), source: { kind: 'path', path: file }, originalName: path.basename(file) });

describe('the demo pack (resources/examples/demo.cabina)', () => {
  it('is small, signed by the pre-trusted demo publisher, and brings every segment the example grid names in Spanish and Mixteco', async () => {
    expect(fs.statSync(demoPackPath).size).toBeLessThan(200 * 1024);
    const preview = await open(demoPackPath);
    const listed = trusted.publishers.filter((p) => p.name === DEMO_PUBLISHER_NAME);
    expect(listed).toHaveLength(1);
    expect(preview.publisher).toMatchObject({ name: DEMO_PUBLISHER_NAME, trusted: true, self: false, fingerprint: parsePublicKey(listed[0]?.publicKeyPem ?? '').fingerprint });
    const named = new Set([...grid.campaigns.flatMap((c) => c.segments), ...grid.rundowns.flatMap((r) => r.items.flatMap((i) => (i.segment ? [i.segment] : [])))]);
    const titles = preview.items.map((i) => i.title);
    expect([...named].filter((t) => !titles.includes(t))).toEqual([]);
    for (const item of preview.items) {
      expect([...item.languages].sort()).toEqual(['mix', 'spa']);
      // Open-ended, so the example's 2026 dates and any later "today" find it valid.
      expect(item.validUntil).toBeNull();
    }
  });

  it('keeps no private key anywhere in resources/', () => {
    const files = fs.readdirSync(path.join(root, 'resources'), { recursive: true, withFileTypes: true }).filter((e) => e.isFile());
    const withKey = files.filter((e) => fs.readFileSync(path.join(e.parentPath, e.name)).includes('PRIVATE KEY'));
    expect(withKey.map((e) => e.name)).toEqual([]);
  });

  it('is rebuilt by the script with a new signing key each run, saying in each description that the voice is synthetic', async () => {
    const out = path.join(dir, 'rebuilt.cabina');
    const built = await makeDemoPack(out);
    expect(built.sizeBytes).toBe(fs.statSync(out).size);
    const preview = await open(out);
    // A key made for that run only: a rebuilt pack to a side path is not the committed publisher.
    expect(preview.publisher).toMatchObject({ name: DEMO_PUBLISHER_NAME, fingerprint: built.fingerprint, trusted: false });
    expect(preview.items.map((i) => i.title)).toEqual(DEMO_SEGMENTS.map((s) => s.title));
    for (const s of DEMO_SEGMENTS) expect(s.description).toMatch(/voz sintética de ejemplo/i);
    expect(fs.readFileSync(path.join(root, 'resources/trusted-publishers/trusted-publishers.json'), 'utf8')).toBe(`${JSON.stringify(trusted, null, 2)}\n`);
  });
});
