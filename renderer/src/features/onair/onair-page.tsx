import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RundownItem } from '../../../../shared/domain/schedule.ts';
import { useApi } from '../../api/api-context.tsx';
import { errorMessage } from '../../i18n/error-message.ts';
import { formatIsoDate } from '../../i18n/format.ts';
import { AudioPlayerProvider, useAudioPlayer } from '../library/list/audio-player.tsx';
import { clockOf } from '../schedule/schedule-format.ts';
import { NowNext } from './now-next.tsx';
import { nextWithAudio, nowNext, playable } from './onair-logic.ts';
import { OnAirItemRow } from './onair-item-row.tsx';
import { ReminderToasts } from './reminder-toasts.tsx';
import { useOnAirToday, type TodayState } from './use-onair-today.ts';
import '../../styles/onair.css';

function useTicker(ms: number): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), ms);
    return () => clearInterval(timer);
  }, [ms]);
  return now;
}

function OnAirDesk({ state, setAsRun }: { state: Extract<TodayState, { status: 'ready' }>; setAsRun: ReturnType<typeof useOnAirToday>['setAsRun'] }) {
  const { t, i18n } = useTranslation();
  const api = useApi();
  const player = useAudioPlayer();
  const autoId = useId();
  const tick = useTicker(1000);
  const [auto, setAuto] = useState(false);
  const [busy, setBusy] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const { today, receivedAt } = state;
  // The core's clock is the station's truth; the browser only measures the time since it answered.
  const nowMs = today.nowMs + Math.max(0, tick - receivedAt);
  const items = useMemo(() => playable(today.rundowns), [today]);
  const { now, next } = nowNext(items, nowMs);

  const mark = async (item: RundownItem, status: 'aired' | 'skipped' | 'played') => {
    setBusy(item.id);
    setError(null);
    try {
      const entry = await api.call('onair.mark', { itemId: item.id, status });
      setAsRun(item.id, entry.status);
    } catch (e) {
      setError(errorMessage(e, t));
    } finally {
      setBusy(null);
    }
  };
  // Auto-advance reads the latest list and setting when a track ends, not the ones from when it started.
  const latest = useRef({ auto, items });
  latest.current = { auto, items };
  const play = (item: RundownItem) => {
    if (!item.assetId || !item.versionId) return;
    const starting = player.current?.segmentId !== item.id;
    player.toggle({
      segmentId: item.id,
      versionId: item.versionId,
      title: item.title,
      onEnded: () => {
        if (!latest.current.auto) return;
        void mark(item, 'aired');
        const following = nextWithAudio(latest.current.items, item.id);
        if (following) play(following);
      },
    });
    if (starting && item.asRun === null) void mark(item, 'played');
  };

  return (
    <div className="onair">
      <div className="onair-toolbar">
        <h1>{t('onair.title')}</h1>
        <p className="muted">{formatIsoDate(today.date, i18n.language)} · {today.timeZone}</p>
        <div className="field field-check">
          <input id={autoId} type="checkbox" checked={auto} data-testid="auto-advance" onChange={(e) => setAuto(e.target.checked)} />
          <label htmlFor={autoId}>{t('onair.autoAdvance')}</label>
        </div>
      </div>
      <NowNext now={now} next={next} nowMs={nowMs} />
      {error && <p className="state-message message-error" role="alert">{error}</p>}
      {today.rundowns.length === 0 && <p className="state-message" data-testid="onair-empty">{t('onair.empty')}</p>}
      {today.rundowns.map((rd) => {
        const rows = items.filter((i) => i.instanceId === rd.instance.id);
        return (
          <section key={rd.instance.id} className="onair-program" aria-labelledby={`onair-${rd.instance.id}`}>
            <h2 id={`onair-${rd.instance.id}`}>
              {clockOf(rd.instance.startMin)} · {rd.instance.title}
            </h2>
            {rows.length === 0 ? (
              <p className="muted">{t('onair.emptyRundown')}</p>
            ) : (
              <ol className="onair-list">
                {rows.map((item) => (
                  <OnAirItemRow
                    key={item.id}
                    item={item}
                    timeZone={today.timeZone}
                    isNow={now?.id === item.id}
                    playing={player.current?.segmentId === item.id && player.playing}
                    busy={busy === item.id}
                    onPlay={play}
                    onMark={(i, status) => void mark(i, status)}
                  />
                ))}
              </ol>
            )}
          </section>
        );
      })}
    </div>
  );
}

export function OnAirPage() {
  const { t } = useTranslation();
  const { state, reload, setAsRun } = useOnAirToday();
  if (state.status === 'loading') return <p className="state-message" data-testid="onair-loading">{t('onair.loading')}</p>;
  if (state.status === 'error') {
    return (
      <div className="state-message message-error page-error" role="alert" data-testid="onair-error">
        <h1>{t('onair.title')}</h1>
        <p>{t('onair.loadError')}</p>
        <p>{errorMessage(state.error, t)}</p>
        <button type="button" className="button" onClick={reload}>
          {t('common.retry')}
        </button>
      </div>
    );
  }
  return (
    <AudioPlayerProvider>
      <OnAirDesk state={state} setAsRun={setAsRun} />
      <ReminderToasts />
    </AudioPlayerProvider>
  );
}
