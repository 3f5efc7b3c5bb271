import { createHash } from 'node:crypto';
import { mkdir, mkdtemp, readdir, rename, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { PackManifest } from '../../../shared/domain/pack-manifest.ts';
import { hashFile } from '../packs/pack-encode.ts';
import { readPack } from '../packs/pack-reader.ts';
import { renderRss, type RssItem } from './feed-rss.ts';

export interface CabinaFeedExtension {
  pack_id: string;
  pack_version: number;
  publisher: { name: string; fingerprint: string };
  size_bytes: number;
  sha256: string;
  segments: { id: string; version: number; languages: string[] }[];
}

const url = (base: string, name: string) => `${base.replace(/\/+$/, '')}/${name.split('/').map(encodeURIComponent).join('/')}`;

/**
 * `cabina feed build DIR` (issue #6): verifies every .cabina in DIR and writes feed.json (JSON Feed
 * 1.1, pack metadata under `_cabina`) and feed.xml (RSS 2.0 + Podcasting 2.0, one item per segment
 * version with its MP3 and script extracted into DIR/media so podcast apps and LibreTime can use them).
 */
export async function buildFeed(dir: string, baseUrl: string, now: Date): Promise<{ packs: number; items: number }> {
  const names = (await readdir(dir)).filter((n) => n.endsWith('.cabina')).sort();
  const media = path.join(dir, 'media');
  await mkdir(media, { recursive: true });
  const jsonItems: unknown[] = [];
  const rssItems: RssItem[] = [];
  let title = 'Cabina';
  for (const name of names) {
    const file = path.join(dir, name);
    const staging = await mkdtemp(path.join(dir, '.feed-'));
    let counter = 0;
    try {
      const pack = await readPack(file, { stagePath: async () => path.join(staging, String(counter++)) });
      const { manifest } = pack;
      title = manifest.publisher.name;
      const whole = await hashFile(file);
      const ext: CabinaFeedExtension = {
        pack_id: manifest.packId,
        pack_version: manifest.packVersion,
        publisher: { name: manifest.publisher.name, fingerprint: manifest.publisher.fingerprint },
        size_bytes: whole.sizeBytes,
        sha256: whole.sha256,
        segments: manifest.segments.map((s) => ({ id: s.id, version: s.version, languages: s.versions.flatMap((v) => (v.languageCode ? [v.languageCode] : [])) })),
      };
      jsonItems.push({
        id: `${manifest.packId}@${manifest.packVersion}`,
        url: url(baseUrl, name),
        title: manifest.title,
        content_text: manifest.description || manifest.title,
        date_published: manifest.createdAt,
        attachments: [{ url: url(baseUrl, name), mime_type: 'application/vnd.cabina.pack+zip', size_in_bytes: whole.sizeBytes, title: manifest.title }],
        _cabina: ext,
      });
      rssItems.push(...(await extractMedia(manifest, pack.staged, pack.scripts, media, baseUrl)));
    } finally {
      await rm(staging, { recursive: true, force: true });
    }
  }
  const feed = {
    version: 'https://jsonfeed.org/version/1.1',
    title,
    home_page_url: baseUrl,
    feed_url: url(baseUrl, 'feed.json'),
    items: jsonItems,
  };
  await writeFile(path.join(dir, 'feed.json'), `${JSON.stringify(feed, null, 2)}\n`);
  await writeFile(path.join(dir, 'feed.xml'), renderRss({ title, link: baseUrl, feedUrl: url(baseUrl, 'feed.xml'), now, items: rssItems }));
  return { packs: names.length, items: rssItems.length };
}

async function extractMedia(manifest: PackManifest, staged: Map<string, string>, scripts: Map<string, string>, media: string, baseUrl: string): Promise<RssItem[]> {
  const items: RssItem[] = [];
  for (const segment of manifest.segments) {
    for (const version of segment.versions) {
      const mp3 = version.audio.find((a) => a.container === 'mp3');
      if (!mp3) continue;
      const script = version.script ? scripts.get(version.script.path) : undefined;
      items.push({
        guid: `${segment.id}@${segment.version}/${version.languageCode ?? 'und'}`,
        title: segment.title,
        description: segment.description,
        pubDate: manifest.createdAt,
        language: version.languageCode,
        license: segment.license,
        enclosure: { url: url(baseUrl, `media/${mp3.sha256}.mp3`), length: mp3.sizeBytes, file: staged.get(mp3.path) ?? null, target: path.join(media, `${mp3.sha256}.mp3`) },
        transcript: script === undefined ? null : transcriptOf(script, media, baseUrl),
        durationSec: version.durationSec,
      });
    }
  }
  for (const item of items) {
    if (item.enclosure.file && !(await exists(item.enclosure.target))) await rename(item.enclosure.file, item.enclosure.target);
    if (item.transcript) await writeFile(item.transcript.target, item.transcript.text);
  }
  return items;
}

function transcriptOf(text: string, media: string, baseUrl: string): RssItem['transcript'] {
  const name = `${createHash('sha256').update(text).digest('hex')}.txt`;
  return { url: url(baseUrl, `media/${name}`), text, target: path.join(media, name) };
}

async function exists(file: string): Promise<boolean> {
  return stat(file).then(
    () => true,
    () => false,
  );
}
