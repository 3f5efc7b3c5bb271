import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { exportFormatSchema, type ExportFormat, type ExportSplit, type Instance } from '../../../../shared/domain/schedule.ts';
import { useApi } from '../../api/api-context.tsx';
import { errorMessage } from '../../i18n/error-message.ts';
import { formatIsoDate } from '../../i18n/format.ts';
import type { ConflictFix } from './conflicts-panel.tsx';
import { ExportDone } from './export-done.tsx';
import { useExportJob } from './use-export-job.ts';

/** Playlists can be split per airing and carry audio; a printed rundown or a calendar carries none. */
const PLAYLISTS = new Set<ExportFormat>(['m3u', 'pls', 'zara', 'rivendell']);
const NO_AUDIO = new Set<ExportFormat>(['html', 'pdf', 'ics']);

type Scope = 'week' | 'day' | 'instance';

/** Where exports go by default: a folder inside the data folder, named so a week's exports sort together. */
export function defaultOutDir(dataDir: string, from: string, format: ExportFormat): string {
  const sep = dataDir.includes('\\') && !dataDir.includes('/') ? '\\' : '/';
  return [dataDir.replace(/[\\/]+$/, ''), 'exports', `${from}-${format}`].join(sep);
}

interface Props {
  weekDates: readonly string[];
  selected: Instance | null;
  /** Opens the rundown of a skipped item so it can be fixed. */
  onFix(fix: ConflictFix): void;
}

/**
 * Export as a job with progress and cancel. The core writes to a folder on the machine it runs on:
 * in browser mode that is the same PC (127.0.0.1 only), so the dialog proposes a folder inside the
 * data folder and shows the full path of every file written.
 */
export function ExportPanel({ weekDates, selected, onFix }: Props) {
  const { t, i18n } = useTranslation();
  const api = useApi();
  const uid = useId();
  const job = useExportJob();
  const from = weekDates[0] ?? '';
  const [scope, setScope] = useState<Scope>(selected ? 'instance' : 'week');
  const [day, setDay] = useState(from);
  const [format, setFormat] = useState<ExportFormat>('zara');
  const [copyAudio, setCopyAudio] = useState(false);
  const [split, setSplit] = useState<ExportSplit>('flat');
  const [refuseGaps, setRefuseGaps] = useState(false);
  const [playoutRoot, setPlayoutRoot] = useState('C:\\Cabina\\audio');
  const [outDir, setOutDir] = useState('');
  const [dataDir, setDataDir] = useState<string | null>(null);
  const [touched, setTouched] = useState(false);

  useEffect(() => {
    let live = true;
    api.call('app.info', {}).then(
      (info) => live && setDataDir(info.dataDir),
      () => live && setDataDir(''),
    );
    return () => {
      live = false;
    };
  }, [api]);
  useEffect(() => {
    if (dataDir && !touched) setOutDir(defaultOutDir(dataDir, scope === 'day' ? day : (selected && scope === 'instance' ? selected.date : from), format));
  }, [dataDir, touched, scope, day, from, format, selected]);

  const range = scope === 'week' ? { from, to: weekDates[6] ?? from } : scope === 'day' ? { from: day, to: day } : { from: selected?.date ?? from, to: selected?.date ?? from };
  const running = job.state.status === 'running';
  const submit = () =>
    void job.start({
      ...range,
      ...(scope === 'instance' && selected ? { instanceId: selected.id } : {}),
      format,
      outDir,
      copyAudio: copyAudio && !NO_AUDIO.has(format),
      split: PLAYLISTS.has(format) ? split : 'flat',
      onGap: refuseGaps ? 'refuse' : 'skip',
      playoutRoot,
      language: i18n.language.startsWith('en') ? 'en' : 'es',
    });
  const id = (f: string) => `${uid}-${f}`;
  return (
    <section className="export-panel" aria-labelledby={id('h')} data-testid="export-panel">
      <h2 id={id('h')}>{t('schedule.export.title')}</h2>
      <div className="field">
        <label htmlFor={id('scope')}>{t('schedule.export.scope')}</label>
        <select id={id('scope')} value={scope} data-testid="export-scope" onChange={(e) => setScope(e.target.value as Scope)}>
          <option value="week">{t('schedule.export.scopeWeek')}</option>
          <option value="day">{t('schedule.export.scopeDay')}</option>
          {selected && <option value="instance">{t('schedule.export.scopeInstanceNamed', { title: selected.title })}</option>}
        </select>
      </div>
      {scope === 'day' && (
        <div className="field">
          <label htmlFor={id('day')}>{t('schedule.export.scopeDay')}</label>
          <select id={id('day')} value={day} onChange={(e) => setDay(e.target.value)}>
            {weekDates.map((d) => (
              <option key={d} value={d}>
                {formatIsoDate(d, i18n.language)}
              </option>
            ))}
          </select>
        </div>
      )}
      <div className="field">
        <label htmlFor={id('format')}>{t('schedule.export.format')}</label>
        <select id={id('format')} value={format} data-testid="export-format" onChange={(e) => setFormat(e.target.value as ExportFormat)}>
          {exportFormatSchema.options.map((f) => (
            <option key={f} value={f}>
              {t(`schedule.export.formats.${f}`)}
            </option>
          ))}
        </select>
      </div>
      {PLAYLISTS.has(format) && (
        <div className="field">
          <label htmlFor={id('split')}>{t('schedule.export.split')}</label>
          <select id={id('split')} value={split} data-testid="export-split" onChange={(e) => setSplit(e.target.value as ExportSplit)}>
            <option value="flat">{t('schedule.export.splitFlat')}</option>
            <option value="program">{t('schedule.export.splitProgram')}</option>
          </select>
        </div>
      )}
      <div className="field field-check">
        <input id={id('copy')} type="checkbox" checked={copyAudio && !NO_AUDIO.has(format)} disabled={NO_AUDIO.has(format)} onChange={(e) => setCopyAudio(e.target.checked)} />
        <label htmlFor={id('copy')}>{t('schedule.export.copyAudio')}</label>
        {NO_AUDIO.has(format) && <p className="muted small">{t('schedule.export.noAudioForFormat')}</p>}
      </div>
      <div className="field field-check">
        <input id={id('refuse')} type="checkbox" checked={refuseGaps} data-testid="export-refuse" onChange={(e) => setRefuseGaps(e.target.checked)} />
        <label htmlFor={id('refuse')}>{t('schedule.export.refuseGaps')}</label>
      </div>
      <div className="field">
        <label htmlFor={id('root')}>{t('schedule.export.playoutRoot')}</label>
        <input id={id('root')} type="text" value={playoutRoot} onChange={(e) => setPlayoutRoot(e.target.value)} />
      </div>
      <div className="field">
        <label htmlFor={id('out')}>{t('schedule.export.outDir')}</label>
        <input id={id('out')} type="text" data-testid="export-outdir" value={outDir} onChange={(e) => { setTouched(true); setOutDir(e.target.value); }} />
        <p className="muted small">{t('schedule.export.outDirHint')}</p>
      </div>
      <div className="button-row">
        {running && (
          <button type="button" className="button" data-testid="export-cancel" onClick={job.cancel}>
            {t('schedule.export.cancel')}
          </button>
        )}
        <button type="button" className="button button-primary" data-testid="export-run" disabled={running || !outDir.trim()} onClick={submit}>
          {t('schedule.export.run')}
        </button>
      </div>
      <div aria-live="polite" data-testid="export-status">
        {job.state.status === 'running' && (
          <progress max={1} value={job.state.fraction} aria-label={t('schedule.export.progress')} />
        )}
        {job.state.status === 'cancelled' && <p className="state-message">{t('schedule.export.cancelled')}</p>}
        {job.state.status === 'failed' && <p className="state-message message-error" role="alert">{errorMessage(job.state.error, t)}</p>}
        {job.state.status === 'done' && <ExportDone result={job.state} onFix={onFix} />}
      </div>
    </section>
  );
}
