import { LoadError } from '../../components/load-error.tsx';
import { useTranslation } from 'react-i18next';
import { TestimonyRow } from './testimony-row.tsx';
import type { TestimonyListState } from './use-testimony-list.ts';

interface Props {
  list: TestimonyListState;
  filtered: boolean;
  selectedId: string | null;
  onOpen(id: string): void;
  onClearFilters(): void;
}

/** The list's states: loading, an error with a retry, none yet (and how to start), nothing matching, the rows. */
export function TestimonyList({ list, filtered, selectedId, onOpen, onClearFilters }: Props) {
  const { t } = useTranslation();
  const { resource } = list;
  if (resource.status === 'loading') {
    return (
      <p className="state-message" role="status" data-testid="voices-loading">
        {t('voices.list.loading')}
      </p>
    );
  }
  if (resource.status === 'error') {
    return (
      <LoadError title={t('voices.list.loadError')} error={resource.error} onRetry={list.reload} testId="voices-error" retryTestId="voices-retry" />
    );
  }
  const { value } = resource;
  if (value.total === 0 && !filtered) {
    return (
      <div className="state-message" data-testid="voices-empty">
        <p>{t('voices.list.empty')}</p>
        <p className="muted">{t('voices.list.emptyHow')}</p>
      </div>
    );
  }
  if (value.total === 0) {
    return (
      <div className="state-message" data-testid="voices-no-match">
        <p>{t('voices.list.noMatch')}</p>
        <button type="button" className="button" onClick={onClearFilters}>
          {t('voices.list.clearFilters')}
        </button>
      </div>
    );
  }
  return (
    <div className="voices-list-scroll">
      <p className="voices-count" data-testid="voices-count" aria-live="polite">
        {t('voices.list.count', { count: value.total })}
        {value.rows.length < value.total && <> {t('voices.list.shown', { shown: value.rows.length })}</>}
      </p>
      <ul className="voices-list" aria-label={t('voices.list.label')} data-testid="voices-list">
        {value.rows.map((row) => (
          <TestimonyRow key={row.id} row={row} selected={row.id === selectedId} onOpen={onOpen} />
        ))}
      </ul>
      {list.canShowMore && (
        <button type="button" className="button voices-show-more" data-testid="voices-show-more" onClick={list.showMore}>
          {t('voices.list.showMore')}
        </button>
      )}
    </div>
  );
}
