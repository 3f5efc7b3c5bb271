import { Pause, Play, Save, Scissors, Volume2, ZoomIn, ZoomOut } from 'lucide-react';
import { useEffect, useId, useState, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { REDACTIONS_MAX, type Redaction, type Testimony } from '../../../../shared/domain/voices.ts';
import { useApi } from '../../api/api-context.tsx';
import { errorMessage } from '../../i18n/error-message.ts';
import { PreviewPlayer } from './preview-player.tsx';
import { RedactionList } from './redaction-list.tsx';
import { useRedactionWaveform } from './use-redaction-waveform.ts';
import { WaveformStatus } from './waveform-status.tsx';

interface Props {
  testimony: Testimony;
  assetId: string;
  playhead: RefObject<(() => number) | null>;
  onSaved(): void;
}

const byStart = (a: Redaction, b: Redaction) => a.startSec - b.startSec || a.endSec - b.endSec;
const same = (a: readonly Redaction[], b: readonly Redaction[]) => JSON.stringify(a) === JSON.stringify(b);

/**
 * What must not leave the station: spans of the original (a name, a place, a face-to-face detail)
 * marked on its waveform to be covered by a tone or taken out. The original is never changed; the
 * spans apply to every copy that leaves.
 */
export function RedactionSection({ testimony, assetId, playhead, onSaved }: Props) {
  const { t } = useTranslation();
  const api = useApi();
  const id = useId();
  const [spans, setSpans] = useState<Redaction[]>(() => [...testimony.redactions].sort(byStart));
  const [note, setNote] = useState('');
  const [busy, setBusy] = useState(false);
  const [status, setStatus] = useState<{ kind: 'saved' | 'error'; text: string } | null>(null);
  const wave = useRedactionWaveform(testimony.id, assetId, spans);
  const { ws, selection, setSelection, clear } = wave;
  const [playing, setPlaying] = useState(false);
  const dirty = !same(spans, [...testimony.redactions].sort(byStart));
  const canMark = selection !== null && selection.end > selection.start && spans.length < REDACTIONS_MAX;

  // The consent form's "use the playhead position" reads where this player is.
  useEffect(() => {
    playhead.current = () => ws?.getCurrentTime() ?? 0;
    return () => {
      playhead.current = null;
    };
  }, [ws, playhead]);
  useEffect(() => {
    if (!ws) return;
    const offs = [ws.on('play', () => setPlaying(true)), ws.on('pause', () => setPlaying(false)), ws.on('finish', () => setPlaying(false))];
    return () => offs.forEach((off) => off());
  }, [ws]);

  const mark = (kind: Redaction['kind']) => {
    if (!selection || !canMark) return;
    setSpans((list) => [...list, { kind, startSec: round(selection.start), endSec: round(selection.end), note: note.trim() }].sort(byStart));
    setNote('');
    setStatus(null);
    clear();
  };

  async function save(): Promise<boolean> {
    setBusy(true);
    setStatus(null);
    try {
      await api.call('voices.redactions.save', { id: testimony.id, redactions: spans });
      setStatus({ kind: 'saved', text: t('voices.redact.saved', { count: spans.length }) });
      onSaved();
      return true;
    } catch (error) {
      setStatus({ kind: 'error', text: `${t('voices.redact.saveFailed')} ${errorMessage(error, t)}` });
      return false;
    } finally {
      setBusy(false);
    }
  }

  return (
    <section className="voices-section" aria-labelledby={`${id}-heading`} data-testid="voices-redaction">
      <h3 id={`${id}-heading`}>{t('voices.redact.heading')}</h3>
      <p className="hint">{t('voices.redact.intro')}</p>
      {wave.peaks.state.status === 'ready' ? (
        <div className="waveform voices-waveform" ref={wave.container} data-testid="voices-waveform" data-ready={wave.ready} aria-label={t('voices.redact.waveformLabel')} role="img" />
      ) : (
        <WaveformStatus state={wave.peaks.state} onCancel={wave.peaks.cancel} onRetry={wave.peaks.retry} />
      )}
      {wave.failed && (
        <p className="message-error" role="alert" data-testid="voices-waveform-failed">
          {t('voices.redact.cannotDraw')}
        </p>
      )}
      <div className="voices-redact-tools">
        <button type="button" className="button button-small" data-testid="voices-play" disabled={!ws} onClick={() => void ws?.playPause()}>
          {playing ? <Pause className="button-icon" aria-hidden="true" size={16} /> : <Play className="button-icon" aria-hidden="true" size={16} />}
          {playing ? t('voices.redact.pause') : t('voices.redact.play')}
        </button>
        <button type="button" className="button button-small" data-testid="voices-zoom-in" disabled={!ws || !wave.zoom.canZoomIn} title={t('edit.wheelHint')} onClick={wave.zoom.zoomIn}>
          <ZoomIn className="button-icon" aria-hidden="true" size={16} />
          {t('edit.zoomIn')}
        </button>
        <button type="button" className="button button-small" data-testid="voices-zoom-out" disabled={!ws || !wave.zoom.canZoomOut} title={t('edit.wheelHint')} onClick={wave.zoom.zoomOut}>
          <ZoomOut className="button-icon" aria-hidden="true" size={16} />
          {t('edit.zoomOut')}
        </button>
        <TimeInput label={t('voices.redact.start')} testId="voices-span-start" value={selection?.start} onChange={(start) => setSelection((s) => ({ start, end: s?.end ?? start }))} />
        <TimeInput label={t('voices.redact.end')} testId="voices-span-end" value={selection?.end} onChange={(end) => setSelection((s) => ({ start: s?.start ?? 0, end }))} />
        <div className="field voices-span-note">
          <label htmlFor={`${id}-note`}>{t('voices.redact.note')}</label>
          <input id={`${id}-note`} type="text" maxLength={200} data-testid="voices-span-note" placeholder={t('voices.redact.notePlaceholder')} value={note} onChange={(e) => setNote(e.target.value)} />
        </div>
      </div>
      <div className="button-row">
        <button type="button" className="button" data-testid="voices-mark-bleep" disabled={!canMark} onClick={() => mark('bleep')}>
          <Volume2 className="button-icon" aria-hidden="true" size={16} />
          {t('voices.redact.markBleep')}
        </button>
        <button type="button" className="button" data-testid="voices-mark-cut" disabled={!canMark} onClick={() => mark('cut')}>
          <Scissors className="button-icon" aria-hidden="true" size={16} />
          {t('voices.redact.markCut')}
        </button>
      </div>
      {!selection && <p className="muted small">{t('voices.redact.selectHint')}</p>}
      <RedactionList spans={spans} onRemove={(i) => setSpans((list) => list.filter((_, j) => j !== i))} />
      <div className="button-row">
        <button type="button" className="button button-primary" data-testid="voices-spans-save" disabled={busy || !dirty} onClick={() => void save()}>
          <Save className="button-icon" aria-hidden="true" size={16} />
          {busy ? t('voices.redact.saving') : t('voices.redact.save')}
        </button>
        {dirty && <span className="muted small" data-testid="voices-spans-unsaved">{t('voices.redact.unsaved')}</span>}
      </div>
      {status && (
        <p className={status.kind === 'error' ? 'message-error' : 'voices-note'} role={status.kind === 'error' ? 'alert' : 'status'} data-testid={status.kind === 'error' ? 'voices-spans-error' : 'voices-spans-saved'}>
          {status.text}
        </p>
      )}
      <PreviewPlayer testimonyId={testimony.id} beforePreview={dirty ? save : null} />
    </section>
  );
}

/** Tenths of a second: finer than anyone can select by ear, and it keeps the list readable. */
const round = (sec: number) => Math.round(sec * 10) / 10;

function TimeInput(p: { label: string; testId: string; value: number | undefined; onChange(sec: number): void }) {
  return (
    <label className="field voices-time">
      <span>{p.label}</span>
      <input type="number" step="0.1" min={0} data-testid={p.testId} value={p.value === undefined ? '' : p.value.toFixed(1)} onChange={(e) => p.onChange(Number(e.target.value))} />
    </label>
  );
}
