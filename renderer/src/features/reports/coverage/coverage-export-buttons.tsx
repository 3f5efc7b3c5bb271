import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApi } from '../../../api/api-context.tsx';
import { FileResultDialog } from '../../../components/file-result-dialog.tsx';
import { useJob } from '../../../hooks/use-job.ts';
import { errorMessage } from '../../../i18n/error-message.ts';
import type { CoverageFiltersInput } from '../../../../../shared/api/methods/coverage.ts';

const FORMATS = ['csv', 'xlsx', 'pdf'] as const;

/** CSV / XLSX / PDF of what is on screen, as a job (progress, cancel), offered with the file dialog. */
export function CoverageExportButtons({ filters }: { filters: CoverageFiltersInput }) {
  const { t, i18n } = useTranslation();
  const api = useApi();
  const job = useJob();
  const [files, setFiles] = useState<string[] | null>(null);
  const start = (format: (typeof FORMATS)[number]) =>
    job
      .run((jobId) => api.call('coverage.export', { ...filters, jobId, format, lang: i18n.language.startsWith('en') ? 'en' : 'es' }))
      .then((r) => setFiles(r.files), () => undefined);
  const running = job.running;
  return (
    <div className="coverage-export">
      {FORMATS.map((f) => (
        <button key={f} type="button" className="button button-small" data-testid={`coverage-export-${f}`} disabled={running} onClick={() => void start(f)}>
          {t(`coverage.export.${f}`)}
        </button>
      ))}
      {running && (
        <>
          <progress value={job.fraction} max={1} aria-label={t('coverage.export.running')} />
          <button type="button" className="button button-small" onClick={() => job.cancel()}>
            {t('coverage.export.cancel')}
          </button>
        </>
      )}
      {job.error !== null && <p role="alert" className="message-error">{errorMessage(job.error, t)}</p>}
      {files && <FileResultDialog title={t('coverage.export.title')} files={files.map((path) => ({ path }))} onClose={() => setFiles(null)} />}
    </div>
  );
}
