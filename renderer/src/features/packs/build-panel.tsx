import { useCallback, useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MethodOutput } from '../../../../shared/api/contract.ts';
import type { PackEncode } from '../../../../shared/domain/pack-manifest.ts';
import { isCancelledError } from '../../api/api-client.ts';
import { useApi } from '../../api/api-context.tsx';
import { errorMessage } from '../../i18n/error-message.ts';
import { useAsyncResource } from '../../hooks/use-async-resource.ts';
import { JobProgress } from './job-progress.tsx';
import { useJob } from '../../hooks/use-job.ts';
import { formatSize as formatBytes } from '../../../../shared/text/format-size.ts';
import { useRefreshOn } from './use-refresh-on.ts';
import { FileResultDialog } from '../../components/file-result-dialog.tsx';
import { SignedAs } from './signed-as.tsx';
import { SpokenHelpButton } from '../../components/spoken-help-button.tsx';
import { PackPromptChoice } from './pack-prompt-choice.tsx';
import { useSpokenHelp } from '../../components/spoken-help/spoken-help-context.tsx';
import { Package } from 'lucide-react';

const ENCODES: readonly PackEncode[] = ['opus', 'mp3', 'master'];

/** Build: pick segments, encodes and redaction, see the size, build and sign as a job (issue #6). */
export function BuildPanel({ refreshKey }: { refreshKey: number }) {
  const { t, i18n } = useTranslation();
  const api = useApi();
  const { resource, retry } = useAsyncResource(() => api.call('library.search', { limit: 500 }));
  useRefreshOn(refreshKey, retry);
  const [selected, setSelected] = useState<string[]>([]);
  const [encodes, setEncodes] = useState<PackEncode[]>(['opus']);
  const [redact, setRedact] = useState(true);
  // Issue #14's oral translations and back-translations travel unless left out (a pack for WhatsApp).
  const [includeTaskRecordings, setIncludeTaskRecordings] = useState(true);
  const taskRecordingsHint = useId();
  const [promptIds, setPromptIds] = useState<string[]>([]);
  const onPrompts = useCallback((ids: string[]) => setPromptIds(ids), []);
  const [title, setTitle] = useState('');
  const [estimate, setEstimate] = useState<number | null>(null);
  const [result, setResult] = useState<MethodOutput<'packs.build'> | null>(null);
  const [offering, setOffering] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const job = useJob();
  const help = useSpokenHelp();
  const hasPrompts = help?.state.status === 'ready' && help.state.prompts.length > 0;

  useEffect(() => {
    setEstimate(null);
    if ((selected.length === 0 && promptIds.length === 0) || encodes.length === 0) return;
    let live = true;
    api.call('packs.estimate', { segmentIds: selected, encodes, redact, promptIds, includeTaskRecordings }).then(
      (e) => live && setEstimate(e.sizeBytes),
      () => live && setEstimate(null),
    );
    return () => {
      live = false;
    };
  }, [api, selected, encodes, redact, promptIds, includeTaskRecordings]);

  if (resource.status === 'loading') return <p className="state-message">{t('packs.loading')}</p>;
  if (resource.status === 'error') {
    return (
      <div className="state-message message-error" role="alert">
        {errorMessage(resource.error, t)}{' '}
        <button type="button" className="button" onClick={retry}>
          {t('common.retry')}
        </button>
      </div>
    );
  }
  const segments = resource.value.items;
  const toggle = <T,>(list: T[], value: T) => (list.includes(value) ? list.filter((v) => v !== value) : [...list, value]);

  async function build() {
    setError(null);
    setResult(null);
    try {
      const built = await job.run((jobId) => api.call('packs.build', { jobId, segmentIds: selected, encodes, redact, promptIds, includeTaskRecordings, title: title.trim() || t('packs.title') }));
      setResult(built);
      // Issue #11: the pack opens in a dialog to save, send or copy to a USB stick, not as a path below the fold.
      setOffering(true);
    } catch (e) {
      if (!isCancelledError(e)) setError(e);
    }
  }

  return (
    <section className="pack-panel" aria-labelledby="pack-build-heading">
      <h2 id="pack-build-heading">{t('packs.build.heading')}</h2>
      <SpokenHelpButton target="packs.build" />
      <p className="muted">{t('packs.build.intro')}</p>
      <SignedAs refreshKey={refreshKey} />
      {segments.length === 0 && <p className="state-message" data-testid="pack-build-empty">{t('packs.build.empty')}</p>}
      {/* A station with no segments can still send its spoken help (issue #15). */}
      {(segments.length > 0 || hasPrompts) && (
        <>
          <label className="field">
            <span className="field-label">{t('packs.build.titleLabel')}</span>
            <input value={title} onChange={(e) => setTitle(e.target.value)} data-testid="pack-title" />
          </label>
          {segments.length > 0 && (
            <fieldset className="pack-segments">
              <legend>{t('packs.build.segments')} — {t('packs.build.selected', { count: selected.length })}</legend>
              {segments.map((s) => (
                <label key={s.id} className="pack-check">
                  <input type="checkbox" checked={selected.includes(s.id)} onChange={() => setSelected(toggle(selected, s.id))} data-testid="pack-segment" />
                  {s.title} <span className="muted small">{s.languages.join(', ')}</span>
                </label>
              ))}
            </fieldset>
          )}
          <fieldset>
            <legend>{t('packs.build.encodes')}</legend>
            {ENCODES.map((e) => (
              <label key={e} className="pack-check">
                <input type="checkbox" checked={encodes.includes(e)} onChange={() => setEncodes(toggle(encodes, e))} />
                {t(`packs.build.${e}`)}
              </label>
            ))}
          </fieldset>
          <PackPromptChoice onChange={onPrompts} />
          <label className="pack-check">
            <input type="checkbox" checked={redact} onChange={(e) => setRedact(e.target.checked)} />
            {t('packs.build.redact')}
          </label>
          {segments.length > 0 && (
            <>
              <label className="pack-check">
                <input
                  type="checkbox"
                  checked={includeTaskRecordings}
                  onChange={(e) => setIncludeTaskRecordings(e.target.checked)}
                  aria-describedby={taskRecordingsHint}
                  data-testid="pack-task-recordings"
                />
                {t('packs.build.taskRecordings')}
              </label>
              <p className="hint" id={taskRecordingsHint}>
                {t('packs.build.taskRecordingsHint')}
              </p>
            </>
          )}
          <p className="muted" data-testid="pack-estimate">
            {estimate === null ? (selected.length + promptIds.length > 0 ? t('packs.build.estimating') : '') : t('packs.build.estimate', { size: formatBytes(estimate, i18n.language) })}
          </p>
          {job.running ? (
            <JobProgress label={t('packs.build.progress')} fraction={job.fraction} onCancel={job.cancel} />
          ) : (
            <button type="button" className="button button-primary" data-testid="pack-build" data-help-target="packs.build" disabled={(selected.length === 0 && promptIds.length === 0) || encodes.length === 0} onClick={() => void build()}>
              <Package className="button-icon" aria-hidden="true" focusable="false" size={18} />
              {t('packs.build.submit')}
            </button>
          )}
        </>
      )}
      {result && (
        <p className="pack-done" role="status" data-testid="pack-built">
          {t('packs.build.done', { path: result.path })}{' '}
          <button type="button" className="button button-small" data-testid="pack-offer" onClick={() => setOffering(true)}>
            {t('fileResult.reopen')}
          </button>
        </p>
      )}
      {result && offering && <FileResultDialog title={t('packs.build.ready')} files={[{ path: result.path, name: result.fileName }]} onClose={() => setOffering(false)} />}
      {error !== null && (
        <p className="message-error" role="alert">
          {errorMessage(error, t)}
        </p>
      )}
    </section>
  );
}
