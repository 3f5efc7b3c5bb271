import type { SegmentStatus } from '../../../shared/domain/segment.ts';
import { foldForSearch, searchTokens } from '../../../shared/text/fold.ts';
import type { CatalogIndex } from '../catalog/load-catalogs.ts';
import { untilTokens } from './date-facets.ts';

/** What the search document is built from: the searchable parts of a segment and its versions. */
export interface SearchSource {
  title: string;
  description: string;
  status: SegmentStatus;
  validUntil: string | null;
  topics: readonly string[];
  versions: readonly {
    languageCode: string | null;
    script: string;
    regions: readonly { stateCode: string; place: string | null }[];
  }[];
}

/** The two columns of `segments_fts` (schema v1): folded words, and filter tokens. */
export interface SearchDocument {
  body: string;
  facets: string;
}

export type FacetKind = 'lang' | 'state' | 'topic' | 'status' | 'until';

/**
 * One filter token ("_lang_xty", "_topic_labor-rights"). Body words never contain '_' (they are
 * runs of letters, digits and apostrophes), so no typed word, even as a prefix, can match a facet,
 * and no facet can match a body word: queries need no column filters, which would make FTS5 read
 * position lists (2–3× slower on common words).
 */
export function facetToken(kind: FacetKind, value: string): string {
  return `_${kind}_${value}`;
}

/**
 * Folded words of a text. A word with an apostrophe is also given without it, so "naa" and "n'aa"
 * both find "n'aa" (Indigenous orthographies; not every keyboard has the glottal-stop letter).
 */
export function indexWords(text: string): string[] {
  const words: string[] = [];
  for (const token of searchTokens(foldForSearch(text))) {
    words.push(token);
    if (token.includes("'")) words.push(token.replace(/'+/g, ''));
  }
  return words;
}

export function buildSearchDocument(source: SearchSource, catalogs: CatalogIndex): SearchDocument {
  const parts: string[] = [source.title, source.description];
  const facets = new Set<string>([facetToken('status', source.status), ...(source.validUntil ? untilTokens(source.validUntil) : [])]);

  for (const topicId of source.topics) {
    facets.add(facetToken('topic', topicId));
    const topic = catalogs.topics.get(topicId);
    if (topic) parts.push(topic.nameEs, topic.nameEn);
  }

  // Catalog names are added once per segment even when several versions share a language or state.
  const languages = new Set<string>();
  const states = new Set<string>();
  for (const version of source.versions) {
    parts.push(version.script);
    if (version.languageCode) languages.add(version.languageCode);
    for (const region of version.regions) {
      states.add(region.stateCode);
      if (region.place) parts.push(region.place);
    }
  }
  for (const code of languages) {
    facets.add(facetToken('lang', code));
    const language = catalogs.languages.get(code);
    if (language) parts.push(language.nameEs, language.nameEn, language.autonym ?? '', language.group);
  }
  for (const code of states) {
    facets.add(facetToken('state', code));
    const state = catalogs.states.get(code);
    if (state) parts.push(state.name);
  }

  return { body: parts.flatMap(indexWords).join(' '), facets: [...facets].join(' ') };
}
