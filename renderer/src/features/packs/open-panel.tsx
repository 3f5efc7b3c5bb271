import { useCallback, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MethodOutput } from '../../../../shared/api/contract.ts';
import type { PackPreview as Preview } from '../../../../shared/api/methods/packs.ts';
import { isCancelledError } from '../../api/api-client.ts';
import { useApi } from '../../api/api-context.tsx';
import { errorMessage } from '../../i18n/error-message.ts';
import { useFileDrop } from '../../hooks/use-file-drop.ts';
import { JobProgress } from './job-progress.tsx';
import { PackPreview } from './pack-preview.tsx';
import { useJob } from '../../hooks/use-job.ts';
import { SpokenHelpButton } from '../../components/spoken-help-button.tsx';

/** Open a pack (picker or drop) → verify → preview → one-click import (issue #6). */
export function OpenPanel({ preview, onPreview, onImported }: { preview: Preview | null; onPreview: (p: Preview | null) => void; onImported: () => void }) {
  const { t } = useTranslation();
  const api = useApi();
  const input = useRef<HTMLInputElement | null>(null);
  const job = useJob();
  const [error, setError] = useState<unknown>(null);
  const [done, setDone] = useState<MethodOutput<'packs.import'> | null>(null);

  const open = useCallback(
    async (files: File[]) => {
      const file = files[0];
      if (!file) return;
      setError(null);
      setDone(null);
      onPreview(null);
      try {
        const controller = new AbortController();
        const source = await api.stageFile(file, { signal: controller.signal, onProgress: () => {} });
        onPreview(await job.run((jobId) => api.call('packs.open', { jobId, source, originalName: file.name })));
      } catch (e) {
        if (!isCancelledError(e)) setError(e);
      }
    },
    [api, job, onPreview],
  );
  const dragging = useFileDrop(open);

  async function importPack(accept: boolean) {
    if (!preview) return;
    setError(null);
    try {
      setDone(await job.run((jobId) => api.call('packs.import', { jobId, openId: preview.openId, acceptPublisher: accept })));
      onPreview(null);
      onImported();
    } catch (e) {
      if (!isCancelledError(e)) setError(e);
    }
  }

  return (
    <section className={dragging ? 'pack-panel pack-dropping' : 'pack-panel'} aria-labelledby="pack-open-heading">
      <h2 id="pack-open-heading">{t('packs.open.heading')}</h2>
      <button type="button" className="button" data-testid="pack-open" data-help-target="packs.open" onClick={() => input.current?.click()}>
        {t('packs.open.button')}
      </button>
      <SpokenHelpButton target="packs.open" />
      <input
        ref={input}
        type="file"
        accept=".cabina,application/zip"
        className="visually-hidden-input"
        data-testid="pack-open-input"
        aria-label={t('packs.open.inputLabel')}
        tabIndex={-1}
        onChange={(e) => {
          const picked = [...(e.target.files ?? [])];
          e.target.value = '';
          void open(picked);
        }}
      />
      <p className="muted small">{t('packs.open.drop')}</p>
      {job.running && <JobProgress label={preview ? t('packs.preview.importing') : t('packs.open.verifying')} fraction={job.fraction} onCancel={job.cancel} />}
      {preview && <PackPreview preview={preview} busy={job.running} onImport={(accept) => void importPack(accept)} />}
      {done && (
        <p role="status" data-testid="pack-imported">
          {t('packs.preview.imported', { imported: done.imported, updated: done.updated, skipped: done.skipped })}
          {(done.prompts ?? 0) > 0 && ` ${t('help.packs.arrived', { count: done.prompts })}`}
        </p>
      )}
      {error !== null && (
        <p className="message-error" role="alert" data-testid="pack-error">
          {errorMessage(error, t)}
        </p>
      )}
    </section>
  );
}
