import { useTranslation } from 'react-i18next';
import { useState } from 'react';
import { useApi } from '../../api/api-context.tsx';
import { errorMessage } from '../../i18n/error-message.ts';
import { useAsyncResource } from '../library/use-async-resource.ts';
import { WaveformEditor } from './waveform-editor.tsx';
import '../../styles/edit.css';

/** Editar (issue #3): pick a segment, edit its first version without touching the original. */
export function EditPage() {
  const { t } = useTranslation();
  const api = useApi();
  const [segmentId, setSegmentId] = useState<string>('');
  const { resource, retry } = useAsyncResource(() =>
    api.call('library.search', { query: '', filters: { languages: [], regions: [], topics: [], statuses: [], expiringWithinDays: null }, offset: 0, limit: 200 }),
  );
  if (resource.status === 'loading') return <p className="state-message">{t('common.loading')}</p>;
  if (resource.status === 'error') {
    return (
      <div className="state-message message-error" role="alert">
        <p>{errorMessage(resource.error, t)}</p>
        <button type="button" className="button" onClick={retry}>
          {t('common.retry')}
        </button>
      </div>
    );
  }
  const segments = resource.value.items.filter((s) => s.primaryAssetId !== null);
  const selected = segments.find((s) => s.id === segmentId) ?? null;
  // Any other segment with audio can be inserted as an intro or outro (a station jingle).
  const jingles = segments.flatMap((s) => (s.id !== segmentId && s.primaryAssetId ? [{ segmentId: s.id, assetId: s.primaryAssetId, title: s.title }] : []));
  return (
    <section className="edit-page" aria-labelledby="edit-heading">
      <h1 id="edit-heading">{t('edit.title')}</h1>
      <label className="edit-picker">
        <span>{t('edit.segment')}</span>
        <select data-testid="edit-segment-select" value={segmentId} onChange={(e) => setSegmentId(e.target.value)}>
          <option value="">{t('edit.chooseSegment')}</option>
          {segments.map((s) => (
            <option key={s.id} value={s.id}>
              {s.title}
            </option>
          ))}
        </select>
      </label>
      {segments.length === 0 && <p className="state-message">{t('edit.empty')}</p>}
      {selected?.primaryAssetId && <WaveformEditor key={selected.id} segmentId={selected.id} assetId={selected.primaryAssetId} jingles={jingles} />}
    </section>
  );
}
