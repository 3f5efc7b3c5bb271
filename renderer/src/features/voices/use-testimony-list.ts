import { useCallback, useEffect, useState } from 'react';
import type { MethodOutput } from '../../../../shared/api/contract.ts';
import { TESTIMONY_PAGE } from '../../../../shared/api/methods/voices.ts';
import { useApi } from '../../api/api-context.tsx';
import type { Resource } from '../../hooks/use-async-resource.ts';
import { useLatestResource } from '../../hooks/use-latest-resource.ts';
import type { ListInput } from './voices-filters.ts';

export type TestimonyList = MethodOutput<'voices.list'>;

/** The contract's largest page: "Mostrar más" stops there and the filters narrow instead. */
export const LIST_MAX = 500;

export interface TestimonyListState {
  resource: Resource<TestimonyList>;
  canShowMore: boolean;
  showMore(): void;
  reload(): void;
}

/**
 * The testimonies for the current filters, newest first (the core's order), one page at a time as
 * Producción's board: the latest request wins, and a refresh keeps the list on screen.
 */
export function useTestimonyList(input: ListInput): TestimonyListState {
  const api = useApi();
  const filters = JSON.stringify(input);
  const [limit, setLimit] = useState({ filters, rows: TESTIMONY_PAGE });
  // New filters start again from one page.
  const rows = limit.filters === filters ? limit.rows : TESTIMONY_PAGE;
  const { resource, reload } = useLatestResource(`${filters}/${rows}`, () => api.call('voices.list', { ...input, limit: rows }));

  // An import that finishes, a consent added in another window: the list looks again.
  useEffect(() => api.on('voices.changed', reload), [api, reload]);

  const total = resource.status === 'ready' ? resource.value.total : 0;
  const canShowMore = resource.status === 'ready' && resource.value.rows.length < total && rows < LIST_MAX;
  const showMore = useCallback(() => setLimit({ filters, rows: Math.min(LIST_MAX, rows + TESTIMONY_PAGE) }), [filters, rows]);
  return { resource, reload, canShowMore, showMore };
}
