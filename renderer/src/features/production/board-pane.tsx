import { LoadError } from '../../components/load-error.tsx';
import { useTranslation } from 'react-i18next';
import { useNavigation } from '../../app/navigation.tsx';
import { BoardTable } from './board-table.tsx';
import type { ProductionBoard } from './use-production-board.ts';

interface Props {
  board: ProductionBoard;
  filtered: boolean;
  selectedSegmentId: string | null;
  onClearFilters(): void;
  onOpenSegment(segmentId: string): void;
  onOpenTask(segmentId: string, taskId: string): void;
}

/** The board's states: loading, an error with a retry, no segments at all, nothing matching, the table. */
export function BoardPane({ board, filtered, selectedSegmentId, onClearFilters, onOpenSegment, onOpenTask }: Props) {
  const { t } = useTranslation();
  const { go } = useNavigation();
  const { resource } = board;
  if (resource.status === 'loading') {
    return (
      <p className="state-message" role="status" data-testid="production-loading">
        {t('production.board.loading')}
      </p>
    );
  }
  if (resource.status === 'error') {
    return (
      <LoadError title={t('production.board.loadError')} error={resource.error} onRetry={board.reload} testId="production-error" retryTestId="production-retry" />
    );
  }
  const { value } = resource;
  if (value.total === 0 && !filtered) {
    // Segments are born in the Library (import or record); the board only follows them.
    return (
      <div className="state-message" data-testid="production-empty">
        <p>{t('production.board.empty')}</p>
        <button type="button" className="button" data-testid="production-go-library" onClick={() => go('library')}>
          {t('production.board.goLibrary')}
        </button>
      </div>
    );
  }
  return (
    <>
      <p className="production-count" data-testid="production-count" aria-live="polite">
        {t('production.board.count', { count: value.total })}
        {value.rows.length < value.total && <> {t('production.board.shown', { shown: value.rows.length })}</>}
      </p>
      {value.total === 0 ? (
        <div className="state-message" data-testid="production-no-match">
          <p>{t('production.board.noMatch')}</p>
          <button type="button" className="button" onClick={onClearFilters}>
            {t('production.board.clearFilters')}
          </button>
        </div>
      ) : (
        <>
          {value.languages.length === 0 && <p className="hint">{t('production.board.noLanguages')}</p>}
          <BoardTable board={value} selectedSegmentId={selectedSegmentId} onOpenSegment={onOpenSegment} onOpenTask={onOpenTask} />
          {board.canShowMore && (
            <button type="button" className="button production-show-more" data-testid="production-show-more" onClick={board.showMore}>
              {t('production.board.showMore')}
            </button>
          )}
        </>
      )}
    </>
  );
}
