import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ActionButton, Group } from './edit-controls.tsx';
import { FadeLengthSelect } from './fade-length.tsx';
import type { useEditActions } from './use-edit-actions.ts';
import type { usePlayback } from './use-playback.ts';
import type { Selection } from '../../hooks/use-waveform-selection.ts';
import type { useWaveformZoom } from '../../hooks/use-waveform-zoom.ts';

type Actions = ReturnType<typeof useEditActions>;

/** A selection edge typed in seconds. */
function TimeField(props: { label: string; testId: string; value: number | undefined; onChange: (seconds: number) => void }) {
  return (
    <label className="edit-time">
      <span>{props.label}</span>
      <input type="number" step="0.1" min={0} data-testid={props.testId} value={props.value === undefined ? '' : props.value.toFixed(2)} onChange={(e) => props.onChange(Number(e.target.value))} />
    </label>
  );
}

export interface EditToolbarProps {
  playback: ReturnType<typeof usePlayback>;
  zoom: ReturnType<typeof useWaveformZoom>;
  selection: Selection | null;
  setSelection: (update: (s: Selection | null) => Selection | null) => void;
  durationSec: number;
  actions: Actions;
  history: { canUndo: boolean; canRedo: boolean; undo: () => void; redo: () => void };
  fade: { fadeSec: number; setFadeSec: (sec: number) => void };
}

/** Playback, selection and editing: every action a labelled button with an icon (issue #3). */
export function EditToolbar({ playback, zoom, selection, setSelection, durationSec, actions, history, fade }: EditToolbarProps) {
  const { t } = useTranslation();
  const wheel = t('edit.wheelHint');
  return (
    <>
      <Group label={t('edit.groups.playback')}>
        <ActionButton icon={playback.playing ? 'pause' : 'play'} label={playback.playing ? t('edit.pause') : t('edit.play')} onClick={playback.playPause} shortcut="Space" testId="play-button" />
        <ActionButton icon="play-selection" label={t('edit.playSelection')} onClick={playback.playSelection} disabled={!selection} testId="play-selection-button" />
        <ActionButton icon="loop" label={t('edit.loop')} onClick={playback.toggleLoop} pressed={playback.loop} testId="loop-button" />
        <ActionButton
          icon="compare"
          label={playback.mode === 'edited' ? t('edit.hearOriginal') : t('edit.hearEdited')}
          onClick={playback.toggleMode}
          pressed={playback.mode === 'original'}
          testId="compare-button"
        />
        <ActionButton icon="zoom-in" label={t('edit.zoomIn')} onClick={zoom.zoomIn} disabled={!zoom.canZoomIn} hint={wheel} testId="zoom-in-button" />
        <ActionButton icon="zoom-out" label={t('edit.zoomOut')} onClick={zoom.zoomOut} disabled={!zoom.canZoomOut} hint={wheel} testId="zoom-out-button" />
      </Group>
      <Group label={t('edit.groups.selection')}>
        <TimeField label={t('edit.selectionStart')} testId="selection-start" value={selection?.start} onChange={(start) => setSelection((sel) => ({ start, end: sel?.end ?? durationSec }))} />
        <TimeField label={t('edit.selectionEnd')} testId="selection-end" value={selection?.end} onChange={(end) => setSelection((sel) => ({ start: sel?.start ?? 0, end }))} />
        <ActionButton icon="mark-in" label={t('edit.setIn')} onClick={actions.setIn} shortcut="I" testId="set-in-button" />
        <ActionButton icon="mark-out" label={t('edit.setOut')} onClick={actions.setOut} shortcut="O" testId="set-out-button" />
      </Group>
      <Group label={t('edit.groups.edit')}>
        <ActionButton icon="cut" label={t('edit.cut')} onClick={actions.cut} disabled={!selection} shortcut="Delete" testId="cut-button" />
        <ActionButton icon="bleep" label={t('edit.bleep')} onClick={actions.bleep} disabled={!actions.hasSelection} hint={t('edit.bleepHint')} testId="bleep-button" />
        <ActionButton icon="trim" label={t('edit.trim')} onClick={actions.trim} disabled={!actions.hasSelection} testId="trim-button" />
        <GainControl onApply={actions.gain} disabled={!actions.hasSelection} />
        <FadeLengthSelect value={fade.fadeSec} onChange={fade.setFadeSec} />
        <ActionButton icon="fade-in" label={t('edit.fadeIn')} onClick={actions.fadeIn} testId="fade-in-button" />
        <ActionButton icon="fade-out" label={t('edit.fadeOut')} onClick={actions.fadeOut} testId="fade-out-button" />
        <ActionButton icon="marker" label={t('edit.addMarker')} onClick={() => actions.marker('cue')} shortcut="M" testId="marker-button" />
        <ActionButton icon="marker" label={t('edit.marker.introEnd')} onClick={() => actions.marker('introEnd')} testId="intro-marker-button" />
        <ActionButton icon="marker" label={t('edit.marker.outroStart')} onClick={() => actions.marker('outroStart')} testId="outro-marker-button" />
        <ActionButton icon="undo" label={t('edit.undo')} onClick={history.undo} disabled={!history.canUndo} shortcut="Control+Z" testId="undo-button" />
        <ActionButton icon="redo" label={t('edit.redo')} onClick={history.redo} disabled={!history.canRedo} shortcut="Control+Shift+Z" testId="redo-button" />
      </Group>
    </>
  );
}

/** Gain on the selection: a dB amount (−60 … +24, as the contract allows) and a button to apply it. */
function GainControl({ onApply, disabled }: { onApply: (db: number) => void; disabled: boolean }) {
  const { t } = useTranslation();
  const [db, setDb] = useState('-6');
  const value = Number(db);
  const valid = db.trim() !== '' && Number.isFinite(value) && value >= -60 && value <= 24 && value !== 0;
  return (
    <>
      <label className="edit-time">
        <span>{t('edit.gainDb')}</span>
        <input type="number" step="0.5" min={-60} max={24} data-testid="gain-db" value={db} onChange={(e) => setDb(e.target.value)} aria-invalid={!valid} />
      </label>
      <ActionButton icon="gain" label={t('edit.gain')} onClick={() => onApply(value)} disabled={disabled || !valid} testId="gain-button" />
    </>
  );
}
