import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type WaveSurfer from 'wavesurfer.js';
import { useApi } from '../../api/api-context.tsx';
import { silenceTrim } from './silence-trim.ts';
import { formatSeconds, toEdited, type Timeline } from './timeline-map.ts';
import type { EditOp } from './use-edit-list.ts';
import type { Selection } from '../../hooks/use-waveform-selection.ts';

export const PRESETS = { radio: -18, 'ebu-r128': -23, internet: -16 } as const;
export type Preset = keyof typeof PRESETS;
const CEILING = -1.5;

/** A library segment with audio that can go before or after this one. */
export interface JingleOption {
  versionId: string;
  assetId: string;
  title: string;
}

interface Deps {
  ws: WaveSurfer | null;
  versionId: string;
  timeline: Timeline;
  durationSec: number;
  selection: Selection | null;
  setSelection: (update: (s: Selection | null) => Selection | null) => void;
  clearSelection: () => void;
  edit: (op: EditOp) => Promise<boolean>;
  /** Length of the fades the buttons add, in seconds. */
  fadeSec: number;
  notify: (message: string | null) => void;
  fail: (e: unknown) => void;
}

/**
 * The editing actions of the toolbar and keyboard, as edit-list operations. The waveform shows the
 * original, the operations are on the edited timeline: selections go through `toEdited`.
 */
export function useEditActions(d: Deps) {
  const { t } = useTranslation();
  const api = useApi();
  const { ws, versionId, timeline, durationSec, selection, setSelection, clearSelection, edit, fadeSec, notify, fail } = d;
  const now = useCallback(() => ws?.getCurrentTime() ?? 0, [ws]);
  const edited = selection && selection.end - selection.start > 0 ? { startSec: toEdited(timeline, selection.start), endSec: toEdited(timeline, selection.end) } : null;

  const cut = () => {
    if (!edited) return;
    void edit({ type: 'cut', ...edited });
    clearSelection();
  };
  const trim = () => {
    if (!edited) return;
    void edit({ type: 'trim', ...edited });
    clearSelection();
  };
  // Voces (issue #14 §2): a 1 kHz tone over a name or a place; the length stays, so nothing after it moves.
  const bleep = () => {
    if (!edited) return;
    void edit({ type: 'bleep', ...edited });
    clearSelection();
  };
  const gain = (db: number) => edited && Number.isFinite(db) && db !== 0 && void edit({ type: 'gain', ...edited, db });
  // The chosen fade length (issue #11), never longer than what is left of the edit.
  const fadeLength = Math.min(fadeSec, timeline.durationSec);
  const fadeIn = () => void edit({ type: 'fadeIn', durationSec: fadeLength });
  const fadeOut = () => void edit({ type: 'fadeOut', durationSec: fadeLength });
  const marker = (kind: 'cue' | 'introEnd' | 'outroStart') => void edit({ type: 'marker', kind, atSec: toEdited(timeline, now()) });
  const normalize = (preset: Preset) => edit({ type: 'normalize', targetLufs: PRESETS[preset], ceilingDbtp: CEILING });
  const setIn = () => setSelection((s) => ({ start: now(), end: Math.max(now(), s?.end ?? durationSec) }));
  const setOut = () => setSelection((s) => ({ start: Math.min(now(), s?.start ?? 0), end: now() }));

  const trimSilence = async () => {
    notify(null);
    try {
      const found = await api.call('audio.silence', { versionId });
      const range = silenceTrim(timeline, found);
      if (!range) {
        notify(t('edit.noSilence'));
        return;
      }
      if (await edit({ type: 'trim', ...range })) {
        notify(t('edit.silenceTrimmed', { lead: formatSeconds(range.startSec), trail: formatSeconds(timeline.durationSec - range.endSec) }));
      }
    } catch (e) {
      fail(e);
    }
  };

  const insert = async (position: 'intro' | 'outro', jingle: JingleOption) => {
    notify(null);
    try {
      // The measured length of the decoded jingle, not the container's estimate.
      const { analysis } = await api.call('audio.analysis', { versionId: jingle.versionId });
      await edit({ type: 'insert', position, assetId: jingle.assetId, durationSec: analysis.durationSec });
    } catch (e) {
      fail(e);
    }
  };

  return { cut, trim, bleep, gain, fadeIn, fadeOut, marker, normalize, setIn, setOut, trimSilence, insert, hasSelection: edited !== null };
}
