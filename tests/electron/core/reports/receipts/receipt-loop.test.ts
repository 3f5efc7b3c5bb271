import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../../../../electron/core/cli.ts';
import { createCore } from '../../../../../electron/core/core.ts';
import { openDatabase } from '../../../../../electron/core/db/database.ts';

/*
 * Issue #13, the whole loop across rooms: a station imports IREX's pack, programs its week, exports
 * Monday for its playout PC, imports the playout log back (matched by the exported file names),
 * signs a receipt; IREX, in another data folder, trusts the station, imports the receipt (once, even
 * from an overlapping second receipt) and its coverage shows the airings by language and state.
 */

const root = path.resolve(import.meta.dirname, '../../../../..');
let dir: string;
const out: string[] = [];
const io = { out: (s: string) => out.push(s), err: (s: string) => out.push(`ERR ${s}`) };
const station = () => ({ ...process.env, CABINA_DATA_DIR: path.join(dir, 'station'), CABINA_LANG: 'es' });
const irex = () => ({ ...process.env, CABINA_DATA_DIR: path.join(dir, 'irex'), CABINA_LANG: 'es' });
async function cli(env: NodeJS.ProcessEnv, ...args: string[]): Promise<number> {
  out.length = 0;
  return main(args, io, env);
}
const json = <T>(): T => JSON.parse(out.join('\n')) as T;

beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cabina-receipt-loop-'));
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('receipts: what a station aired reaches IREX (issue #13)', () => {
  it('pack → week → export → playout log → signed receipt → IREX coverage, counted once', async () => {
    const usb = path.join(dir, 'usb');
    expect(await cli(station(), 'pack', 'import', path.join(root, 'resources/examples/demo.cabina'))).toBe(0);
    expect(await cli(station(), 'schedule', 'import', path.join(root, 'resources/examples/oaxaca-week.grid.json'))).toBe(0);
    // Where the station is (INEGI): the grid names the station, the manager sets its place.
    expect(await cli(station(), 'station', 'set', '--state', '20', '--municipality', '20067')).toBe(0);
    expect(await cli(station(), 'schedule', 'fill', '--from', '2026-03-09', '--to', '2026-03-15')).toBe(0);
    expect(await cli(station(), 'schedule', 'export', '--from', '2026-03-09', '--to', '2026-03-09', '--format', 'zara', '--out', usb, '--copy-audio')).toBe(0);
    const exported = fs.readdirSync(path.join(usb, 'audio')).sort();
    expect(exported.length).toBeGreaterThanOrEqual(2);

    // The playout PC (ARAS) played two of them on Monday morning, plus a song Cabina never knew.
    const log = path.join(dir, 'aras.log');
    fs.writeFileSync(log, [`2026-03-09 07:15:00 Playing: C:\\Audio\\${exported[0]}`, `2026-03-09 07:45:10 Playing: C:\\Audio\\${exported[1]}`, '2026-03-09 08:00:00 Playing: C:\\Musica\\cancion.mp3', ''].join('\n'));
    expect(await cli(station(), 'asrun', 'import-log', log, '--json')).toBe(0);
    expect(json<{ matched: number; unmatched: number }>()).toMatchObject({ matched: 2, unmatched: 1 });

    const receipt = path.join(dir, 'lunes.cabina-recibo');
    expect(await cli(station(), 'receipt', 'build', '--from', '2026-03-09', '--to', '2026-03-09', '--out', receipt, '--json')).toBe(0);
    expect(json<{ airings: number }>().airings).toBe(2);
    const wider = path.join(dir, 'semana.cabina-recibo');
    expect(await cli(station(), 'receipt', 'build', '--from', '2026-03-08', '--to', '2026-03-15', '--out', wider)).toBe(0);

    // IREX: an unknown station is refused by name until trusted; then each airing counts once.
    expect(await cli(irex(), 'receipt', 'import', receipt)).toBe(1);
    expect(out.join('\n')).toMatch(/Radio Comunitaria Ñuu Savi, que no está en la lista de radios/);
    expect(await cli(irex(), 'receipt', 'import', receipt, '--trust', '--json')).toBe(0);
    expect(json<{ ok: boolean; value: { newAirings: number } }[]>()[0]).toMatchObject({ ok: true, value: { newAirings: 2 } });
    expect(await cli(irex(), 'receipt', 'import', receipt)).toBe(1);
    expect(out.join('\n')).toMatch(/ya se había importado/);
    expect(await cli(irex(), 'receipt', 'import', wider, '--json')).toBe(0);
    expect(json<{ value: { airings: number; newAirings: number } }[]>()[0]?.value).toEqual(expect.objectContaining({ airings: 2, newAirings: 0 }));

    expect(await cli(irex(), 'stations', 'list', '--json')).toBe(0);
    expect(json<{ name: string; stateCode: string | null; municipalityCode: string | null }[]>()).toEqual([expect.objectContaining({ name: 'Radio Comunitaria Ñuu Savi', stateCode: '20', municipalityCode: '20067' })]);

    const core = await createCore({ dataDir: path.join(dir, 'irex'), transport: 'cli' });
    try {
      const report = await core.handlers['coverage.report']({ from: '2026-03-09', to: '2026-03-15', packIds: [], topics: [], languages: [], stations: [], states: [] });
      expect(report.totals.airings).toBe(2);
      expect(report.totals.stations).toBe(1);
    } finally {
      core.close();
    }
  });

  it('a receipt dropped into the station’s feed folder reaches an online IREX on its next feed check', async () => {
    const site = path.join(dir, 'sitio-estacion');
    fs.mkdirSync(site);
    fs.copyFileSync(path.join(dir, 'lunes.cabina-recibo'), path.join(site, 'lunes.cabina-recibo'));
    const server = http.createServer((req, res) => {
      const file = path.join(site, path.basename(decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname)));
      if (!fs.existsSync(file)) return void res.writeHead(404).end();
      res.writeHead(200, { 'content-length': fs.statSync(file).size });
      fs.createReadStream(file).pipe(res);
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    try {
      const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
      expect(await cli(station(), 'feed', 'build', site, '--base-url', base, '--json')).toBe(0);
      expect(json<{ receipts: number }>().receipts).toBe(1);
      const office = () => ({ ...process.env, CABINA_DATA_DIR: path.join(dir, 'irex-online'), CABINA_LANG: 'es' });
      expect(await cli(office(), 'feed', 'subscribe', base)).toBe(0);
      // Never trusted by a feed alone: the unknown station is named, nothing is counted.
      expect(await cli(office(), 'feed', 'check', '--json')).toBe(1);
      expect(json<{ receipts: number; errors: { code: string }[] }>()).toMatchObject({ receipts: 0, errors: [{ code: 'receipt.unknown_station' }] });
      expect(await cli(office(), 'stations', 'trust', path.join(site, 'lunes.cabina-recibo'))).toBe(0);
      expect(await cli(office(), 'feed', 'check', '--json')).toBe(0);
      expect(json<{ receipts: number; errors: unknown[] }>()).toMatchObject({ receipts: 1, errors: [] });
      // Already in: the next check neither downloads nor counts it again.
      expect(await cli(office(), 'feed', 'check', '--json')).toBe(0);
      expect(json<{ receipts: number }>().receipts).toBe(0);
      const core = await createCore({ dataDir: path.join(dir, 'irex-online'), transport: 'cli' });
      try {
        const report = await core.handlers['coverage.report']({ from: '2026-03-09', to: '2026-03-15', packIds: [], topics: [], languages: [], stations: [], states: [] });
        expect(report.totals.airings).toBe(2);
      } finally {
        core.close();
      }
      expect(fs.readdirSync(path.join(dir, 'irex-online', 'reports', 'inbox'))).toEqual([]);
    } finally {
      server.close();
    }
  });

  it('refuses a receipt edited after signing, one dated in the future, and garbage, each by name', async () => {
    const receipt = path.join(dir, 'lunes.cabina-recibo');
    const file = JSON.parse(fs.readFileSync(receipt, 'utf8')) as { format: string; body: string; signature: string };
    const body = JSON.parse(gunzipSync(Buffer.from(file.body, 'base64')).toString('utf8')) as { airings: { seconds: number; airedAt: string }[] };
    const edited = structuredClone(body);
    if (edited.airings[0]) edited.airings[0].seconds = 3600;
    const tampered = path.join(dir, 'editado.cabina-recibo');
    fs.writeFileSync(tampered, JSON.stringify({ ...file, body: gzipSync(Buffer.from(JSON.stringify(edited))).toString('base64') }));
    const garbage = path.join(dir, 'basura.cabina-recibo');
    fs.writeFileSync(garbage, 'PK\u0003\u0004 not a receipt');
    const cut = path.join(dir, 'cortado.cabina-recibo');
    fs.writeFileSync(cut, fs.readFileSync(receipt).subarray(0, 200));
    expect(await cli(irex(), 'receipt', 'import', tampered, garbage, cut)).toBe(1);
    const text = out.join('\n');
    expect(text).toMatch(/La firma de «editado.cabina-recibo» no coincide/);
    expect(text).toMatch(/«basura.cabina-recibo» no es un recibo de Cabina/);
    expect(text).toMatch(/«cortado.cabina-recibo» no es un recibo de Cabina/);
  });

  it('a month of a busy station (40 airings a day) fits a WhatsApp message: ≤ 50 KB', async () => {
    const db = openDatabase(path.join(dir, 'station', 'cabina.db'));
    try {
      const versions = db.prepare("SELECT v.id FROM versions v JOIN segments s ON s.id = v.segment_id WHERE s.origin_kind = 'pack'").pluck().all() as string[];
      const insert = db.prepare("INSERT INTO report_asrun (id, source, status, version_id, title, aired_at, seconds, line_key, raw) VALUES (?, 'log', 'matched', ?, 't', ?, 31.5, ?, '')");
      db.transaction(() => {
        for (let day = 0; day < 30; day += 1) {
          for (let n = 0; n < 40; n += 1) {
            const at = new Date(Date.UTC(2026, 3, 1 + day, 12, n * 17)).toISOString();
            insert.run(crypto.randomUUID(), versions[(day + n) % versions.length], at, `busy-${day}-${n}`);
          }
        }
      })();
    } finally {
      db.close();
    }
    const month = path.join(dir, 'abril.cabina-recibo');
    expect(await cli(station(), 'receipt', 'build', '--from', '2026-04-01', '--to', '2026-04-30', '--out', month, '--json')).toBe(0);
    expect(json<{ airings: number }>().airings).toBe(1200);
    expect(fs.statSync(month).size).toBeLessThanOrEqual(50 * 1024);
  });

  it('desk marks from Al aire count (aired, not skipped), in station time, with the edited length', async () => {
    const db = openDatabase(path.join(dir, 'station', 'cabina.db'));
    let packVersion = '';
    try {
      packVersion = db.prepare("SELECT v.id FROM versions v JOIN segments s ON s.id = v.segment_id WHERE s.origin_kind = 'pack' LIMIT 1").pluck().get() as string;
      const mark = db.prepare('INSERT INTO schedule_asrun (id, instance_id, item_id, title, segment_id, version_id, status, at) VALUES (?, NULL, NULL, ?, NULL, ?, ?, ?)');
      mark.run(crypto.randomUUID(), 'aired', packVersion, 'aired', '2026-05-04T15:00:00.000Z');
      mark.run(crypto.randomUUID(), 'skipped', packVersion, 'skipped', '2026-05-04T16:00:00.000Z');
    } finally {
      db.close();
    }
    const file = path.join(dir, 'mayo.cabina-recibo');
    expect(await cli(station(), 'receipt', 'build', '--from', '2026-05-04', '--to', '2026-05-04', '--out', file)).toBe(0);
    const signed = JSON.parse(fs.readFileSync(file, 'utf8')) as { body: string };
    const body = JSON.parse(gunzipSync(Buffer.from(signed.body, 'base64')).toString('utf8')) as { airings: { source: string; seconds: number; airedLocal: string }[] };
    expect(body.airings).toHaveLength(1);
    expect(body.airings[0]).toMatchObject({ source: 'desk', airedLocal: '2026-05-04T09:00' });
    expect(body.airings[0]?.seconds).toBeGreaterThan(1);
  });
});
