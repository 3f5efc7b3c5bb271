import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Segment } from '../../../../shared/domain/segment.ts';
import { useApi } from '../../api/api-context.tsx';
import { errorMessage } from '../../i18n/error-message.ts';

export interface VersionChoice {
  versionId: string;
  assetId: string;
}

type State = { status: 'loading' } | { status: 'error'; error: unknown } | { status: 'ready'; versions: Segment['versions']; names: Map<string, string> };

/**
 * Issue #11: every language version of a segment is editable, so Editar asks which one. A segment
 * with one version opens it at once; the choice is by language name, never by code.
 */
export function VersionPicker({ segmentId, initialVersionId, onChoose }: { segmentId: string; initialVersionId?: string | undefined; onChoose: (choice: VersionChoice | null) => void }) {
  const { t, i18n } = useTranslation();
  const api = useApi();
  const [state, setState] = useState<State>({ status: 'loading' });
  const [chosen, setChosen] = useState<string>('');
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    let live = true;
    setState({ status: 'loading' });
    Promise.all([api.call('segments.get', { id: segmentId }), api.call('catalog.languages', {})]).then(
      ([segment, languages]) => {
        if (!live) return;
        const english = i18n.language.startsWith('en');
        setState({ status: 'ready', versions: segment.versions, names: new Map(languages.map((l) => [l.code, english ? l.nameEn : l.nameEs])) });
        const first = segment.versions.find((v) => v.id === initialVersionId) ?? segment.versions[0];
        setChosen(first?.id ?? '');
        onChoose(first ? { versionId: first.id, assetId: first.asset.id } : null);
      },
      (error: unknown) => live && setState({ status: 'error', error }),
    );
    return () => {
      live = false;
    };
    // onChoose is the parent's setter; a new segment (or a retry) is what reloads.
  }, [api, segmentId, attempt]);

  if (state.status === 'loading') return <p className="state-message" role="status">{t('common.loading')}</p>;
  if (state.status === 'error') {
    return (
      <div className="state-message message-error" role="alert">
        <p>{errorMessage(state.error, t)}</p>
        <button type="button" className="button" onClick={() => setAttempt((n) => n + 1)}>
          {t('common.retry')}
        </button>
      </div>
    );
  }
  if (state.versions.length < 2) return null;
  const label = (v: Segment['versions'][number]) => (v.languageCode ? (state.names.get(v.languageCode) ?? v.languageCode) : t('edit.noLanguage'));
  return (
    <label className="edit-picker">
      <span>{t('edit.version')}</span>
      <select
        data-testid="edit-version-select"
        value={chosen}
        onChange={(e) => {
          const v = state.versions.find((x) => x.id === e.target.value);
          setChosen(e.target.value);
          onChoose(v ? { versionId: v.id, assetId: v.asset.id } : null);
        }}
      >
        {state.versions.map((v) => (
          <option key={v.id} value={v.id}>
            {label(v)}
          </option>
        ))}
      </select>
    </label>
  );
}
