export interface RssItem {
  guid: string;
  title: string;
  description: string;
  pubDate: string;
  language: string | null;
  license: string;
  enclosure: { url: string; length: number; file: string | null; target: string };
  transcript: { url: string; text: string; target: string } | null;
  durationSec: number;
}

export const PODCAST_NS = 'https://podcastindex.org/namespace/1.0';

export function xmlEscape(text: string): string {
  return text.replace(/[<>&"']/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', "'": '&apos;' })[c] ?? c);
}

/** RSS 2.0 with the Podcasting 2.0 namespace: what LibreTime/AzuraCast podcast imports read. */
export function renderRss(feed: { title: string; link: string; feedUrl: string; now: Date; items: readonly RssItem[] }): string {
  const e = xmlEscape;
  const items = feed.items.map((i) =>
    [
      '    <item>',
      `      <guid isPermaLink="false">${e(i.guid)}</guid>`,
      `      <title>${e(i.title)}</title>`,
      `      <description>${e(i.description || i.title)}</description>`,
      `      <pubDate>${new Date(i.pubDate).toUTCString()}</pubDate>`,
      `      <enclosure url="${e(i.enclosure.url)}" length="${i.enclosure.length}" type="audio/mpeg"/>`,
      i.language ? `      <podcast:language>${e(i.language)}</podcast:language>` : '',
      i.license ? `      <podcast:license>${e(i.license)}</podcast:license>` : '',
      i.transcript ? `      <podcast:transcript url="${e(i.transcript.url)}" type="text/plain"${i.language ? ` language="${e(i.language)}"` : ''}/>` : '',
      `      <itunes:duration>${Math.round(i.durationSec)}</itunes:duration>`,
      '    </item>',
    ]
      .filter(Boolean)
      .join('\n'),
  );
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<rss version="2.0" xmlns:podcast="${PODCAST_NS}" xmlns:itunes="http://www.itunes.com/dtds/podcast-1.0.dtd" xmlns:atom="http://www.w3.org/2005/Atom">`,
    '  <channel>',
    `    <title>${e(feed.title)}</title>`,
    `    <link>${e(feed.link)}</link>`,
    `    <description>${e(feed.title)}</description>`,
    '    <language>es-MX</language>',
    `    <atom:link href="${e(feed.feedUrl)}" rel="self" type="application/rss+xml"/>`,
    `    <lastBuildDate>${feed.now.toUTCString()}</lastBuildDate>`,
    ...items,
    '  </channel>',
    '</rss>',
    '',
  ].join('\n');
}
