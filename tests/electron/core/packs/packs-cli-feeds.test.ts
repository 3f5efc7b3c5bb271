import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../../../electron/core/cli.ts';
import { PODCAST_NS } from '../../../../electron/core/feeds/feed-rss.ts';
import { makeFixtures } from '../../../../scripts/fixtures/make-fixtures.ts';
import { useTempDirs } from '../support/temp-dirs.ts';

const dirs = useTempDirs('cabina-packs-cli-');
let fixtures = '';
const servers: http.Server[] = [];
beforeAll(async () => {
  fixtures = await makeFixtures();
});
afterEach(() => {
  for (const s of servers.splice(0)) s.close();
});

async function cli(args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main([...args, '--lang', 'en'], { out: (t) => out.push(t), err: (t) => err.push(t) }, {});
  return { code, out: out.join('\n'), err: err.join('\n') };
}

/** Static files with Range support, like any web host, on 127.0.0.1 only. */
async function serve(dir: string): Promise<string> {
  const server = http.createServer((req, res) => {
    const file = path.join(dir, decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname));
    if (!file.startsWith(dir) || !fs.existsSync(file)) return void res.writeHead(404).end();
    const size = fs.statSync(file).size;
    const range = /bytes=(\d+)-/.exec(req.headers.range ?? '');
    if (range) {
      const start = Number(range[1]);
      res.writeHead(206, { 'content-range': `bytes ${start}-${size - 1}/${size}`, 'content-length': size - start });
      fs.createReadStream(file, { start }).pipe(res);
    } else {
      res.writeHead(200, { 'content-length': size });
      fs.createReadStream(file).pipe(res);
    }
  });
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

describe('cabina keys / pack / feed', () => {
  it('builds, verifies (exit 0 only when trusted), imports, and serves a feed a subscribed station picks up', async () => {
    const a = dirs.make();
    const b = dirs.make();
    const c = dirs.make();
    const site = dirs.make();
    const imported = await cli(['import', path.join(fixtures, 'speech-es.mp3'), '--language', 'spa', '--title', 'Salario', '--data-dir', a, '--json']);
    const id = (JSON.parse(imported.out) as { segment: { id: string } }[])[0]?.segment.id ?? '';
    expect((await cli(['keys', 'generate', '--data-dir', a])).out).toMatch(/Fingerprint: [0-9a-f]{64}/);
    const pub = path.join(site, '..', `${path.basename(site)}-pub.pem`);
    expect((await cli(['keys', 'export', '--public', '--out', pub, '--data-dir', a])).code).toBe(0);
    const pack = path.join(site, 'salario.cabina');
    const built = await cli(['pack', 'build', '--segment', id, '--out', pack, '--encodes', 'mp3,master', '--redact', '--data-dir', a]);
    expect(built.code).toBe(0);

    expect((await cli(['pack', 'verify', pack, '--data-dir', b])).code).not.toBe(0);
    const inspect = await cli(['pack', 'inspect', pack, '--json', '--data-dir', b]);
    expect(JSON.parse(inspect.out)).toMatchObject({ publisher: { trusted: false }, items: [{ status: 'new' }] });
    expect((await cli(['pack', 'import', pack, '--data-dir', b])).err).toMatch(/not in your trusted list/);
    expect((await cli(['keys', 'trust', pub, '--data-dir', b])).code).toBe(0);
    expect((await cli(['keys', 'list', '--data-dir', b])).out).toContain(JSON.parse(inspect.out).publisher.fingerprint);
    expect((await cli(['pack', 'verify', pack, '--data-dir', b])).code).toBe(0);
    const done = await cli(['pack', 'import', pack, '--json', '--data-dir', b]);
    expect(JSON.parse(done.out)).toMatchObject({ imported: 1 });

    const base = await serve(site);
    expect((await cli(['feed', 'build', site, '--base-url', base, '--data-dir', a])).code).toBe(0);
    const feed = JSON.parse(fs.readFileSync(path.join(site, 'feed.json'), 'utf8')) as { version: string; title: string; items: { id: string; _cabina: { pack_id: string } }[] };
    expect(feed.version).toBe('https://jsonfeed.org/version/1.1');
    expect(feed.title).toBeTruthy();
    expect(feed.items[0]?.id).toBeTruthy();
    const xml = fs.readFileSync(path.join(site, 'feed.xml'), 'utf8');
    expect(xml).toContain(`xmlns:podcast="${PODCAST_NS}"`);
    const enclosure = /<enclosure url="([^"]+)" length="(\d+)" type="audio\/mpeg"\/>/.exec(xml);
    expect(enclosure).not.toBeNull();
    expect((await fetch(enclosure?.[1] ?? '')).status).toBe(200);
    // RSS 2.0 has one channel language (BCP 47: `es`, not ISO 639-3 `spa`); versions are alternateEnclosures with `lang`.
    expect(xml).toContain('<language>es</language>');
    expect(xml).not.toContain('podcast:language');
    expect(xml).toMatch(/<podcast:alternateEnclosure type="audio\/mpeg"[^>]* lang="es"[^>]*default="true">/);
    expect(new DOMParserLike(xml).ok).toBe(true);

    expect((await cli(['keys', 'trust', pub, '--data-dir', c])).code).toBe(0);
    // A partial download from an earlier, interrupted check is resumed rather than restarted.
    const inbox = path.join(c, 'packs', 'inbox');
    fs.mkdirSync(inbox, { recursive: true });
    fs.writeFileSync(path.join(inbox, `${feed.items[0]?._cabina.pack_id}-1.cabina.part`), fs.readFileSync(pack).subarray(0, 1000));
    expect((await cli(['feed', 'subscribe', base, '--data-dir', c])).code).toBe(0);
    const checked = await cli(['feed', 'check', '--json', '--data-dir', c]);
    expect(JSON.parse(checked.out)).toMatchObject({ downloaded: 1, errors: [], inbox: [{ status: 'new', title: 'salario' }] });
    expect((await cli(['feed', 'check', '--json', '--data-dir', c])).out).toMatch(/"downloaded": 0/);
  });
});

/** Enough XML well-formedness for the test: balanced tags and the namespace declared on the root. */
class DOMParserLike {
  readonly ok: boolean;
  constructor(xml: string) {
    const stack: string[] = [];
    let ok = true;
    for (const m of xml.matchAll(/<(\/?)([A-Za-z][\w:]*)[^>]*?(\/?)>/g)) {
      if (m[3] === '/') continue;
      if (m[1] === '/') ok &&= stack.pop() === m[2];
      else stack.push(m[2] ?? '');
    }
    this.ok = ok && stack.length === 0;
  }
}
