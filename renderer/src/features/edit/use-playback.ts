import { useCallback, useEffect, useState } from 'react';
import type WaveSurfer from 'wavesurfer.js';
import { skipRemoved, type Timeline } from './timeline-map.ts';
import type { Selection } from '../../hooks/use-waveform-selection.ts';

/**
 * Playback of the original media: in "edited" mode it jumps over removed stretches (compare =
 * hear the original), and loop repeats the selection.
 */
export function usePlayback(ws: WaveSurfer | null, timeline: Timeline, selection: Selection | null, durationSec: number) {
  const [playing, setPlaying] = useState(false);
  const [loop, setLoop] = useState(false);
  const [mode, setMode] = useState<'edited' | 'original'>('edited');

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
        if (mode === 'edited' && ws.isPlaying()) {
          const next = skipRemoved(timeline, time, durationSec);
          if (next === null) ws.pause();
          else if (next !== time) ws.setTime(next);
        }
      }),
    ];
    return () => offs.forEach((off) => off());
  }, [ws, loop, selection, mode, timeline, durationSec]);

  const playPause = useCallback(() => void ws?.playPause(), [ws]);
  const playSelection = useCallback(() => selection && void ws?.play(selection.start, selection.end), [ws, selection]);
  const toggleLoop = useCallback(() => setLoop((l) => !l), []);
  const toggleMode = useCallback(() => setMode((m) => (m === 'edited' ? 'original' : 'edited')), []);

  return { playing, loop, mode, playPause, playSelection, toggleLoop, toggleMode };
}
