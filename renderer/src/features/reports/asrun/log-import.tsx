import { FileInput, FolderOpen } from 'lucide-react';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import type { ImportSource } from '../../../../../shared/api/contract.ts';
import { logPresetSchema, type LogImportResult, type LogMapping, type LogPreset, type savedMappingSchema } from '../../../../../shared/api/methods/asrun.ts';
import { isCancelledError } from '../../../api/api-client.ts';
import { useApi } from '../../../api/api-context.tsx';
import { useJob } from '../../../hooks/use-job.ts';
import { errorMessage } from '../../../i18n/error-message.ts';
import { JobBar } from './job-bar.tsx';
import { LogPreviewTable } from './log-preview-table.tsx';
import { emptyMapping, mappingComplete, MappingFields } from './mapping-fields.tsx';
import { useLogPreview } from './use-log-preview.ts';

type Saved = z.infer<typeof savedMappingSchema>;

/** Pick a log → choose a preset or map the columns, with a preview → import as a job (issue #13 §1). */
export function LogImport({ timeZone, saved, onImported }: { timeZone: string; saved: Saved[]; onImported: () => void }) {
  const { t } = useTranslation();
  const api = useApi();
  const input = useRef<HTMLInputElement | null>(null);
  const job = useJob();
  const [file, setFile] = useState<{ source: ImportSource; name: string } | null>(null);
  const [preset, setPreset] = useState<LogPreset>('azuracast');
  const [mapping, setMapping] = useState<LogMapping>(saved[0]?.mapping ?? emptyMapping);
  const [saveAs, setSaveAs] = useState('');
  const [error, setError] = useState<unknown>(null);
  const [result, setResult] = useState<LogImportResult | null>(null);
  const preview = useLogPreview(file, preset, mapping);
  const suggested = preview.status === 'ready' ? preview.preview.suggested : null;
  // The first preview of a new file picks the preset its columns fit; the user can still change it.
  const [autoPicked, setAutoPicked] = useState(false);
  useEffect(() => {
    if (autoPicked || preview.status !== 'ready') return;
    setAutoPicked(true);
    if (suggested && suggested !== preset) setPreset(suggested);
  }, [suggested, preview.status, autoPicked, preset]);
  // Saved mappings arrive after the panel opens: the newest one fills an untouched form.
  useEffect(() => {
    if (saved[0]) setMapping((m) => (mappingComplete(m) ? m : (saved[0]?.mapping ?? m)));
  }, [saved]);

  async function pick(picked: File | undefined) {
    if (!picked) return;
    setError(null);
    setResult(null);
    setAutoPicked(false);
    try {
      const source = await api.stageFile(picked, { signal: new AbortController().signal, onProgress: () => undefined });
      setFile({ source, name: picked.name });
    } catch (e) {
      setError(e);
    }
  }

  async function runImport() {
    if (!file) return;
    setError(null);
    setResult(null);
    try {
      const generic = preset === 'generic';
      const done = await job.run((jobId) =>
        api.call('asrun.log.import', { jobId, source: file.source, originalName: file.name, preset, ...(generic ? { mapping } : {}), ...(generic && saveAs.trim() ? { saveMappingAs: saveAs.trim() } : {}) }),
      );
      setResult(done);
      setSaveAs('');
      onImported();
    } catch (e) {
      if (!isCancelledError(e)) setError(e);
    }
  }

  const ready = file !== null && preview.status === 'ready' && preview.preview.problem === null && (preset !== 'generic' || mappingComplete(mapping));
  return (
    <section className="asrun-section" aria-labelledby="asrun-import-heading" data-testid="asrun-import">
      <h3 id="asrun-import-heading">{t('asrun.import.heading')}</h3>
      <button type="button" className="button" data-testid="asrun-choose" disabled={job.running} onClick={() => input.current?.click()}>
        <FolderOpen className="button-icon" aria-hidden="true" focusable="false" size={16} />
        {t('asrun.import.choose')}
      </button>
      <input
        ref={input}
        type="file"
        accept=".csv,.tsv,.txt,.log,text/csv,text/plain"
        className="visually-hidden-input"
        data-testid="asrun-file-input"
        aria-label={t('asrun.import.inputLabel')}
        tabIndex={-1}
        onChange={(e) => {
          const picked = e.target.files?.[0];
          e.target.value = '';
          void pick(picked);
        }}
      />
      {file && (
        <>
          <p className="muted small">{t('asrun.import.zoneNote', { zone: timeZone })}</p>
          <label>
            {t('asrun.import.preset')}
            <select data-testid="asrun-preset" value={preset} disabled={job.running} onChange={(e) => setPreset(logPresetSchema.parse(e.target.value))}>
              {logPresetSchema.options.map((p) => (
                <option key={p} value={p}>
                  {t(`asrun.import.presets.${p}`)}
                </option>
              ))}
            </select>
          </label>
          {suggested && suggested !== preset && <p className="muted small">{t('asrun.import.suggested', { preset: t(`asrun.import.presets.${suggested}`) })}</p>}
          {preset === 'generic' && (
            <>
              <MappingFields mapping={mapping} columns={preview.status === 'ready' ? preview.preview.columns : []} saved={saved} onChange={setMapping} />
              <label>
                {t('asrun.mapping.saveAs')}
                <input type="text" data-testid="asrun-save-as" value={saveAs} maxLength={100} placeholder={t('asrun.mapping.saveAsPlaceholder')} onChange={(e) => setSaveAs(e.target.value)} />
              </label>
            </>
          )}
          {preview.status === 'loading' && <p className="muted" role="status">{t('asrun.import.reading', { name: file.name })}</p>}
          {preview.status === 'error' && (
            <p className="message-error" role="alert" data-testid="asrun-preview-error">
              {errorMessage(preview.error, t, { name: file.name })}
            </p>
          )}
          {preview.status === 'ready' && <LogPreviewTable preview={preview.preview} timeZone={timeZone} />}
          <button type="button" className="button button-primary" data-testid="asrun-run" disabled={!ready || job.running} onClick={() => void runImport()}>
            <FileInput className="button-icon" aria-hidden="true" focusable="false" size={16} />
            {t('asrun.import.run')}
          </button>
        </>
      )}
      {job.running && <JobBar label={t('asrun.import.importing')} fraction={job.fraction} onCancel={job.cancel} />}
      {result && (
        <div role="status" data-testid="asrun-result">
          <p>{result.importId === null ? t('asrun.import.nothingNew') : t('asrun.import.done', result)}</p>
          {result.skipped > 0 && <p className="muted small">{t('asrun.import.skipped', { count: result.skipped, line: result.firstSkippedLine ?? 0 })}</p>}
        </div>
      )}
      {error !== null && (
        <p className="message-error" role="alert" data-testid="asrun-error">
          {errorMessage(error, t, file ? { name: file.name } : {})}
        </p>
      )}
    </section>
  );
}
