import type { SearchFilters } from '../../shared/api/contract.ts';
import { createRng, pick, type Rng } from './synthetic-library.ts';
import { FILLERS, LANGUAGES, SENTENCES, STATES, TITLE_TEMPLATES, TOPICS } from './synthetic-vocabulary.ts';

export type QueryKind = 'words' | 'words+filters' | 'filters-only';

export interface BenchQuery {
  kind: QueryKind;
  query: string;
  filters: SearchFilters;
}

const NO_FILTERS: SearchFilters = { languages: [], regions: [], topics: [], statuses: [], expiringWithinDays: null };

// Words a producer would look for: the library's own vocabulary, not stop words.
function vocabulary(): string[] {
  const text = [...SENTENCES, ...TITLE_TEMPLATES, ...Object.values(FILLERS).flat(), ...STATES.map((s) => s.name)].join(' ');
  const words = text.replace(/\{\w+\}/g, ' ').match(/[\p{L}'’]+/gu) ?? [];
  return [...new Set(words.filter((w) => w.length >= 4 && !/^(para|como|debe|sobre|cada|pero|nunca|antes)$/i.test(w)))];
}

const APOSTROPHE_VARIANTS = ["n'aa", 'nꞌaa', 'n’aa', 'nʼaa', 'naa', "tu'un", 'tu’un', 'tuun', "k'op", 'me’phaa', 'mephaa'];

/** As typed: often unaccented, sometimes capitalised, the last word often cut short. */
function typed(rng: Rng, words: string[]): string {
  return words
    .map((word, i) => {
      let w = rng() < 0.6 ? word.normalize('NFD').replace(/\p{M}/gu, '') : word;
      if (rng() < 0.2) w = w.charAt(0).toUpperCase() + w.slice(1);
      if (i === words.length - 1 && rng() < 0.5 && w.length > 3) w = w.slice(0, 3 + Math.floor(rng() * (w.length - 3)));
      return w;
    })
    .join(' ');
}

function phrase(rng: Rng, vocab: string[]): string[] {
  const roll = rng();
  const count = roll < 0.5 ? 1 : roll < 0.85 ? 2 : 3;
  if (count === 1) return [pick(rng, vocab)];
  // Neighbouring words of one sentence, as a producer remembers a message.
  const words = (pick(rng, SENTENCES).replace(/\{\w+\}/g, ' ').match(/[\p{L}]{3,}/gu) ?? []).filter((w) => w.length >= 4);
  const start = Math.floor(rng() * Math.max(1, words.length - count));
  const picked = words.slice(start, start + count);
  return picked.length > 0 ? picked : [pick(rng, vocab)];
}

function randomFilters(rng: Rng): SearchFilters {
  const filters: SearchFilters = { ...NO_FILTERS, languages: [], regions: [], topics: [], statuses: [] };
  const kinds = 1 + Math.floor(rng() * 2);
  for (let i = 0; i < kinds; i += 1) {
    const kind = Math.floor(rng() * 5);
    if (kind === 0) filters.languages.push(pick(rng, LANGUAGES).code);
    if (kind === 1) filters.regions.push(...new Set([pick(rng, STATES).code, ...(rng() < 0.3 ? [pick(rng, STATES).code] : [])]));
    if (kind === 2) filters.topics.push(pick(rng, TOPICS).id);
    if (kind === 3) filters.statuses.push(pick(rng, ['draft', 'ready', 'approved', 'archived'] as const));
    if (kind === 4) filters.expiringWithinDays = pick(rng, [7, 30, 30, 90]);
  }
  return filters;
}

/** The bench's query mix: 60 words only, 25 words + filters, 15 filters with an empty box. */
export function benchQueries(count = 100, seed = 7): BenchQuery[] {
  const rng = createRng(seed);
  const vocab = vocabulary();
  const queries: BenchQuery[] = [];
  for (let i = 0; i < count; i += 1) {
    const slot = i % 20;
    if (slot < 12) {
      const query = slot === 0 ? pick(rng, APOSTROPHE_VARIANTS) : typed(rng, phrase(rng, vocab));
      queries.push({ kind: 'words', query, filters: NO_FILTERS });
    } else if (slot < 17) {
      queries.push({ kind: 'words+filters', query: typed(rng, phrase(rng, vocab)), filters: randomFilters(rng) });
    } else {
      queries.push({ kind: 'filters-only', query: '', filters: randomFilters(rng) });
    }
  }
  return queries;
}
