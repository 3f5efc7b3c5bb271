import { useCallback, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FileResultDialog } from '../../components/file-result-dialog.tsx';
import { errorMessage } from '../../i18n/error-message.ts';
import { EditToolbar } from './edit-toolbar.tsx';
import { EndsGroup } from './ends-group.tsx';
import { useFadeLength } from './fade-length.tsx';
import { LoudnessReadout } from './loudness-readout.tsx';
import { NormalizeResult } from './normalize-result.tsx';
import { useNormalizeResult } from './use-normalize-result.ts';
import { SaveGroups } from './save-groups.tsx';
import { formatSeconds } from './timeline-map.ts';
import { useEditActions, type JingleOption } from './use-edit-actions.ts';
import { useEditList } from './use-edit-list.ts';
import { useEditRegions } from './use-edit-regions.ts';
import type { EditorData } from './use-editor-data.ts';
import { useEditorKeys } from './use-editor-keys.ts';
import { usePlayback } from './use-playback.ts';
import { renderFileName, useRenderJob } from './use-render-job.ts';
import { useWaveformSelection } from '../../hooks/use-waveform-selection.ts';
import { TimeRuler } from './time-ruler.tsx';
import { useWavesurfer } from '../../hooks/use-wavesurfer.ts';
import { useWaveformZoom } from '../../hooks/use-waveform-zoom.ts';
import { useApi } from '../../api/api-context.tsx';

/** The editor once its peaks, analysis and edit list are loaded: waveform, readouts, toolbar, save. */
export function EditorWorkspace({ data, jingles, title }: { data: EditorData; jingles: JingleOption[]; title?: string }) {
  const { t } = useTranslation();
  const container = useRef<HTMLDivElement>(null);
  const { source, analysis } = data;
  const duration = source.durationSec;
  const [error, setError] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const fail = useCallback((e: unknown) => setError(errorMessage(e, t)), [t]);
  const clearMessages = useCallback(() => {
    setError(null);
    setNotice(null);
  }, []);

  const { ws, regions, ready } = useWavesurfer(container, source);
  const renderJob = useRenderJob(data.edits.versionId, { onStart: clearMessages, onError: fail });
  const normalized = useNormalizeResult(data.edits.versionId);
  const { clearResult } = renderJob;
  const { clear: clearNormalized } = normalized;
  const onChanged = useCallback(() => {
    clearResult();
    clearNormalized();
  }, [clearResult, clearNormalized]);
  const list = useEditList(data.edits, { onStart: clearMessages, onChanged, onError: fail });
  const { selection, setSelection, clear: clearSelection } = useWaveformSelection(regions, ready);
  useEditRegions(regions, ready, list.timeline, duration);
  const playback = usePlayback(ws, list.timeline, selection, duration);
  const api = useApi();
  const versionId = list.versionId;
  const finerPeaks = useCallback((pixels: number) => api.call('audio.peaks', { versionId, pixels }), [api, versionId]);
  const zoom = useWaveformZoom({ ws, ready, durationSec: source.durationSec, initialPeakPairs: (source.peaks?.length ?? 0) / 2, container, finerPeaks });
  const fade = useFadeLength();
  const actions = useEditActions({ ws, versionId: list.versionId, timeline: list.timeline, durationSec: duration, selection, setSelection, clearSelection, edit: list.edit, fadeSec: fade.fadeSec, notify: setNotice, fail });
  const undo = () => void list.undo();
  const redo = () => void list.redo();
  useEditorKeys({ playPause: playback.playPause, cut: actions.cut, undo, redo, setIn: actions.setIn, setOut: actions.setOut, marker: () => actions.marker('cue') });

  const editedLength = list.timeline.durationSec;
  const { render, result } = renderJob;
  const [shown, setShown] = useState(true);
  const [shownFor, setShownFor] = useState(result);
  if (shownFor !== result) {
    // Every new render opens the dialog again, even after the last one was closed.
    setShownFor(result);
    setShown(true);
  }
  const resultFiles = useMemo(() => (result ? [{ path: result.path, name: renderFileName(title, result.path) }] : []), [result, title]);
  return (
    <div className="waveform-editor">
      {error && (
        <p className="message-error" role="alert" data-testid="edit-error">
          {error}
        </p>
      )}
      {notice && (
        <p className="edit-notice" role="status" data-testid="edit-notice">
          {notice}
        </p>
      )}
      <div className="edit-readouts">
        <LoudnessReadout label={t('edit.loudness.original')} analysis={analysis} testId="loudness-readout" />
        {result && <LoudnessReadout label={t('edit.loudness.rendered')} analysis={result} testId="rendered-readout" />}
        <p className="edit-lengths">
          {t('edit.length', { original: formatSeconds(duration), edited: formatSeconds(editedLength) })}
          <span hidden data-testid="edited-duration">
            {editedLength.toFixed(3)}
          </span>
        </p>
      </div>
      <div ref={container} className="waveform" data-testid="waveform" data-ready={ready ? 'true' : 'false'} aria-label={t('edit.waveform')} title={t('edit.wheelHint')} role="img" />
      <TimeRuler ws={ws} ready={ready} durationSec={duration} />
      <div className="edit-toolbar">
        <EditToolbar
          playback={playback}
          zoom={zoom}
          selection={selection}
          setSelection={setSelection}
          durationSec={duration}
          actions={actions}
          history={{ canUndo: list.canUndo, canRedo: list.canRedo, undo, redo }}
          fade={fade}
        />
        <EndsGroup jingles={jingles} timeline={list.timeline} onTrimSilence={actions.trimSilence} onInsert={actions.insert} />
        <SaveGroups
          normalized={list.timeline.normalize !== null}
          onNormalize={(preset) =>
            void actions.normalize(preset).then((ok) => {
              if (ok) void normalized.measure();
            })
          }
          normalizeResult={<NormalizeResult state={normalized} />}
          rendering={render !== null} onRender={(format, bits) => void renderJob.start(format, bits)} />
      </div>
      {render && (
        <div className="edit-progress" data-testid="render-progress">
          <progress max={1} value={render.fraction} aria-label={t('edit.rendering')} />
          <button type="button" className="button" onClick={renderJob.cancel} data-testid="render-cancel">
            {t('edit.cancel')}
          </button>
        </div>
      )}
      {result && shown && (
        // Issue #11 req. 3: the render is a file the user can save, open or copy, shown where they look.
        <FileResultDialog title={t('edit.renderDone')} files={resultFiles} onClose={() => setShown(false)}>
          <p className="edit-result" data-testid="render-result" data-duration={result.durationSec} data-lufs={result.integratedLufs ?? ''}>
            {t('edit.renderFacts', { duration: formatSeconds(result.durationSec) })}
          </p>
        </FileResultDialog>
      )}
    </div>
  );
}
