import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { SearchFilters } from '../../../../../shared/api/contract.ts';
import type { SegmentSummary } from '../../../../../shared/domain/segment.ts';
import { useApi } from '../../../api/api-context.tsx';
import { noFilters, toSearchFilters, type LibraryFilters } from './library-filters.ts';
import { useDebouncedValue } from '../../../hooks/use-debounced-value.ts';

export const PAGE_SIZE = 100;
export const SEARCH_DEBOUNCE_MS = 120;
/** Imports fire `library.changed` per file; one refresh per burst is enough. */
const CHANGE_COALESCE_MS = 250;

export interface LibrarySearch {
  status: 'loading' | 'ready' | 'error';
  /** A newer query is on its way; the results shown belong to the previous one. */
  busy: boolean;
  total: number;
  /** False: more than `total` match (the core stops counting past the page; the list grows as it scrolls). */
  totalExact: boolean;
  error: unknown;
  /** Changes with every answered query, so the list re-requests the pages it shows. */
  generation: number;
  /** Changes only when the query or filters change (not on refresh): the list scrolls to the top then. */
  paramsKey: string;
  /** The results shown are for an empty query and no filters: zero of them means an empty library. */
  unfiltered: boolean;
  getItem(index: number): SegmentSummary | undefined;
  /** Fetch whatever pages of [start, end] are missing (the virtual list calls this as it scrolls). */
  ensureRange(start: number, end: number): void;
  retry(): void;
}

interface State {
  status: LibrarySearch['status'];
  busy: boolean;
  total: number;
  totalExact: boolean;
  pages: ReadonlyMap<number, SegmentSummary[]>;
  error: unknown;
  generation: number;
  paramsKey: string;
  unfiltered: boolean;
}

const initialState: State = { status: 'loading', busy: true, total: 0, totalExact: true, pages: new Map(), error: null, generation: 0, paramsKey: '', unfiltered: true };

/**
 * Results as you type, latest request wins: every query gets a generation number and any answer for
 * an older generation is dropped, so a slow "mi" can never overwrite a fast "migra".
 */
export function useLibrarySearch(query: string, filters: LibraryFilters): LibrarySearch {
  const api = useApi();
  const debouncedQuery = useDebouncedValue(query, SEARCH_DEBOUNCE_MS);
  const filtersKey = JSON.stringify(toSearchFilters(filters));
  const [refreshTick, setRefreshTick] = useState(0);
  const [state, setState] = useState<State>(initialState);
  const generationRef = useRef(0);
  const inFlight = useRef(new Set<number>());
  const stateRef = useRef(state);
  const paramsRef = useRef<{ query: string; filters: SearchFilters }>({ query: '', filters: toSearchFilters(filters) });

  useEffect(() => {
    stateRef.current = state;
  }, [state]);

  useEffect(() => {
    const generation = ++generationRef.current;
    const params = { query: debouncedQuery.trim(), filters: JSON.parse(filtersKey) as SearchFilters };
    paramsRef.current = params;
    inFlight.current = new Set([0]);
    setState((s) => ({ ...s, busy: true }));
    api.call('library.search', { ...params, offset: 0, limit: PAGE_SIZE }).then(
      (page) => {
        if (generation !== generationRef.current) return;
        inFlight.current.delete(0);
        const paramsKey = JSON.stringify(params);
        const unfiltered = params.query === '' && JSON.stringify(params.filters) === JSON.stringify(toSearchFilters(noFilters));
        setState({ status: 'ready', busy: false, total: page.total, totalExact: page.totalExact, pages: new Map([[0, page.items]]), error: null, generation, paramsKey, unfiltered });
      },
      (error: unknown) => {
        if (generation !== generationRef.current) return;
        setState((s) => ({ ...s, status: 'error', busy: false, error }));
      },
    );
  }, [api, debouncedQuery, filtersKey, refreshTick]);

  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | null = null;
    const off = api.on('library.changed', () => {
      if (timer) return;
      timer = setTimeout(() => {
        timer = null;
        setRefreshTick((n) => n + 1);
      }, CHANGE_COALESCE_MS);
    });
    return () => {
      off();
      if (timer) clearTimeout(timer);
    };
  }, [api]);

  const ensureRange = useCallback(
    (start: number, end: number) => {
      const current = stateRef.current;
      if (current.status !== 'ready' || current.generation !== generationRef.current) return;
      const last = Math.min(end, current.total - 1);
      for (let page = Math.floor(Math.max(0, start) / PAGE_SIZE); page * PAGE_SIZE <= last; page++) {
        if (current.pages.has(page) || inFlight.current.has(page)) continue;
        inFlight.current.add(page);
        const generation = generationRef.current;
        api.call('library.search', { ...paramsRef.current, offset: page * PAGE_SIZE, limit: PAGE_SIZE }).then(
          (result) => {
            if (generation !== generationRef.current) return;
            inFlight.current.delete(page);
            // A capped count grows with the page asked; an earlier page answering late must not shrink it.
            setState((s) => ({
              ...s,
              total: result.totalExact ? result.total : Math.max(s.total, result.total),
              totalExact: result.totalExact,
              pages: new Map(s.pages).set(page, result.items),
            }));
          },
          () => {
            // A page that fails stays a placeholder; scrolling past it again retries.
            if (generation === generationRef.current) inFlight.current.delete(page);
          },
        );
      }
    },
    [api],
  );

  const retry = useCallback(() => setRefreshTick((n) => n + 1), []);

  return useMemo(
    () => ({
      status: state.status,
      busy: state.busy || query !== debouncedQuery,
      total: state.total,
      totalExact: state.totalExact,
      error: state.error,
      generation: state.generation,
      paramsKey: state.paramsKey,
      unfiltered: state.unfiltered,
      getItem: (index: number) => state.pages.get(Math.floor(index / PAGE_SIZE))?.[index % PAGE_SIZE],
      ensureRange,
      retry,
    }),
    [state, query, debouncedQuery, ensureRange, retry],
  );
}
