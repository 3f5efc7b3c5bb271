import { useCallback, useEffect, useState, type DragEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { MethodInput } from '../../../../shared/api/contract.ts';
import type { Rundown, RundownItem } from '../../../../shared/domain/schedule.ts';
import { useApi } from '../../api/api-context.tsx';
import { errorMessage } from '../../i18n/error-message.ts';
import { formatDuration } from '../../i18n/format.ts';
import { LibraryPanel, SEGMENT_MIME } from './library-panel.tsx';
import { formatSpan, stationClock } from '../../i18n/station-clock.ts';

type State = { status: 'loading' } | { status: 'error'; error: unknown } | { status: 'ready'; rundown: Rundown };

/** The rundown of one airing: ordered items with planned starts; segments come from the library panel. */
export function RundownEditor({ instanceId, timeZone, highlightItemId }: { instanceId: string; timeZone: string; highlightItemId: string | null }) {
  const { t } = useTranslation();
  const api = useApi();
  const [state, setState] = useState<State>({ status: 'loading' });
  const [actionError, setActionError] = useState<string | null>(null);
  const [dropActive, setDropActive] = useState(false);
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    let live = true;
    api.call('schedule.rundown', { instanceId }).then(
      (rundown) => live && setState({ status: 'ready', rundown }),
      (error: unknown) => live && setState({ status: 'error', error }),
    );
    return () => {
      live = false;
    };
  }, [api, instanceId, attempt]);
  useEffect(() => api.on('schedule.changed', (e) => e.reason !== 'rundown' && setAttempt((a) => a + 1)), [api]);

  const act = useCallback(
    async (run: () => Promise<Rundown>) => {
      setActionError(null);
      try {
        setState({ status: 'ready', rundown: await run() });
      } catch (error) {
        setActionError(errorMessage(error, t));
      }
    },
    [t],
  );
  const add = (input: Omit<MethodInput<'schedule.rundown.add'>, 'instanceId'>) => void act(() => api.call('schedule.rundown.add', { instanceId, ...input }));

  if (state.status === 'loading') return <p className="muted">{t('common.loading')}</p>;
  if (state.status === 'error') {
    return (
      <div className="state-message message-error" role="alert">
        <p>{errorMessage(state.error, t)}</p>
        <button type="button" className="button" onClick={() => setAttempt((a) => a + 1)}>
          {t('common.retry')}
        </button>
      </div>
    );
  }
  const { rundown } = state;
  const top = rundown.items.filter((i) => i.parentId === null);
  const onDrop = (event: DragEvent<HTMLElement>, position?: number) => {
    const segmentId = event.dataTransfer.getData(SEGMENT_MIME);
    setDropActive(false);
    if (!segmentId) return;
    event.preventDefault();
    event.stopPropagation();
    add({ kind: 'segment', segmentId, ...(position === undefined ? {} : { position }) });
  };
  const onDragOver = (event: DragEvent<HTMLElement>) => {
    if (!event.dataTransfer.types.includes(SEGMENT_MIME)) return;
    event.preventDefault();
    event.dataTransfer.dropEffect = 'copy';
    setDropActive(true);
  };
  const over = rundown.overrunSec;
  const row = (item: RundownItem) => {
    const index = top.findIndex((x) => x.id === item.id);
    const classes = ['rundown-item', `kind-${item.kind}`];
    if (item.parentId) classes.push('child');
    if (item.id === highlightItemId) classes.push('highlight');
    return (
      <li key={item.id} className={classes.join(' ')} data-testid="rundown-item" onDrop={item.parentId ? undefined : (e) => onDrop(e, index)}>
        <span className="rundown-time">{stationClock(timeZone, item.plannedStartMs, true)}</span>
        <span className="badge badge-draft">{t(`schedule.kinds.${item.kind}`)}</span>
        <span className="rundown-title">
          {item.title || t(`schedule.kinds.${item.kind}`)}
          {item.languageCode && <span className="muted small"> · {item.languageCode}</span>}
          {item.issues.map((issue) => (
            <span key={issue} className="badge badge-expired">
              {t(`schedule.issues.${issue}`)}
            </span>
          ))}
        </span>
        <span className="rundown-length">{formatDuration(item.durationSec)}</span>
        {!item.parentId && (
          <span className="rundown-actions">
            <button type="button" className="icon-button" aria-label={t('schedule.rundown.moveUpNamed', { title: item.title })} disabled={index === 0} onClick={() => void act(() => api.call('schedule.rundown.move', { itemId: item.id, position: index - 1 }))}>
              ↑
            </button>
            <button type="button" className="icon-button" aria-label={t('schedule.rundown.moveDownNamed', { title: item.title })} disabled={index === top.length - 1} onClick={() => void act(() => api.call('schedule.rundown.move', { itemId: item.id, position: index + 1 }))}>
              ↓
            </button>
            <button type="button" className="icon-button" aria-label={t('schedule.rundown.removeNamed', { title: item.title })} onClick={() => void act(() => api.call('schedule.rundown.remove', { itemId: item.id }))}>
              ✕
            </button>
          </span>
        )}
      </li>
    );
  };
  return (
    <div className="rundown" data-testid="rundown-editor">
      <p className={over > 0 ? 'rundown-summary over' : 'rundown-summary'} data-testid="rundown-summary">
        {t('schedule.rundown.planned', { planned: formatSpan(rundown.plannedSec), slot: formatSpan(rundown.instance.durationMin * 60) })}
        {' · '}
        {over > 0 ? t('schedule.rundown.overrun', { time: formatSpan(over) }) : over < 0 ? t('schedule.rundown.underrun', { time: formatSpan(over) }) : t('schedule.rundown.exact')}
      </p>
      <div
        className={dropActive ? 'rundown-drop active' : 'rundown-drop'}
        data-testid="rundown-drop"
        onDragOver={onDragOver}
        onDragLeave={() => setDropActive(false)}
        onDrop={(e) => onDrop(e)}
      >
        {rundown.items.length === 0 ? <p className="muted">{t('schedule.rundown.empty')}</p> : <ol className="rundown-list">{rundown.items.map(row)}</ol>}
        <p className="muted small">{t('schedule.rundown.dropHint')}</p>
      </div>
      {actionError && <p className="state-message message-error" role="alert">{actionError}</p>}
      <div className="button-row">
        <button type="button" className="button button-small" onClick={() => add({ kind: 'live', title: t('schedule.kinds.live') })}>
          {t('schedule.rundown.addLive')}
        </button>
        <button type="button" className="button button-small" data-testid="rundown-add-break" onClick={() => add({ kind: 'spot_break', title: t('schedule.kinds.spot_break') })}>
          {t('schedule.rundown.addBreak')}
        </button>
      </div>
      <LibraryPanel onAdd={(s) => add({ kind: 'segment', segmentId: s.id })} />
    </div>
  );
}
