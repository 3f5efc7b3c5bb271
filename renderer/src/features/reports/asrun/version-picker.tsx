import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MethodOutput } from '../../../../../shared/api/contract.ts';
import { useApi } from '../../../api/api-context.tsx';
import { useDebouncedValue } from '../../../hooks/use-debounced-value.ts';
import { errorMessage } from '../../../i18n/error-message.ts';

type Choices = MethodOutput<'asrun.versionChoices'>;

/** Finds a version by its segment's title (folded as search folds) or by its code. */
export function VersionPicker({ initialQuery, disabled, onPick }: { initialQuery: string; disabled: boolean; onPick: (versionId: string) => void }) {
  const { t } = useTranslation();
  const api = useApi();
  const id = useId();
  const [query, setQuery] = useState(initialQuery);
  const debounced = useDebouncedValue(query, 200);
  const [state, setState] = useState<{ status: 'loading' } | { status: 'error'; error: unknown } | { status: 'ready'; choices: Choices }>({ status: 'loading' });
  useEffect(() => {
    let live = true;
    setState({ status: 'loading' });
    api.call('asrun.versionChoices', { query: debounced }).then(
      (choices) => live && setState({ status: 'ready', choices }),
      (error: unknown) => live && setState({ status: 'error', error }),
    );
    return () => {
      live = false;
    };
  }, [api, debounced]);
  return (
    <div className="asrun-picker" data-testid="asrun-picker">
      <label htmlFor={id}>{t('asrun.unmatched.search')}</label>
      <input id={id} type="search" value={query} data-testid="asrun-picker-query" onChange={(e) => setQuery(e.target.value)} />
      {state.status === 'loading' && <p className="muted small">{t('asrun.loading')}</p>}
      {state.status === 'error' && <p className="message-error" role="alert">{errorMessage(state.error, t)}</p>}
      {state.status === 'ready' && state.choices.length === 0 && <p className="muted small">{t('asrun.unmatched.noChoices')}</p>}
      {state.status === 'ready' && state.choices.length > 0 && (
        <ul className="asrun-choices" aria-label={t('asrun.unmatched.choose')}>
          {state.choices.map((c) => (
            <li key={c.versionId}>
              <button type="button" className="button button-small" disabled={disabled} data-testid="asrun-choice" onClick={() => onPick(c.versionId)}>
                {c.segmentTitle} · {c.languageCode ?? '—'} · {c.code}
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
