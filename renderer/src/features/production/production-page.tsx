import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AudioPlayerProvider } from '../../components/audio-player.tsx';
import { CatalogsGate } from '../../components/catalogs-gate.tsx';
import { SpokenHelpButton } from '../../components/spoken-help-button.tsx';
import { useDebouncedValue } from '../../hooks/use-debounced-value.ts';
import '../../styles/production.css';
import { BoardPane } from './board-pane.tsx';
import { FilterBar } from './filter-bar.tsx';
import { hasFilters, noFilters, toBoardInput, type ProductionFilters } from './production-filters.ts';
import type { Selection } from './production-types.ts';
import { SegmentPanel } from './segment-panel.tsx';
import { useProductionBoard } from './use-production-board.ts';

/** Typing in the search box asks once per pause, not once per letter. */
const QUERY_DEBOUNCE_MS = 200;


/** Producción (issue #14): the board of segments × languages, and a side panel for one segment. */
export function ProductionPage() {
  // Column headers and every language picker name languages from the catalog.
  return (
    <CatalogsGate testId="production-catalogs-loading">
      {/* Review listens to takes here (issue #14 §1). */}
      <AudioPlayerProvider>
        <ProductionView />
      </AudioPlayerProvider>
    </CatalogsGate>
  );
}

function ProductionView() {
  const { t } = useTranslation();
  const [filters, setFilters] = useState<ProductionFilters>(noFilters);
  const query = useDebouncedValue(filters.query, QUERY_DEBOUNCE_MS);
  const input = useMemo(() => toBoardInput({ ...filters, query }), [filters, query]);
  const board = useProductionBoard(input);
  const [selection, setSelection] = useState<Selection | null>(null);

  return (
    <div className={selection ? 'production with-panel' : 'production'} data-testid="production-page">
      <div className="production-main">
        <div className="production-toolbar">
          <h1>{t('production.title')}</h1>
          <SpokenHelpButton target="page.production" />
          <p className="muted small production-intro">{t('production.intro')}</p>
        </div>
        <FilterBar filters={filters} onChange={setFilters} />
        <BoardPane
          board={board}
          filtered={hasFilters(filters)}
          selectedSegmentId={selection?.segmentId ?? null}
          onClearFilters={() => setFilters(noFilters)}
          onOpenSegment={(segmentId) => setSelection({ segmentId, taskId: null })}
          onOpenTask={(segmentId, taskId) => setSelection({ segmentId, taskId })}
        />
      </div>
      {selection && (
        <SegmentPanel
          // A different segment starts from its own state (its script draft, its messages).
          key={selection.segmentId}
          selection={selection}
          onSelect={setSelection}
          onClose={() => setSelection(null)}
          onChanged={board.reload}
        />
      )}
    </div>
  );
}
