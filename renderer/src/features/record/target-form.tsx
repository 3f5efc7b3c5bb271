import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { LanguageEntry } from '../../../../shared/domain/catalog.ts';
import type { SegmentSummary } from '../../../../shared/domain/segment.ts';
import { useApi } from '../../api/api-context.tsx';

export interface TargetChoice {
  kind: 'new' | 'existing';
  title: string;
  segment: { id: string; title: string } | null;
  languageCode: string | null;
}

/** "This take is for": a new segment (title) or one from the library (search), and its language. */
export function TargetForm({ value, onChange, languages, disabled }: { value: TargetChoice; onChange: (next: TargetChoice) => void; languages: readonly LanguageEntry[]; disabled: boolean }) {
  const { t, i18n } = useTranslation();
  const api = useApi();
  const [query, setQuery] = useState('');
  const [matches, setMatches] = useState<SegmentSummary[]>([]);
  const english = i18n.language.startsWith('en');

  useEffect(() => {
    if (value.kind !== 'existing' || query.trim() === '') {
      setMatches([]);
      return;
    }
    let live = true;
    const timer = setTimeout(() => {
      api.call('library.search', { query, limit: 8 }).then(
        (result) => live && setMatches(result.items),
        () => live && setMatches([]),
      );
    }, 200);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [api, query, value.kind]);

  return (
    <fieldset className="record-target" disabled={disabled}>
      <legend>{t('record.target.legend')}</legend>
      <div className="target-kinds">
        {(['new', 'existing'] as const).map((kind) => (
          <label key={kind} className="field-check">
            <input type="radio" name="record-target" data-testid={`target-${kind}`} checked={value.kind === kind} onChange={() => onChange({ ...value, kind })} />
            {t(`record.target.${kind}`)}
          </label>
        ))}
      </div>
      {value.kind === 'new' ? (
        <label className="field">
          <span>{t('record.target.title')}</span>
          <input data-testid="target-title" value={value.title} maxLength={200} placeholder={t('record.target.titlePlaceholder')} onChange={(e) => onChange({ ...value, title: e.target.value })} />
        </label>
      ) : (
        <div className="field">
          <label htmlFor="record-target-search">{t('record.target.search')}</label>
          <input id="record-target-search" data-testid="target-search" type="search" value={query} placeholder={t('record.target.searchPlaceholder')} onChange={(e) => setQuery(e.target.value)} />
          {value.segment && <p data-testid="target-chosen">{t('record.target.chosen', { title: value.segment.title })}</p>}
          {query.trim() !== '' && matches.length === 0 && <p className="hint">{t('record.target.noMatches')}</p>}
          <ul className="target-matches">
            {matches.map((m) => (
              <li key={m.id}>
                <button type="button" className="button button-small" data-testid="target-match" onClick={() => {
                  onChange({ ...value, segment: { id: m.id, title: m.title } });
                  setQuery('');
                }}>
                  {t('record.target.choose')}: {m.title}
                </button>
              </li>
            ))}
          </ul>
        </div>
      )}
      <label className="field">
        <span>{t('record.target.language')}</span>
        <select data-testid="target-language" value={value.languageCode ?? ''} onChange={(e) => onChange({ ...value, languageCode: e.target.value || null })}>
          <option value="">{t('record.target.noLanguage')}</option>
          {languages.map((l) => (
            <option key={l.code} value={l.code}>
              {english ? l.nameEn : l.nameEs}
            </option>
          ))}
        </select>
      </label>
    </fieldset>
  );
}
