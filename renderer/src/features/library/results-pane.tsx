import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../i18n/error-message.ts';
import { SegmentList } from './list/segment-list.tsx';
import type { LibrarySearch } from './search/use-library-search.ts';

interface Props {
  search: LibrarySearch;
  selectedId: string | null;
  canClear: boolean;
  onOpen(id: string): void;
  onClear(): void;
  onPickFiles(): void;
}

export function ResultsPane({ search, selectedId, canClear, onOpen, onClear, onPickFiles }: Props) {
  const { t } = useTranslation();
  const headingId = useId();
  const ready = search.status === 'ready';
  return (
    <section className="results" aria-labelledby={headingId} aria-busy={search.busy}>
      <div className="results-header">
        <h2 id={headingId} className="result-count" data-testid="result-count" aria-live="polite">
          {ready ? t(search.totalExact ? 'library.count' : 'library.countMoreThan', { count: search.total }) : t('library.listLabel')}
        </h2>
        {canClear && (
          <button type="button" className="button button-small button-quiet" onClick={onClear}>
            {t('library.filters.clear')}
          </button>
        )}
      </div>
      {search.status === 'loading' && (
        <p className="state-message" data-testid="library-loading">
          {t('common.loading')}
        </p>
      )}
      {search.status === 'error' && (
        <div className="state-message message-error" role="alert" data-testid="library-error">
          <p>{t('library.loadError')}</p>
          <p>{errorMessage(search.error, t)}</p>
          <button type="button" className="button" onClick={search.retry}>
            {t('common.retry')}
          </button>
        </div>
      )}
      {ready && search.total === 0 && search.unfiltered && (
        <div className="state-message empty-state" data-testid="library-empty">
          <h3>{t('library.empty.title')}</h3>
          <p>{t('library.empty.body')}</p>
          <button type="button" className="button button-primary" data-testid="import-button-empty" onClick={onPickFiles}>
            {t('import.button')}
          </button>
        </div>
      )}
      {ready && search.total === 0 && !search.unfiltered && (
        <p className="state-message" data-testid="library-no-results">
          {t('library.noResults')}
        </p>
      )}
      {ready && search.total > 0 && <SegmentList search={search} selectedId={selectedId} onOpen={onOpen} />}
    </section>
  );
}
