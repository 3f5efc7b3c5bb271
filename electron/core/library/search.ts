import type { ParsedInput } from '../../../shared/api/contract.ts';
import type { SegmentSummary } from '../../../shared/domain/segment.ts';
import { foldForSearch, searchTokens } from '../../../shared/text/fold.ts';
import { timed, type Database } from '../db/database.ts';
import { prepared } from '../db/statement-cache.ts';
import { addDays, untilRangeTokens } from './date-facets.ts';
import { facetToken } from './search-document.ts';
import { summarySql, toSummary, type SummaryRow } from './segment-summaries.ts';

export type SearchInput = ParsedInput<'library.search'>;
export interface SearchResult {
  /** Matches counted; when `totalExact` is false there are more than this many. */
  total: number;
  totalExact: boolean;
  items: SegmentSummary[];
}

/**
 * `"tok"*`: a quoted string is never FTS5 syntax (OR, NEAR, *, parentheses, column filters), so
 * whatever the user types can only ever be a prefix to look for. Doubling `"` is FTS5's escape.
 */
function prefixTerm(token: string): string {
  return `"${token.replace(/"/g, '""')}"*`;
}

function anyOf(tokens: readonly string[]): string {
  return `(${tokens.map((t) => `"${t.replace(/"/g, '""')}"`).join(' OR ')})`;
}

/** The FTS5 expression for the typed words (every word a prefix, all required), or null when none. */
export function textMatchExpression(query: string): string | null {
  const tokens = [...new Set(searchTokens(foldForSearch(query)))];
  return tokens.length > 0 ? tokens.map(prefixTerm).join(' AND ') : null;
}

/**
 * Above this many matches bm25 is not computed. bm25 walks every query term's whole doclist for
 * its IDF and scores each match, so a page ranked over thousands of matches of common words costs
 * 8–15 ms on a fast machine (more on a station PC), and a query matching thousands of segments does
 * not single any out anyway. Such results come most recently changed first, which costs nothing.
 * Measured with scripts/bench/search-bench.ts.
 */
export const RANKED_MATCH_LIMIT = 2000;

/**
 * How far past the page a match count goes (issue #16). Counting every match of two common words
 * walks and intersects their whole doclists, 7–11 ms of a 10⁵-segment library, to print "62 657"
 * where "more than 2 000" says as much; nobody scrolls that far, they type another word. The count
 * stops past the ranking limit and at least this far past the page asked, so the list grows as it
 * scrolls and every page that exists can still be reached.
 */
export const COUNT_AHEAD = 1000;

/** The count's stop: past the ranking limit (so `ranked` is decided exactly) and past the page. */
export function countLimit(offset: number, limit: number): number {
  return Math.max(RANKED_MATCH_LIMIT, offset + limit + COUNT_AHEAD) + 1;
}

/** The FTS5 expression for the typed words and filters together, or null when there are neither. */
export function matchExpression(input: SearchInput, today: string): { expression: string; hasText: boolean } | null {
  const { filters } = input;
  const text = textMatchExpression(input.query);
  const until =
    filters.expiringWithinDays === null ? null : untilRangeTokens(today, addDays(today, filters.expiringWithinDays));
  const parts = [
    text,
    filters.languages.length > 0 ? anyOf(filters.languages.map((v) => facetToken('lang', v))) : null,
    filters.regions.length > 0 ? anyOf(filters.regions.map((v) => facetToken('state', v))) : null,
    filters.topics.length > 0 ? anyOf(filters.topics.map((v) => facetToken('topic', v))) : null,
    filters.statuses.length > 0 ? anyOf(filters.statuses.map((v) => facetToken('status', v))) : null,
    until ? anyOf(until) : null,
  ].filter((part): part is string => part !== null);
  return parts.length > 0 ? { expression: parts.join(' AND '), hasText: text !== null } : null;
}

const RECENT_ORDER = 'page.seq DESC';

/**
 * library.search: typed words (folded, each a prefix, all required) and filters (AND across kinds,
 * OR within one) are one FTS5 MATCH. Results: bm25 then most recently changed, or only the latter
 * with no words or more than RANKED_MATCH_LIMIT matches. `today` is the station's civil date for
 * "expiring within N days".
 */
export function searchSegments(db: Database, input: SearchInput, today: string): SearchResult {
  const match = matchExpression(input, today);
  return timed(db, 'library.search', () => {
    if (match === null) {
      // The table's own count is cheap (its smallest index), so it stays exact.
      const total = prepared(db, 'SELECT count(*) FROM segments').pluck().get() as number;
      const sql = summarySql('SELECT seq FROM segments ORDER BY seq DESC LIMIT ? OFFSET ?', RECENT_ORDER);
      return page(db, sql, [], total, true, input);
    }
    const stop = countLimit(input.offset, input.limit);
    const counted = prepared(db, 'SELECT count(*) FROM (SELECT 1 FROM segments_fts WHERE segments_fts MATCH ? LIMIT ?)').pluck().get(match.expression, stop) as number;
    const totalExact = counted < stop;
    // Capped: there are more than `stop - 1`, which is what the result says.
    const total = totalExact ? counted : stop - 1;
    const ranked = match.hasText && totalExact && total <= RANKED_MATCH_LIMIT;
    const sql = ranked
      ? summarySql(
          'SELECT rowid AS seq, rank FROM segments_fts WHERE segments_fts MATCH ? ORDER BY rank, rowid DESC LIMIT ? OFFSET ?',
          'page.rank, page.seq DESC',
        )
      : summarySql('SELECT rowid AS seq FROM segments_fts WHERE segments_fts MATCH ? ORDER BY rowid DESC LIMIT ? OFFSET ?', RECENT_ORDER);
    return page(db, sql, [match.expression], total, totalExact, input);
  });
}

function page(db: Database, sql: string, params: unknown[], total: number, totalExact: boolean, input: SearchInput): SearchResult {
  if (total === 0 || input.offset >= total) return { total, totalExact, items: [] };
  const rows = prepared(db, sql).all(...params, input.limit, input.offset) as SummaryRow[];
  return { total, totalExact, items: rows.map(toSummary) };
}
