import { useCallback, useEffect, useId, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RundownItem } from '../../../../shared/domain/schedule.ts';
import { addDays, wallToInstantShifting } from '../../../../shared/time/zoned-time.ts';
import { useApi } from '../../api/api-context.tsx';
import { errorMessage } from '../../i18n/error-message.ts';
import { formatIsoDate } from '../../i18n/format.ts';
import { AudioPlayerProvider, useAudioPlayer } from '../../components/audio-player.tsx';
import { stationClock } from '../../i18n/station-clock.ts';
import { AsRunToday } from './asrun-today.tsx';
import { NowNext } from './now-next.tsx';
import { nextChange, nextWithAudio, nowNextItem, nowNextProgram, programTitle, rundownOrder } from './onair-logic.ts';
import { OnAirItemRow } from './onair-item-row.tsx';
import { ReminderToasts } from '../../components/reminder-toasts.tsx';
import { stationClockFrom, useEdgeNow } from './use-station-clock.ts';
import { useOnAirToday, type TodayState } from './use-onair-today.ts';
import '../../styles/onair.css';
import { SpokenHelpButton } from '../../components/spoken-help-button.tsx';

type Desk = ReturnType<typeof useOnAirToday>;

function OnAirDesk({ state, setAsRun, reload }: { state: Extract<TodayState, { status: 'ready' }>; setAsRun: Desk['setAsRun']; reload: Desk['reload'] }) {
  const { t, i18n } = useTranslation();
  const api = useApi();
  const player = useAudioPlayer();
  const autoId = useId();
  const [auto, setAuto] = useState(false);
  const [busy, setBusy] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const { today, receivedAt } = state;
  const clock = useMemo(() => stationClockFrom(today.nowMs, receivedAt), [today.nowMs, receivedAt]);
  const changeAfter = useCallback((ms: number) => nextChange(today.rundowns, ms), [today.rundowns]);
  const nowMs = useEdgeNow(clock, changeAfter);
  const items = useMemo(() => rundownOrder(today.rundowns), [today.rundowns]);
  const rundowns = useMemo(() => [...today.rundowns].sort((a, b) => a.instance.startMs - b.instance.startMs), [today.rundowns]);
  const item = nowNextItem(items, nowMs);
  const program = nowNextProgram(today.rundowns, nowMs);
  // At the station's midnight "today" is another day: ask the core for its rundowns.
  useEffect(() => {
    const midnight = wallToInstantShifting(today.timeZone, { date: addDays(today.date, 1), minutes: 0 }).ms;
    const timer = setTimeout(reload, Math.max(0, midnight - clock()));
    return () => clearTimeout(timer);
  }, [clock, reload, today.date, today.timeZone]);

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
        <SpokenHelpButton target="page.onair" />
        <p className="muted">{formatIsoDate(today.date, i18n.language)} · {today.timeZone}</p>
        <div className="field field-check">
          <input id={autoId} type="checkbox" checked={auto} data-testid="auto-advance" onChange={(e) => setAuto(e.target.checked)} />
          <label htmlFor={autoId}>{t('onair.autoAdvance')}</label>
        </div>
      </div>
      <NowNext clock={clock} timeZone={today.timeZone} program={program} item={item} />
      {error && <p className="state-message message-error" role="alert">{error}</p>}
      {today.rundowns.length === 0 && <p className="state-message" data-testid="onair-empty">{t('onair.empty')}</p>}
      {rundowns.map((rd) => {
        const rows = items.filter((i) => i.instanceId === rd.instance.id);
        const onNow = program.now?.id === rd.instance.id;
        return (
          <section key={rd.instance.id} className={onNow ? 'onair-program now' : 'onair-program'} data-testid="onair-program" aria-labelledby={`onair-${rd.instance.id}`}>
            <h2 id={`onair-${rd.instance.id}`}>
              {stationClock(today.timeZone, rd.instance.startMs)}–{stationClock(today.timeZone, rd.instance.endMs)} · {programTitle(rd.instance)}
            </h2>
            {rows.length === 0 ? (
              <p className="muted">{t('onair.emptyRundown')}</p>
            ) : (
              <ol className="onair-list">
                {rows.map((row) => (
                  <OnAirItemRow
                    key={row.id}
                    item={row}
                    spots={row.kind === 'spot_break' ? rows.filter((r) => r.parentId === row.id).length : 0}
                    timeZone={today.timeZone}
                    isNow={row.id === item.now?.id}
                    playing={player.current?.segmentId === row.id && player.playing}
                    busy={busy === row.id}
                    onPlay={play}
                    onMark={(i, status) => void mark(i, status)}
                  />
                ))}
              </ol>
            )}
          </section>
        );
      })}
      <AsRunToday date={today.date} timeZone={today.timeZone} />
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
      <OnAirDesk state={state} setAsRun={setAsRun} reload={reload} />
      <ReminderToasts />
    </AudioPlayerProvider>
  );
}
