import { FolderOpen } from 'lucide-react';
import { useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ImportSource } from '../../../../../shared/api/contract.ts';
import { isCancelledError } from '../../../api/api-client.ts';
import { useApi } from '../../../api/api-context.tsx';
import { useJob } from '../../../hooks/use-job.ts';
import { errorMessage } from '../../../i18n/error-message.ts';
import { JobBar } from '../asrun/job-bar.tsx';
import { ReceiptResults, unknownStation, type ImportResults } from './receipt-results.tsx';

/**
 * IREX side (issue #13 §3): many receipt files at once, uploaded one by one, then one import job
 * with progress and cancel; a file from a station not yet trusted can be trusted and re-imported.
 */
export function ReceiptImport({ onImported }: { onImported: () => void }) {
  const { t } = useTranslation();
  const api = useApi();
  const id = useId();
  const input = useRef<HTMLInputElement | null>(null);
  const job = useJob();
  const [uploading, setUploading] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [chosen, setChosen] = useState<File[]>([]);
  const [results, setResults] = useState<ImportResults | null>(null);
  const busy = job.running || uploading !== null;

  async function run(files: File[], trust: string[]) {
    setError(null);
    const sources: { source: ImportSource; originalName: string }[] = [];
    try {
      // Uploads are consumed by the import, so a re-run (after trusting) stages the files again.
      for (const file of files) {
        setUploading(file.name);
        sources.push({ source: await api.stageFile(file, { signal: new AbortController().signal, onProgress: () => undefined }), originalName: file.name });
      }
      setUploading(null);
      return await job.run((jobId) => api.call('receipts.import', { jobId, files: sources, trust }));
    } catch (e) {
      if (!isCancelledError(e)) setError(e);
      return null;
    } finally {
      setUploading(null);
    }
  }

  async function importFiles(files: File[]) {
    if (files.length === 0) return;
    setChosen(files);
    setResults(null);
    const done = await run(files, []);
    if (done) {
      setResults(done);
      onImported();
    }
  }

  async function trustAndImport(fingerprint: string) {
    if (!results) return;
    // Only the files this station's key refused go again; the rest are already in (or refused for another reason).
    const again = chosen.filter((_, i) => {
      const r = results[i];
      return r !== undefined && !r.ok && unknownStation(r.error)?.fingerprint === fingerprint;
    });
    const done = await run(again, [fingerprint]);
    if (!done) return;
    let next = 0;
    setResults(results.map((r) => (!r.ok && unknownStation(r.error)?.fingerprint === fingerprint ? (done[next++] ?? r) : r)));
    onImported();
  }

  return (
    <section className="asrun-section" aria-labelledby={`${id}-title`} data-testid="receipt-import">
      <h3 id={`${id}-title`}>{t('receipts.import.title')}</h3>
      <p className="muted small">{t('receipts.import.hint')}</p>
      <button type="button" className="button" data-testid="receipt-choose" disabled={busy} onClick={() => input.current?.click()}>
        <FolderOpen className="button-icon" aria-hidden="true" focusable="false" size={16} />
        {t('receipts.import.choose')}
      </button>
      <input
        ref={input}
        type="file"
        multiple
        accept=".cabina-recibo,application/octet-stream"
        className="visually-hidden-input"
        data-testid="receipt-file-input"
        aria-label={t('receipts.import.inputLabel')}
        tabIndex={-1}
        onChange={(e) => {
          const picked = [...(e.target.files ?? [])];
          e.target.value = '';
          void importFiles(picked);
        }}
      />
      {uploading !== null && (
        <p className="muted" role="status" data-testid="receipt-uploading">
          {t('receipts.import.uploading', { name: uploading })}
        </p>
      )}
      {job.running && <JobBar label={t('receipts.import.working')} fraction={job.fraction} onCancel={job.cancel} />}
      {results && <ReceiptResults results={results} busy={busy} onTrust={(fp) => void trustAndImport(fp)} />}
      {error !== null && (
        <p className="message-error" role="alert" data-testid="receipt-import-error">
          {errorMessage(error, t)}
        </p>
      )}
    </section>
  );
}
