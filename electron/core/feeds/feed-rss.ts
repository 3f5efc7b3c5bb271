/** One audio file of an item: a language version's MP3 or its Opus encode. */
export interface RssEnclosure {
  url: string;
  length: number;
  /** `audio/mpeg` or `audio/ogg`; `codecs` says which Ogg codec (Podcasting 2.0 alternateEnclosure). */
  type: 'audio/mpeg' | 'audio/ogg';
  codecs: string | null;
  bitRate: number | null;
  /** BCP 47 tag of the spoken language, or null when the version has none. */
  lang: string | null;
  title: string;
  sha256: string;
  file: string | null;
  target: string;
}

/** One item per segment: its default rendition as the RSS 2.0 enclosure, every rendition as alternates. */
export interface RssItem {
  guid: string;
  title: string;
  description: string;
  pubDate: string;
  license: string;
  enclosures: readonly RssEnclosure[];
  transcripts: readonly { url: string; text: string; target: string; lang: string | null }[];
  durationSec: number;
}

export const PODCAST_NS = 'https://podcastindex.org/namespace/1.0';

export function xmlEscape(text: string): string {
  return text.replace(/[<>&"']/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', "'": '&apos;' })[c] ?? c);
}

const e = xmlEscape;

/** SRI wants base64 of the digest; manifests carry hex. */
const sri = (hex: string) => `sha256-${Buffer.from(hex, 'hex').toString('base64')}`;

function alternate(x: RssEnclosure, isDefault: boolean): string {
  const attrs = [
    `type="${x.type}"`,
    x.codecs ? `codecs="${e(x.codecs)}"` : '',
    `length="${x.length}"`,
    x.bitRate ? `bitrate="${x.bitRate}"` : '',
    x.lang ? `lang="${e(x.lang)}"` : '',
    `title="${e(x.title)}"`,
    isDefault ? 'default="true"' : '',
  ].filter(Boolean);
  return [
    `      <podcast:alternateEnclosure ${attrs.join(' ')}>`,
    `        <podcast:source uri="${e(x.url)}"/>`,
    `        <podcast:integrity type="sri" value="${sri(x.sha256)}"/>`,
    '      </podcast:alternateEnclosure>',
  ].join('\n');
}

function renderItem(i: RssItem): string {
  const [main] = i.enclosures;
  return [
    '    <item>',
    `      <guid isPermaLink="false">${e(i.guid)}</guid>`,
    `      <title>${e(i.title)}</title>`,
    `      <description>${e(i.description || i.title)}</description>`,
    `      <pubDate>${new Date(i.pubDate).toUTCString()}</pubDate>`,
    main ? `      <enclosure url="${e(main.url)}" length="${main.length}" type="${main.type}"/>` : '',
    ...i.enclosures.map((x, n) => alternate(x, n === 0)),
    i.license ? `      <podcast:license>${e(i.license)}</podcast:license>` : '',
    ...i.transcripts.map((t) => `      <podcast:transcript url="${e(t.url)}" type="text/plain"${t.lang ? ` language="${e(t.lang)}"` : ''}/>`),
    `      <itunes:duration>${Math.round(i.durationSec)}</itunes:duration>`,
    '    </item>',
  ]
    .filter(Boolean)
    .join('\n');
}

/**
 * RSS 2.0 with the Podcasting 2.0 namespace: what LibreTime/AzuraCast podcast imports read. RSS 2.0
 * has one `<language>` per channel (there is no item language; `podcast:language` does not exist), so
 * the channel says the feed's main language and each language version is a
 * `podcast:alternateEnclosure` with its own `lang`.
 */
export function renderRss(feed: { title: string; link: string; feedUrl: string; now: Date; language: string; items: readonly RssItem[] }): string {
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<rss version="2.0" xmlns:podcast="${PODCAST_NS}" xmlns:itunes="http://www.itunes.com/dtds/podcast-1.0.dtd" xmlns:atom="http://www.w3.org/2005/Atom">`,
    '  <channel>',
    `    <title>${e(feed.title)}</title>`,
    `    <link>${e(feed.link)}</link>`,
    `    <description>${e(feed.title)}</description>`,
    `    <language>${e(feed.language)}</language>`,
    `    <atom:link href="${e(feed.feedUrl)}" rel="self" type="application/rss+xml"/>`,
    `    <lastBuildDate>${feed.now.toUTCString()}</lastBuildDate>`,
    ...feed.items.map(renderItem),
    '  </channel>',
    '</rss>',
    '',
  ].join('\n');
}

/** The channel's language: the one most items open with (Spanish when the feed is empty). */
export function mainLanguage(items: readonly RssItem[]): string {
  const counts = new Map<string, number>();
  for (const i of items) {
    const lang = i.enclosures[0]?.lang;
    if (lang) counts.set(lang, (counts.get(lang) ?? 0) + 1);
  }
  return [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]?.[0] ?? 'es';
}
