import { useTranslation } from 'react-i18next';
import { useState } from 'react';
import { useApi } from '../../api/api-context.tsx';
import { errorMessage } from '../../i18n/error-message.ts';
import { useAsyncResource } from '../../hooks/use-async-resource.ts';
import { useIntent } from '../../app/navigation.tsx';
import { VersionPicker, type VersionChoice } from './version-picker.tsx';
import { WaveformEditor } from './waveform-editor.tsx';
import '../../styles/edit.css';
import { SpokenHelpButton } from '../../components/spoken-help-button.tsx';

/** Editar (issues #3, #11): pick a segment and one of its language versions, edit it without touching the original. */
export function EditPage() {
  const { t } = useTranslation();
  const api = useApi();
  const intent = useIntent('edit');
  const [segmentId, setSegmentId] = useState<string>(intent?.segmentId ?? '');
  const [version, setVersion] = useState<VersionChoice | null>(null);
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
  const jingles = segments.flatMap((s) => (s.id !== segmentId && s.primaryAssetId && s.primaryVersionId ? [{ versionId: s.primaryVersionId, assetId: s.primaryAssetId, title: s.title }] : []));
  return (
    <section className="edit-page" aria-labelledby="edit-heading">
      <h1 id="edit-heading">{t('edit.title')}</h1>
      <SpokenHelpButton target="page.edit" />
      <label className="edit-picker">
        <span>{t('edit.segment')}</span>
        <select
          data-testid="edit-segment-select"
          value={segmentId}
          onChange={(e) => {
            setVersion(null);
            setSegmentId(e.target.value);
          }}
        >
          <option value="">{t('edit.chooseSegment')}</option>
          {segments.map((s) => (
            <option key={s.id} value={s.id}>
              {s.title}
            </option>
          ))}
        </select>
      </label>
      {segments.length === 0 && <p className="state-message">{t('edit.empty')}</p>}
      {selected && <VersionPicker key={selected.id} segmentId={selected.id} initialVersionId={selected.id === intent?.segmentId ? (intent.versionId ?? undefined) : undefined} onChoose={setVersion} />}
      {selected && version && <WaveformEditor key={version.versionId} versionId={version.versionId} assetId={version.assetId} jingles={jingles} title={selected.title} />}
    </section>
  );
}
