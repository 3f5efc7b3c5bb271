import { useCallback, useEffect, useState } from 'react';
import type { MethodOutput } from '../../../../shared/api/contract.ts';
import { BOARD_MAX, BOARD_PAGE } from '../../../../shared/api/methods/production.ts';
import { useApi } from '../../api/api-context.tsx';
import type { Resource } from '../../hooks/use-async-resource.ts';
import { useLatestResource } from '../../hooks/use-latest-resource.ts';
import type { BoardInput } from './production-filters.ts';

export type Board = MethodOutput<'production.board'>;


export interface ProductionBoard {
  resource: Resource<Board>;
  /** Shows BOARD_PAGE more rows (up to BOARD_MAX); false when there is nothing more it can show. */
  canShowMore: boolean;
  showMore(): void;
  /** Asks again with the same filters: the retry button, and after this page changed something. */
  reload(): void;
}

/**
 * The board for the current filters. The latest request wins (a slow answer for an older filter is
 * dropped), and a refresh keeps the table on screen until the new answer arrives so the board does
 * not flash "loading" each time someone in the station moves a task.
 */
export function useProductionBoard(input: BoardInput): ProductionBoard {
  const api = useApi();
  const filters = JSON.stringify(input);
  const [limit, setLimit] = useState({ filters, rows: BOARD_PAGE });
  // New filters start again from one page.
  const rows = limit.filters === filters ? limit.rows : BOARD_PAGE;
  const { resource, reload } = useLatestResource(`${filters}/${rows}`, () => api.call('production.board', { ...input, limit: rows }));

  // Other windows and the core (a script saved, a task moved) change the board under us.
  useEffect(() => api.on('production.changed', reload), [api, reload]);

  const total = resource.status === 'ready' ? resource.value.total : 0;
  const canShowMore = resource.status === 'ready' && resource.value.rows.length < total && rows < BOARD_MAX;
  const showMore = useCallback(() => setLimit({ filters, rows: Math.min(BOARD_MAX, rows + BOARD_PAGE) }), [filters, rows]);
  return { resource, reload, canShowMore, showMore };
}
