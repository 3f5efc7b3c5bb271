import { useCallback, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { MethodInput, MethodOutput } from '../../../../shared/api/contract.ts';
import { useApi } from '../../api/api-context.tsx';
import { isCancelledError } from '../../api/api-client.ts';
import { errorMessage } from '../../i18n/error-message.ts';
import { EditIcon } from './edit-icons.tsx';
import { formatSeconds, removedStretches, skipRemoved, toEdited, type Timeline } from './timeline-map.ts';
import { useWavesurfer, type WaveformSource } from './use-wavesurfer.ts';

type EditOp = MethodInput<'audio.edits.apply'>['op'];
type Analysis = MethodOutput<'audio.analysis'>['analysis'];
type RenderFormat = MethodInput<'audio.render'>['format'];
type RenderResult = MethodOutput<'audio.render'>;

const PRESETS = { radio: -18, 'ebu-r128': -23, internet: -16 } as const;
const CEILING = -1.5;
const ZOOM_STEPS = [0, 2, 5, 10, 25, 50, 100, 200, 500];
const MAX_PEAK_PIXELS = 400_000;

interface Selection {
  start: number;
  end: number;
}

function Readout({ label, analysis, testId }: { label: string; analysis: { integratedLufs: number | null; loudnessRangeLu?: number; truePeakDbtp: number | null } | null; testId?: string }) {
  const { t } = useTranslation();
  const f = (v: number | null | undefined, unit: string) => (v === null || v === undefined ? '—' : `${v.toFixed(1)} ${unit}`);
  return (
    <dl className="loudness" data-testid={testId} aria-label={label}>
      <dt>{label}</dt>
      <dd>
        <abbr title={t('edit.loudness.integrated')}>I</abbr> {f(analysis?.integratedLufs, 'LUFS')}
      </dd>
      {analysis && 'loudnessRangeLu' in analysis && (
        <dd>
          <abbr title={t('edit.loudness.range')}>LRA</abbr> {f(analysis.loudnessRangeLu, 'LU')}
        </dd>
      )}
      <dd>
        <abbr title={t('edit.loudness.truePeak')}>TP</abbr> {f(analysis?.truePeakDbtp, 'dBTP')}
      </dd>
    </dl>
  );
}

function ActionButton(props: { icon: Parameters<typeof EditIcon>[0]['name']; label: string; onClick: () => void; testId?: string; disabled?: boolean; pressed?: boolean; shortcut?: string }) {
  return (
    <button
      type="button"
      className="button edit-action"
      data-testid={props.testId}
      onClick={props.onClick}
      disabled={props.disabled}
      aria-pressed={props.pressed}
      aria-keyshortcuts={props.shortcut}
      title={props.shortcut ? `${props.label} (${props.shortcut})` : props.label}
    >
      <EditIcon name={props.icon} />
      <span>{props.label}</span>
    </button>
  );
}

function Group({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div role="group" aria-label={label} className="edit-group">
      {children}
    </div>
  );
}

/** The waveform editor of one segment's first version (issue #3 "Editar"). */
export function WaveformEditor({ segmentId, assetId }: { segmentId: string; assetId: string }) {
  const { t } = useTranslation();
  const api = useApi();
  const container = useRef<HTMLDivElement>(null);
  const [source, setSource] = useState<WaveformSource | null>(null);
  const [analysis, setAnalysis] = useState<Analysis | null>(null);
  const [versionId, setVersionId] = useState(segmentId);
  const [timeline, setTimeline] = useState<Timeline | null>(null);
  const [canUndo, setCanUndo] = useState(false);
  const [canRedo, setCanRedo] = useState(false);
  const [selection, setSelection] = useState<Selection | null>(null);
  const [zoom, setZoom] = useState(0);
  const [loop, setLoop] = useState(false);
  const [mode, setMode] = useState<'edited' | 'original'>('edited');
  const [playing, setPlaying] = useState(false);
  const [preset, setPreset] = useState<keyof typeof PRESETS>('radio');
  const [format, setFormat] = useState<RenderFormat>('master');
  const [render, setRender] = useState<{ jobId: string; fraction: number } | null>(null);
  const [result, setResult] = useState<RenderResult | null>(null);
  const [error, setError] = useState<string | null>(null);
  const { ws, regions, ready } = useWavesurfer(container, source);

  const fail = useCallback((e: unknown) => setError(errorMessage(e, t)), [t]);

  useEffect(() => {
    let live = true;
    const width = Math.max(1000, Math.round((typeof window === 'undefined' ? 1000 : window.innerWidth) * 2));
    Promise.all([api.call('audio.peaks', { versionId: segmentId, pixels: width }), api.call('audio.analysis', { versionId: segmentId }), api.call('audio.edits.get', { versionId: segmentId })]).then(
      ([peaks, measured, edits]) => {
        if (!live) return;
        const scaled = new Float32Array(peaks.peaks.length);
        for (let i = 0; i < scaled.length; i += 1) scaled[i] = (peaks.peaks[i] ?? 0) / 32767;
        setSource({ url: api.mediaUrl(assetId), peaks: scaled, durationSec: peaks.durationSec });
        setAnalysis(measured.analysis);
        setVersionId(edits.versionId);
        setTimeline(edits.timeline);
        setCanUndo(edits.edits.ops.length > 0);
        setCanRedo(edits.edits.undone.length > 0);
      },
      (e: unknown) => live && fail(e),
    );
    return () => {
      live = false;
    };
  }, [api, segmentId, assetId, fail]);

  const duration = source?.durationSec ?? 0;

  // Drag to select: one selection region at a time.
  useEffect(() => {
    if (!regions) return;
    const disable = regions.enableDragSelection({ color: 'rgba(29, 77, 64, 0.25)', id: 'selection' });
    const offCreated = regions.on('region-created', (region) => {
      if (region.id !== 'selection' && !region.id.startsWith('selection')) return;
      for (const other of regions.getRegions()) if (other !== region && other.id.startsWith('selection')) other.remove();
      setSelection({ start: region.start, end: region.end });
    });
    const offUpdated = regions.on('region-updated', (region) => {
      if (region.id.startsWith('selection')) setSelection({ start: region.start, end: region.end });
    });
    return () => {
      disable();
      offCreated();
      offUpdated();
    };
  }, [regions]);

  // Draw the edits on the original waveform: removed stretches, fades, markers.
  useEffect(() => {
    if (!regions || !timeline || !ready) return;
    for (const r of regions.getRegions()) if (r.id.startsWith('edit-')) r.remove();
    removedStretches(timeline, duration).forEach((gap, i) =>
      regions.addRegion({ id: `edit-cut-${i}`, start: gap.startSec, end: gap.endSec, color: 'rgba(192, 57, 43, 0.30)', drag: false, resize: false, content: t('edit.removed') }),
    );
    const firstKept = timeline.pieces.find((p) => p.assetId === null);
    const lastKept = timeline.pieces.findLast((p) => p.assetId === null);
    if (timeline.fadeInSec > 0 && firstKept) regions.addRegion({ id: 'edit-fade-in', start: firstKept.inSec, end: firstKept.inSec + timeline.fadeInSec, color: 'rgba(241, 196, 15, 0.30)', drag: false, resize: false, content: t('edit.fadeIn') });
    if (timeline.fadeOutSec > 0 && lastKept) regions.addRegion({ id: 'edit-fade-out', start: lastKept.outSec - timeline.fadeOutSec, end: lastKept.outSec, color: 'rgba(241, 196, 15, 0.30)', drag: false, resize: false, content: t('edit.fadeOut') });
    timeline.markers.forEach((m, i) => {
      let at = m.atSec;
      // Markers are on the edited timeline: find their place on the original.
      let acc = 0;
      for (const p of timeline.pieces) {
        const len = p.outSec - p.inSec;
        if (m.atSec <= acc + len) {
          at = p.assetId === null ? p.inSec + (m.atSec - acc) : p.inSec;
          break;
        }
        acc += len;
      }
      regions.addRegion({ id: `edit-marker-${i}`, start: at, color: '#8e44ad', drag: false, content: t(`edit.marker.${m.kind}`) });
    });
  }, [regions, timeline, ready, duration, t]);

  // Playback: edited mode skips removed stretches; loop repeats the selection.
  useEffect(() => {
    if (!ws) return;
    const offs = [
      ws.on('play', () => setPlaying(true)),
      ws.on('pause', () => setPlaying(false)),
      ws.on('timeupdate', (time) => {
        if (loop && selection && time >= selection.end) {
          ws.setTime(selection.start);
          return;
        }
        if (mode === 'edited' && timeline && ws.isPlaying()) {
          const next = skipRemoved(timeline, time, duration);
          if (next === null) ws.pause();
          else if (next !== time) ws.setTime(next);
        }
      }),
    ];
    return () => offs.forEach((off) => off());
  }, [ws, loop, selection, mode, timeline, duration]);

  // Zoom: finer precomputed peaks are fetched only when the zoom needs them (capped, so a 3-hour
  // file never brings more than MAX_PEAK_PIXELS points into the renderer).
  const peakPairs = useRef(0);
  useEffect(() => {
    peakPairs.current = source ? source.peaks.length / 2 : 0;
  }, [source]);
  useEffect(() => {
    if (!ws || !ready) return;
    const pxPerSec = ZOOM_STEPS[zoom] ?? 0;
    ws.zoom(pxPerSec);
    const wanted = Math.min(MAX_PEAK_PIXELS, Math.round(pxPerSec * duration));
    if (wanted <= peakPairs.current * 1.5) return;
    let live = true;
    api.call('audio.peaks', { versionId, pixels: wanted }).then(
      (finer) => {
        if (!live || finer.peaks.length / 2 <= peakPairs.current) return;
        const scaled = Float32Array.from(finer.peaks, (v) => v / 32767);
        peakPairs.current = finer.peaks.length / 2;
        ws.setOptions({ peaks: [scaled], duration });
      },
      () => undefined, // the coarser peaks stay: zoom still works, just less detailed
    );
    return () => {
      live = false;
    };
  }, [api, ws, ready, zoom, duration, versionId]);

  const applyEdit = useCallback(
    async (call: () => Promise<MethodOutput<'audio.edits.get'>>) => {
      setError(null);
      try {
        const next = await call();
        setTimeline(next.timeline);
        setCanUndo(next.edits.ops.length > 0);
        setCanRedo(next.edits.undone.length > 0);
        setResult(null);
      } catch (e) {
        fail(e);
      }
    },
    [fail],
  );
  const edit = useCallback((op: EditOp) => applyEdit(() => api.call('audio.edits.apply', { versionId, op })), [api, applyEdit, versionId]);
  const undo = useCallback(() => applyEdit(() => api.call('audio.edits.undo', { versionId })), [api, applyEdit, versionId]);
  const redo = useCallback(() => applyEdit(() => api.call('audio.edits.redo', { versionId })), [api, applyEdit, versionId]);

  const now = () => ws?.getCurrentTime() ?? 0;
  const cut = useCallback(() => {
    if (!selection || !timeline || selection.end - selection.start <= 0) return;
    void edit({ type: 'cut', startSec: toEdited(timeline, selection.start), endSec: toEdited(timeline, selection.end) });
    for (const r of regions?.getRegions() ?? []) if (r.id.startsWith('selection')) r.remove();
    setSelection(null);
  }, [edit, selection, timeline, regions]);
  const selectionLength = selection ? selection.end - selection.start : 0;
  const fadeIn = () => void edit({ type: 'fadeIn', durationSec: selectionLength > 0 ? selectionLength : 1 });
  const fadeOut = () => void edit({ type: 'fadeOut', durationSec: selectionLength > 0 ? selectionLength : 1 });
  const marker = (kind: 'cue' | 'introEnd' | 'outroStart') => timeline && void edit({ type: 'marker', kind, atSec: toEdited(timeline, now()) });
  const normalize = () => void edit({ type: 'normalize', targetLufs: PRESETS[preset], ceilingDbtp: CEILING });
  const playPause = () => void ws?.playPause();
  const playSelection = () => selection && void ws?.play(selection.start, selection.end);
  const setIn = () => setSelection((s) => ({ start: now(), end: Math.max(now(), s?.end ?? duration) }));
  const setOut = () => setSelection((s) => ({ start: Math.min(now(), s?.start ?? 0), end: now() }));

  const startRender = async () => {
    const jobId = crypto.randomUUID();
    setError(null);
    setResult(null);
    setRender({ jobId, fraction: 0 });
    const off = api.on('job.progress', (p) => {
      if (p.jobId === jobId) setRender((r) => (r ? { ...r, fraction: p.fraction } : r));
    });
    try {
      setResult(await api.call('audio.render', { jobId, versionId, format }));
    } catch (e) {
      if (!isCancelledError(e)) fail(e);
    } finally {
      off();
      setRender(null);
    }
  };
  const cancelRender = () => render && void api.call('jobs.cancel', { jobId: render.jobId });

  // Keyboard: space, Delete, Ctrl+Z / Ctrl+Shift+Z, I / O, M (not while typing in a field).
  const keys = useRef<(e: KeyboardEvent) => void>(() => undefined);
  keys.current = (e: KeyboardEvent) => {
    const target = e.target as HTMLElement | null;
    if (target && (target.tagName === 'INPUT' || target.tagName === 'SELECT' || target.tagName === 'TEXTAREA')) return;
    const k = e.key.toLowerCase();
    if ((e.ctrlKey || e.metaKey) && k === 'z') {
      e.preventDefault();
      void (e.shiftKey ? redo() : undo());
    } else if (e.key === ' ' && target?.tagName !== 'BUTTON') {
      e.preventDefault();
      playPause();
    } else if (e.key === 'Delete' || e.key === 'Backspace') {
      cut();
    } else if (k === 'i' && !e.ctrlKey) setIn();
    else if (k === 'o' && !e.ctrlKey) setOut();
    else if (k === 'm' && !e.ctrlKey) marker('cue');
  };
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => keys.current(e);
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  // Keep the drawn selection in step with the numeric fields.
  useEffect(() => {
    if (!regions || !ready) return;
    const current = regions.getRegions().find((r) => r.id.startsWith('selection'));
    if (!selection) return;
    if (current) {
      if (Math.abs(current.start - selection.start) > 0.01 || Math.abs(current.end - selection.end) > 0.01) current.setOptions({ start: selection.start, end: selection.end });
    } else if (selection.end > selection.start) {
      regions.addRegion({ id: 'selection', start: selection.start, end: selection.end, color: 'rgba(29, 77, 64, 0.25)' });
    }
  }, [regions, ready, selection]);

  const editedLength = useMemo(() => timeline?.durationSec ?? duration, [timeline, duration]);

  return (
    <div className="waveform-editor">
      {error && (
        <p className="message-error" role="alert" data-testid="edit-error">
          {error}
        </p>
      )}
      <div className="edit-readouts">
        <Readout label={t('edit.loudness.original')} analysis={analysis} testId="loudness-readout" />
        {result && <Readout label={t('edit.loudness.rendered')} analysis={result} testId="rendered-readout" />}
        <p className="edit-lengths">
          {t('edit.length', { original: formatSeconds(duration), edited: formatSeconds(editedLength) })}
          <span hidden data-testid="edited-duration">
            {editedLength.toFixed(3)}
          </span>
        </p>
      </div>
      <div ref={container} className="waveform" data-testid="waveform" data-ready={ready ? 'true' : 'false'} aria-label={t('edit.waveform')} role="img" />
      <div className="edit-toolbar">
        <Group label={t('edit.groups.playback')}>
          <ActionButton icon={playing ? 'pause' : 'play'} label={playing ? t('edit.pause') : t('edit.play')} onClick={playPause} shortcut="Space" testId="play-button" />
          <ActionButton icon="play-selection" label={t('edit.playSelection')} onClick={playSelection} disabled={!selection} testId="play-selection-button" />
          <ActionButton icon="loop" label={t('edit.loop')} onClick={() => setLoop((l) => !l)} pressed={loop} testId="loop-button" />
          <ActionButton icon="compare" label={mode === 'edited' ? t('edit.hearOriginal') : t('edit.hearEdited')} onClick={() => setMode((m) => (m === 'edited' ? 'original' : 'edited'))} pressed={mode === 'original'} testId="compare-button" />
          <ActionButton icon="zoom-in" label={t('edit.zoomIn')} onClick={() => setZoom((z) => Math.min(ZOOM_STEPS.length - 1, z + 1))} testId="zoom-in-button" />
          <ActionButton icon="zoom-out" label={t('edit.zoomOut')} onClick={() => setZoom((z) => Math.max(0, z - 1))} testId="zoom-out-button" />
        </Group>
        <Group label={t('edit.groups.selection')}>
          <label className="edit-time">
            <span>{t('edit.selectionStart')}</span>
            <input
              type="number"
              step="0.1"
              min={0}
              data-testid="selection-start"
              value={selection ? selection.start.toFixed(2) : ''}
              onChange={(e) => setSelection((s) => ({ start: Number(e.target.value), end: s?.end ?? duration }))}
            />
          </label>
          <label className="edit-time">
            <span>{t('edit.selectionEnd')}</span>
            <input
              type="number"
              step="0.1"
              min={0}
              data-testid="selection-end"
              value={selection ? selection.end.toFixed(2) : ''}
              onChange={(e) => setSelection((s) => ({ start: s?.start ?? 0, end: Number(e.target.value) }))}
            />
          </label>
          <ActionButton icon="mark-in" label={t('edit.setIn')} onClick={setIn} shortcut="I" testId="set-in-button" />
          <ActionButton icon="mark-out" label={t('edit.setOut')} onClick={setOut} shortcut="O" testId="set-out-button" />
        </Group>
        <Group label={t('edit.groups.edit')}>
          <ActionButton icon="cut" label={t('edit.cut')} onClick={cut} disabled={!selection} shortcut="Delete" testId="cut-button" />
          <ActionButton icon="fade-in" label={t('edit.fadeIn')} onClick={fadeIn} testId="fade-in-button" />
          <ActionButton icon="fade-out" label={t('edit.fadeOut')} onClick={fadeOut} testId="fade-out-button" />
          <ActionButton icon="marker" label={t('edit.addMarker')} onClick={() => marker('cue')} shortcut="M" testId="marker-button" />
          <ActionButton icon="marker" label={t('edit.marker.introEnd')} onClick={() => marker('introEnd')} testId="intro-marker-button" />
          <ActionButton icon="marker" label={t('edit.marker.outroStart')} onClick={() => marker('outroStart')} testId="outro-marker-button" />
          <ActionButton icon="undo" label={t('edit.undo')} onClick={() => void undo()} disabled={!canUndo} shortcut="Control+Z" testId="undo-button" />
          <ActionButton icon="redo" label={t('edit.redo')} onClick={() => void redo()} disabled={!canRedo} shortcut="Control+Shift+Z" testId="redo-button" />
        </Group>
        <Group label={t('edit.groups.loudness')}>
          <label className="edit-select">
            <span>{t('edit.preset')}</span>
            <select value={preset} onChange={(e) => setPreset(e.target.value as keyof typeof PRESETS)} data-testid="preset-select">
              {Object.keys(PRESETS).map((p) => (
                <option key={p} value={p}>
                  {t(`edit.presets.${p}`)}
                </option>
              ))}
            </select>
          </label>
          <ActionButton icon="normalize" label={t('edit.normalize')} onClick={normalize} testId="normalize-button" pressed={timeline?.normalize !== null && timeline?.normalize !== undefined} />
        </Group>
        <Group label={t('edit.groups.save')}>
          <label className="edit-select">
            <span>{t('edit.format')}</span>
            <select value={format} onChange={(e) => setFormat(e.target.value as RenderFormat)} data-testid="format-select">
              <option value="master">{t('edit.formats.master')}</option>
              <option value="mp3">{t('edit.formats.mp3')}</option>
              <option value="opus">{t('edit.formats.opus')}</option>
            </select>
          </label>
          <ActionButton icon="render" label={t('edit.render')} onClick={() => void startRender()} disabled={render !== null} testId="render-button" />
        </Group>
      </div>
      {render && (
        <div className="edit-progress" data-testid="render-progress">
          <progress max={1} value={render.fraction} aria-label={t('edit.rendering')} />
          <button type="button" className="button" onClick={cancelRender} data-testid="render-cancel">
            {t('edit.cancel')}
          </button>
        </div>
      )}
      {result && (
        <p className="edit-result" role="status" data-testid="render-result" data-duration={result.durationSec} data-lufs={result.integratedLufs ?? ''}>
          {t('edit.rendered', { path: result.path, duration: formatSeconds(result.durationSec) })}
        </p>
      )}
    </div>
  );
}
