import { createHash } from 'node:crypto';
import { mkdir, mkdtemp, readdir, rename, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { bcp47FromIso6393 } from '../../../shared/domain/language-tag.ts';
import type { PackAudio, PackManifest, PackVersion } from '../../../shared/domain/pack-manifest.ts';
import { hashFile } from '../packs/pack-encode.ts';
import { readPack } from '../packs/pack-reader.ts';
import { RECEIPT_EXT, receiptFeedItem, type DescribeReceipt } from './feed-receipts.ts';
import { mainLanguage, renderRss, type RssEnclosure, type RssItem } from './feed-rss.ts';

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
 * Station receipts lying in DIR are listed in feed.json too, for an IREX office subscribed to it.
 */
export async function buildFeed(dir: string, baseUrl: string, now: Date, describeReceipt: DescribeReceipt): Promise<{ packs: number; receipts: number; items: number }> {
  const all = (await readdir(dir)).sort();
  const names = all.filter((n) => n.endsWith('.cabina'));
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
  // Receipts dropped into the folder (issue #13 §2): verified here, so a feed never offers a bad one.
  const receipts = all.filter((n) => n.endsWith(RECEIPT_EXT));
  for (const name of receipts) {
    const file = path.join(dir, name);
    const summary = await describeReceipt(file);
    if (names.length === 0) title = summary.stationName;
    jsonItems.push(receiptFeedItem(summary, await hashFile(file), url(baseUrl, name)));
  }
  const feed = {
    version: 'https://jsonfeed.org/version/1.1',
    title,
    home_page_url: baseUrl,
    feed_url: url(baseUrl, 'feed.json'),
    items: jsonItems,
  };
  await writeFile(path.join(dir, 'feed.json'), `${JSON.stringify(feed, null, 2)}\n`);
  await writeFile(path.join(dir, 'feed.xml'), renderRss({ title, link: baseUrl, feedUrl: url(baseUrl, 'feed.xml'), now, language: mainLanguage(rssItems), items: rssItems }));
  return { packs: names.length, receipts: receipts.length, items: rssItems.length };
}

async function extractMedia(manifest: PackManifest, staged: Map<string, string>, scripts: Map<string, string>, media: string, baseUrl: string): Promise<RssItem[]> {
  const items: RssItem[] = [];
  for (const segment of manifest.segments) {
    // Spanish opens the item when there is a Spanish version (what most podcast apps play by default).
    const versions = [...segment.versions].sort((a, b) => Number(b.languageCode === 'spa') - Number(a.languageCode === 'spa'));
    const enclosures = versions.flatMap((v) => listenable(v).flatMap((a) => enclosureOf(v, a, staged, media, baseUrl)));
    if (enclosures.length === 0) continue;
    const transcripts = versions.flatMap((v) => {
      const text = v.script ? scripts.get(v.script.path) : undefined;
      return text === undefined ? [] : [{ ...transcriptOf(text, media, baseUrl), lang: v.languageCode ? bcp47FromIso6393(v.languageCode) : null }];
    });
    items.push({
      guid: `${segment.id}@${segment.version}`,
      title: segment.title,
      description: segment.description,
      pubDate: manifest.createdAt,
      license: segment.license,
      enclosures,
      transcripts,
      durationSec: versions[0]?.durationSec ?? 0,
    });
  }
  for (const item of items) {
    for (const x of item.enclosures) if (x.file && !(await exists(x.target))) await rename(x.file, x.target);
    for (const t of item.transcripts) await writeFile(t.target, t.text);
  }
  return items;
}

/** A version's encodes; its master only when it is an MP3 and no MP3 encode travels beside it. */
function listenable(v: PackVersion): PackAudio[] {
  const encodes = v.audio.filter((a) => a.role !== 'master');
  const masterMp3 = encodes.some((a) => a.container === 'mp3') ? [] : v.audio.filter((a) => a.role === 'master' && a.container === 'mp3');
  return [...masterMp3, ...encodes].sort((a, b) => Number(b.container === 'mp3') - Number(a.container === 'mp3'));
}

function enclosureOf(v: PackVersion, a: PackAudio, staged: Map<string, string>, media: string, baseUrl: string): RssEnclosure[] {
  const type = a.container === 'mp3' ? 'audio/mpeg' : a.container === 'ogg' || a.container === 'opus' ? 'audio/ogg' : null;
  if (!type) return [];
  const ext = type === 'audio/mpeg' ? 'mp3' : 'ogg';
  const name = `${a.sha256}.${ext}`;
  const language = v.languageName ?? v.languageCode ?? '';
  return [
    {
      url: url(baseUrl, `media/${name}`),
      length: a.sizeBytes,
      type,
      codecs: type === 'audio/ogg' ? a.codec : null,
      bitRate: a.bitRate,
      lang: v.languageCode ? bcp47FromIso6393(v.languageCode) : null,
      title: [language, ext === 'mp3' ? 'MP3' : 'Opus'].filter(Boolean).join(' · '),
      sha256: a.sha256,
      file: staged.get(a.path) ?? null,
      target: path.join(media, name),
    },
  ];
}

function transcriptOf(text: string, media: string, baseUrl: string): { url: string; text: string; target: string } {
  const name = `${createHash('sha256').update(text).digest('hex')}.txt`;
  return { url: url(baseUrl, `media/${name}`), text, target: path.join(media, name) };
}

async function exists(file: string): Promise<boolean> {
  return stat(file).then(
    () => true,
    () => false,
  );
}
