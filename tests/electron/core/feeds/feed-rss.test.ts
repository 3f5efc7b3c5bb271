import { describe, expect, it } from 'vitest';
import { mainLanguage, renderRss, type RssEnclosure, type RssItem } from '../../../../electron/core/feeds/feed-rss.ts';

const hex = 'ab'.repeat(32);
function enclosure(lang: string | null, type: RssEnclosure['type'] = 'audio/mpeg'): RssEnclosure {
  return { url: `https://radio.example/media/${lang ?? 'x'}.${type === 'audio/ogg' ? 'ogg' : 'mp3'}`, length: 1000, type, codecs: type === 'audio/ogg' ? 'opus' : null, bitRate: 24_000, lang, title: `${lang ?? ''} & co`, sha256: hex, file: null, target: '/tmp/x' };
}
function item(...enclosures: RssEnclosure[]): RssItem {
  return { guid: 'seg@1', title: 'Salario <mínimo>', description: '', pubDate: '2026-12-01T10:00:00Z', license: 'CC-BY-4.0', enclosures, transcripts: [{ url: 'https://radio.example/t.txt', text: 'x', target: '/tmp/t', lang: 'mix' }], durationSec: 61.4 };
}

describe('the RSS feed (issue #16 item 4: RSS 2.0 language, Podcasting 2.0 alternateEnclosure)', () => {
  const xml = renderRss({ title: 'IREX', link: 'https://radio.example', feedUrl: 'https://radio.example/feed.xml', now: new Date('2026-12-02T00:00:00Z'), language: 'es', items: [item(enclosure('es'), enclosure('mix'), enclosure('mix', 'audio/ogg'))] });

  it('says the channel language once, as BCP 47, and never the non-existent podcast:language', () => {
    expect(xml.match(/<language>/g)).toHaveLength(1);
    expect(xml).toContain('<language>es</language>');
    expect(xml).not.toContain('podcast:language');
  });

  it('lists every language version and the Opus encode as alternateEnclosures with lang, the first the default', () => {
    const alternates = [...xml.matchAll(/<podcast:alternateEnclosure ([^>]*)>\s*<podcast:source uri="([^"]+)"\/>\s*<podcast:integrity type="sri" value="([^"]+)"\/>/g)];
    expect(alternates.map((m) => /lang="([^"]+)"/.exec(m[1] ?? '')?.[1])).toEqual(['es', 'mix', 'mix']);
    expect(alternates[0]?.[1]).toContain('default="true"');
    expect(alternates.filter((m) => m[1]?.includes('default="true"'))).toHaveLength(1);
    expect(alternates[2]?.[1]).toMatch(/type="audio\/ogg" codecs="opus"/);
    expect(alternates[0]?.[3]).toBe(`sha256-${Buffer.from(hex, 'hex').toString('base64')}`);
    // The plain RSS 2.0 enclosure is the default rendition, for readers that know no namespace.
    expect(xml).toContain('<enclosure url="https://radio.example/media/es.mp3" length="1000" type="audio/mpeg"/>');
  });

  it('escapes text and tags transcripts with their language', () => {
    expect(xml).toContain('<title>Salario &lt;mínimo&gt;</title>');
    expect(xml).toContain('title="es &amp; co"');
    expect(xml).toContain('language="mix"');
  });

  it('takes the channel language from what most items open with', () => {
    expect(mainLanguage([item(enclosure('mix')), item(enclosure('mix')), item(enclosure('es'))])).toBe('mix');
    expect(mainLanguage([])).toBe('es');
  });
});
