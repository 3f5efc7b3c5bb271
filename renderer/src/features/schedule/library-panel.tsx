import { Plus } from 'lucide-react';
import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SegmentSummary } from '../../../../shared/domain/segment.ts';
import { useApi } from '../../api/api-context.tsx';
import { errorMessage } from '../../i18n/error-message.ts';
import { formatDuration } from '../../i18n/format.ts';
import { useDebouncedValue } from '../../hooks/use-debounced-value.ts';

/** The drag payload type: only our own rows can be dropped on a rundown. */
export const SEGMENT_MIME = 'application/x-cabina-segment';

type Results = { status: 'loading' } | { status: 'error'; error: unknown } | { status: 'ready'; items: SegmentSummary[] };

/** Library side panel for the rundown: drag a row onto the rundown, or press its add button. */
export function LibraryPanel({ onAdd, actionLabel }: { onAdd(segment: SegmentSummary): void; actionLabel?: (s: SegmentSummary) => string }) {
  const { t } = useTranslation();
  const api = useApi();
  const id = useId();
  const [query, setQuery] = useState('');
  const debounced = useDebouncedValue(query, 200);
  const [results, setResults] = useState<Results>({ status: 'loading' });
  useEffect(() => {
    let live = true;
    setResults({ status: 'loading' });
    api.call('library.search', { query: debounced, limit: 30, offset: 0 }).then(
      (r) => live && setResults({ status: 'ready', items: r.items }),
      (error: unknown) => live && setResults({ status: 'error', error }),
    );
    return () => {
      live = false;
    };
  }, [api, debounced]);
  return (
    <section className="library-panel" aria-labelledby={`${id}-h`} data-testid="library-panel">
      <h3 id={`${id}-h`}>{t('schedule.rundown.library')}</h3>
      <label htmlFor={id} className="sr-only">
        {t('schedule.rundown.searchLibrary')}
      </label>
      <input id={id} type="search" placeholder={t('schedule.rundown.searchLibrary')} value={query} onChange={(e) => setQuery(e.target.value)} data-testid="rundown-library-search" />
      {results.status === 'loading' && <p className="muted small">{t('common.loading')}</p>}
      {results.status === 'error' && <p className="state-message message-error" role="alert">{errorMessage(results.error, t)}</p>}
      {results.status === 'ready' && results.items.length === 0 && <p className="muted small">{t('schedule.rundown.libraryEmpty')}</p>}
      {results.status === 'ready' && results.items.length > 0 && (
        <ul className="library-panel-list">
          {results.items.map((s) => (
            <li
              key={s.id}
              className="library-panel-row"
              draggable
              data-testid="library-panel-row"
              onDragStart={(e) => {
                e.dataTransfer.setData(SEGMENT_MIME, s.id);
                e.dataTransfer.setData('text/plain', s.title);
                e.dataTransfer.effectAllowed = 'copy';
              }}
            >
              <span className="library-panel-title">{s.title}</span>
              <span className="muted small">
                {s.languages.join(', ')} · {formatDuration(s.durationSec)}
              </span>
              <button type="button" className="button button-small" data-testid="library-panel-add" onClick={() => onAdd(s)} aria-label={actionLabel?.(s) ?? t('schedule.rundown.addNamed', { title: s.title })}>
                <Plus className="button-icon" aria-hidden="true" focusable="false" size={16} />
                {t('schedule.rundown.add')}
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
