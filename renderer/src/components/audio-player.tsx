import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useApi } from '../api/api-context.tsx';
import { errorMessage } from '../i18n/error-message.ts';
import { usePlayoutPrepare } from './use-playout-prepare.ts';

interface Track {
  segmentId: string;
  /** Played as it airs (issue #11): the version's edit applied, not its untouched original. */
  versionId: string;
  title: string;
  /** Called when this track plays to its end (the on-air page's auto-advance). */
  onEnded?: () => void;
}

interface AudioPlayer {
  current: Track | null;
  playing: boolean;
  toggle(track: Track): void;
}

const PlayerContext = createContext<AudioPlayer | null>(null);

/**
 * One `<audio>` for the whole library: a second row's play stops the first, as on a console, and
 * old PCs never decode two streams at once.
 */
export function AudioPlayerProvider({ children }: { children: ReactNode }) {
  const api = useApi();
  const { t } = useTranslation();
  const audioRef = useRef<HTMLAudioElement>(null);
  const [current, setCurrent] = useState<Track | null>(null);
  const currentRef = useRef<Track | null>(null);
  const [playing, setPlaying] = useState(false);
  const [failed, setFailed] = useState(false);
  const playout = usePlayoutPrepare();
  const { prepare, cancel: cancelPrepare, clearError } = playout;

  useEffect(() => {
    const audio = audioRef.current;
    if (!audio) return;
    const onPlay = () => setPlaying(true);
    const onStop = () => setPlaying(false);
    const onEnded = () => {
      setPlaying(false);
      currentRef.current?.onEnded?.();
    };
    const onError = () => {
      setPlaying(false);
      setFailed(true);
    };
    audio.addEventListener('play', onPlay);
    audio.addEventListener('pause', onStop);
    audio.addEventListener('ended', onEnded);
    audio.addEventListener('error', onError);
    return () => {
      audio.removeEventListener('play', onPlay);
      audio.removeEventListener('pause', onStop);
      audio.removeEventListener('ended', onEnded);
      audio.removeEventListener('error', onError);
    };
  }, []);

  const toggle = useCallback(
    (track: Track) => {
      const audio = audioRef.current;
      if (!audio) return;
      setFailed(false);
      clearError();
      if (current?.segmentId === track.segmentId && current.versionId === track.versionId) {
        if (audio.paused) void audio.play().catch(() => setFailed(true));
        else audio.pause();
        return;
      }
      setCurrent(track);
      currentRef.current = track;
      // A newer choice replaces the one still being prepared.
      cancelPrepare();
      void prepare(track.versionId).then((ready) => {
        if (!ready && currentRef.current === track) {
          // Cancelled or failed: stop the request waiting on the render; the error (if any) is shown.
          audio.pause();
          audio.removeAttribute('src');
          setCurrent(null);
          currentRef.current = null;
        }
      });
      audio.src = api.versionMediaUrl(track.versionId);
      void audio.play().catch((error: unknown) => {
        // A pause() or a new src interrupting play() is not a failure worth showing.
        if (!(error instanceof Error && error.name === 'AbortError')) setFailed(true);
      });
    },
    [api, current, prepare, cancelPrepare, clearError],
  );

  const value = useMemo(() => ({ current, playing, toggle }), [current, playing, toggle]);
  return (
    <PlayerContext value={value}>
      {children}
      <section className={current || playout.error !== null ? 'player' : 'player player-idle'} aria-label={t('library.player.label')}>
        <span className="player-title">{current?.title ?? ''}</span>
        <audio ref={audioRef} controls preload="none" data-testid="audio-player" />
        {playout.preparing && (
          <span className="player-preparing" role="status" data-testid="player-preparing">
            {t('library.player.preparing')}
            <progress max={1} value={playout.fraction} aria-label={t('library.player.preparing')} />
            <button type="button" className="button button-small" onClick={cancelPrepare} data-testid="player-prepare-cancel">
              {t('library.player.cancel')}
            </button>
          </span>
        )}
        {playout.error !== null && (
          <span className="player-error" role="alert" data-testid="player-prepare-error">
            {t('library.player.prepareFailed', { reason: errorMessage(playout.error, t) })}
          </span>
        )}
        {failed && playout.error === null && !playout.preparing && (
          <span className="player-error" role="alert">
            {t('library.player.error')}
          </span>
        )}
      </section>
    </PlayerContext>
  );
}

export function useAudioPlayer(): AudioPlayer {
  const player = useContext(PlayerContext);
  if (!player) throw new Error('useAudioPlayer needs an <AudioPlayerProvider>');
  return player;
}
