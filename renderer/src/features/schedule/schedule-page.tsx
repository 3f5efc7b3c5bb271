import { ChevronLeft, ChevronRight, FileDown, Megaphone, Printer, TriangleAlert } from 'lucide-react';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Instance, Program } from '../../../../shared/domain/schedule.ts';
import { addDays, instantToWall } from '../../../../shared/time/zoned-time.ts';
import { errorMessage } from '../../i18n/error-message.ts';
import { intlLocale } from '../../i18n/civil-date.ts';
import { formatIsoDate } from '../../i18n/format.ts';
import { ReminderToasts } from '../../components/reminder-toasts.tsx';
import { CampaignsPanel } from './campaigns-panel.tsx';
import { ConflictsPanel, type ConflictFix } from './conflicts-panel.tsx';
import { ExportPanel } from './export-panel.tsx';
import { clamp, DAY_MIN, SNAP_MIN } from './grid-geometry.ts';
import { InstancePanel } from './instance-panel.tsx';
import { ProgramEditor } from './program-editor.tsx';
import { draftFromProgram, emptyDraft, type ProgramDraft } from './program-draft.ts';
import { ScheduleCatalogs } from './schedule-catalogs.tsx';
import { clockOf } from './schedule-format.ts';
import { ScheduleToast } from './schedule-toasts.tsx';
import { UndoButtons } from './undo-buttons.tsx';
import { useGridChanges } from './use-grid-changes.ts';
import { useWeek, type WeekData } from './use-week.ts';
import { WeekGrid } from './week-grid.tsx';
import '../../styles/schedule.css';
import '../../styles/schedule-panels.css';
import '../../styles/schedule-print.css';
import { SpokenHelpButton } from '../../components/spoken-help-button.tsx';

type Side =
  | { view: 'instance'; instanceId: string; itemId: string | null }
  | { view: 'program'; draft: ProgramDraft; key: number }
  | { view: 'campaigns' }
  | { view: 'conflicts' }
  | { view: 'export'; instanceId: string | null }
  | null;

function useNowMs(data: WeekData | null, receivedAt: number): number | null {
  const [tick, setTick] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => setTick(Date.now()), 30_000);
    return () => clearInterval(timer);
  }, []);
  // The core's clock is the station's truth; the browser's only measures time since it answered.
  return data ? data.nowMs + Math.max(0, tick - receivedAt) : null;
}

export function SchedulePage() {
  const { t, i18n } = useTranslation();
  const { state, reload, go } = useWeek();
  const [side, setSide] = useState<Side>(null);
  const data = state.status === 'ready' ? state.data : null;
  const nowMs = useNowMs(data, state.status === 'ready' ? state.receivedAt : 0);
  const weekDates = useMemo(() => (data ? Array.from({ length: 7 }, (_, i) => addDays(data.from, i)) : []), [data]);
  const programs = useMemo(() => new Map((data?.programs ?? []).map((p) => [p.id, p])), [data]);

  useEffect(() => {
    if (!data) return;
    performance.mark('schedule-week-rendered');
    try {
      performance.measure('schedule-week-render', 'schedule-week-data', 'schedule-week-rendered');
    } catch {
      // No data mark (a re-render without new data): nothing to measure.
      return;
    }
    // What the user feels ends at the paint, not at the commit: a task queued from the next frame
    // runs once that frame (style, layout, paint of the new blocks) is on screen.
    requestAnimationFrame(() =>
      setTimeout(() => {
        performance.mark('schedule-week-painted');
        performance.measure('schedule-week-paint', 'schedule-week-data', 'schedule-week-painted');
      }),
    );
  }, [data]);

  const changes = useGridChanges(reload);
  const update = changes.updateInstance;
  const handlers = useMemo(
    () => ({
      onCreate: (day: number, startMin: number, durationMin: number) =>
        setSide({ view: 'program', key: Date.now(), draft: emptyDraft(weekDates[day] ?? '', day, clockOf(startMin), durationMin, data?.programs[0]?.languages ?? ['spa']) }),
      onMove: (instance: Instance, day: number, startMin: number) => void update(instance, { date: weekDates[day] ?? instance.date, startTime: clockOf(startMin) }),
      onNudge: (instance: Instance, dayDelta: number, minuteDelta: number) =>
        void update(instance, { date: addDays(instance.date, dayDelta), startTime: clockOf(clamp(instance.startMin + minuteDelta, 0, DAY_MIN - SNAP_MIN)) }),
      onResize: (instance: Instance, durationMin: number) => void update(instance, { durationMin }),
      onOpen: (instance: Instance) => setSide({ view: 'instance', instanceId: instance.id, itemId: null }),
    }),
    [weekDates, data, update],
  );

  if (state.status === 'loading') return <p className="state-message" data-testid="schedule-loading">{t('schedule.loading')}</p>;
  if (state.status === 'error' || !data) {
    return (
      <div className="state-message message-error page-error" role="alert" data-testid="schedule-error">
        <h1>{t('schedule.title')}</h1>
        <p>{t('schedule.loadError')}</p>
        {state.status === 'error' && <p>{errorMessage(state.error, t)}</p>}
        <button type="button" className="button" onClick={reload}>
          {t('common.retry')}
        </button>
      </div>
    );
  }
  const selected = side?.view === 'instance' ? (data.instances.find((i) => i.id === side.instanceId) ?? null) : null;
  const nowWall = nowMs === null ? null : instantToWall(data.timeZone, nowMs);
  const editProgram = (p: Program) => setSide({ view: 'program', key: Date.now(), draft: draftFromProgram(p) });
  const fix = (f: ConflictFix) => {
    const instance = data.instances.find((i) => i.id === f.instanceId);
    const program = instance ? programs.get(instance.programId) : undefined;
    if (f.kind === 'program' && program) editProgram(program);
    else setSide({ view: 'instance', instanceId: f.instanceId, itemId: f.kind === 'rundown' ? f.itemId : null });
  };
  const toggle = (view: 'campaigns' | 'conflicts' | 'export') =>
    setSide((s) => (s?.view === view ? null : view === 'export' ? { view, instanceId: s?.view === 'instance' ? s.instanceId : null } : { view }));
  return (
    <div className={side ? 'schedule with-side' : 'schedule'} aria-busy={state.status !== 'ready'}>
      <div className="schedule-main">
        <div className="schedule-toolbar">
          <h1>{t('schedule.title')}</h1>
          <SpokenHelpButton target="page.schedule" />
          <p className="week-label" data-testid="week-label">{t('schedule.weekOf', { date: formatIsoDate(data.from, intlLocale(i18n.language)) })}</p>
          <div className="button-row no-print">
            <button type="button" className="button button-small" onClick={() => go(-1)}><ChevronLeft className="button-icon" aria-hidden="true" focusable="false" size={16} />{t('schedule.prevWeek')}</button>
            <button type="button" className="button button-small" onClick={() => go('today')}>{t('schedule.thisWeek')}</button>
            <button type="button" className="button button-small" onClick={() => go(1)}>{t('schedule.nextWeek')}<ChevronRight className="button-icon button-icon-after" aria-hidden="true" focusable="false" size={16} /></button>
            <button type="button" className="button button-small" aria-pressed={side?.view === 'campaigns'} data-testid="open-campaigns" onClick={() => toggle('campaigns')}><Megaphone className="button-icon" aria-hidden="true" focusable="false" size={16} />{t('schedule.campaign.title')}</button>
            <button type="button" className="button button-small" aria-pressed={side?.view === 'conflicts'} data-testid="open-conflicts" onClick={() => toggle('conflicts')}>
              <TriangleAlert className="button-icon" aria-hidden="true" focusable="false" size={16} />
              {t('schedule.conflicts.count', { count: data.conflicts.length })}
            </button>
            <button type="button" className="button button-small" aria-pressed={side?.view === 'export'} data-testid="export-button" onClick={() => toggle('export')}><FileDown className="button-icon" aria-hidden="true" focusable="false" size={16} />{t('schedule.export.title')}</button>
            <UndoButtons history={changes.history} />
            <button type="button" className="button button-small" onClick={() => window.print()}><Printer className="button-icon" aria-hidden="true" focusable="false" size={16} />{t('schedule.print')}</button>
          </div>
        </div>
        {data.instances.length === 0 && <p className="muted empty-week" data-testid="schedule-empty">{t('schedule.empty')}</p>}
        <WeekGrid
          instances={data.instances}
          weekDates={weekDates}
          today={data.today}
          nowMinute={nowWall && nowWall.date === data.today ? nowWall.minutes : null}
          selectedId={selected?.id ?? null}
          {...handlers}
        />
      </div>
      {side && (
        <aside className="schedule-side no-print" aria-label={t('schedule.sidePanel')}>
          {side.view === 'program' && (
            <ScheduleCatalogs>
              <ProgramEditor
                key={side.key}
                initial={side.draft}
                onClose={() => setSide(null)}
                onSaved={(saved) => { setSide(null); changes.programSaved(saved, side.draft.id ? programs.get(side.draft.id) : undefined); }}
                onDeleted={(id) => { setSide(null); changes.programDeleted(programs.get(id)); }}
              />
            </ScheduleCatalogs>
          )}
          {side.view === 'instance' && selected && (
            <InstancePanel
              key={selected.id}
              instance={selected}
              program={programs.get(selected.programId)}
              timeZone={data.timeZone}
              highlightItemId={side.itemId}
              onEditProgram={editProgram}
              onChanged={reload}
              onClose={() => setSide(null)}
            />
          )}
          {side.view === 'instance' && !selected && <p className="muted">{t('schedule.rundown.pick')}</p>}
          {side.view === 'campaigns' && <ScheduleCatalogs><CampaignsPanel from={weekDates[0] ?? data.from} to={weekDates[6] ?? data.from} timeZone={data.timeZone} /></ScheduleCatalogs>}
          {side.view === 'conflicts' && <ConflictsPanel conflicts={data.conflicts} onFix={fix} />}
          {side.view === 'export' && <ExportPanel weekDates={weekDates} selected={data.instances.find((i) => i.id === side.instanceId) ?? null} onFix={fix} />}
        </aside>
      )}
      <ScheduleToast notice={changes.notice} onDismiss={changes.dismiss} />
      <ReminderToasts />
    </div>
  );
}
