import { useCallback, useEffect, useRef, useState } from 'react';
import { useIntent, useNavigation } from '../../app/navigation.tsx';
import { Mic, Square } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import type { LanguageEntry } from '../../../../shared/domain/catalog.ts';
import type { Take, TakeTarget } from '../../../../shared/domain/recording.ts';
import { useApi } from '../../api/api-context.tsx';
import { errorMessage } from '../../i18n/error-message.ts';
import { formatDuration } from '../../i18n/format.ts';
import { useAudioSystem } from './audio-system.ts';
import { LevelMeter } from './level-meter.tsx';
import { RecoveredBanner } from './recovered-banner.tsx';
import { formatBytes, formatTimer, remainingTime } from './record-format.ts';
import { TakesList } from './takes-list.tsx';
import { Prompter } from './prompter.tsx';
import { TargetForm, type TargetChoice } from './target-form.tsx';
import { HelpPromptChoice, noHelpChoice, saveTakeAsPrompt, type HelpChoice } from './help-prompt-choice.tsx';
import { OralTakeBanner, saveTakeAsOral, type OralChoice } from './oral-take-choice.tsx';
import { CallInTakes } from './call-in-take.tsx';
import { helpTargetKey } from '../../../../shared/domain/help-targets.ts';
import { useRecorder, type Fault } from './use-recorder.ts';
import { useTakes } from './use-takes.ts';
import { SpokenHelpButton } from '../../components/spoken-help-button.tsx';

const STORAGE_POLL_MS = 5000;

type Notice = { kind: 'info' | 'error'; text: string } | null;

export function RecordView({ languages }: { languages: readonly LanguageEntry[] }) {
  const { t, i18n } = useTranslation();
  const api = useApi();
  const audio = useAudioSystem();
  const pageIntent = useIntent('record');
  const intent = pageIntent && 'segmentId' in pageIntent ? pageIntent : null;
  // Issue #14 §2: Voces' "Record call": the take is a private testimony, never a library segment.
  const callIn = pageIntent && 'callIn' in pageIntent ? pageIntent.callIn : null;
  const { go } = useNavigation();
  const [target, setTarget] = useState<TargetChoice>({
    // "Record a new take" from a Library row: the take becomes a version of that segment.
    kind: intent ? 'existing' : 'new',
    title: '',
    segment: intent ? { id: intent.segmentId, title: intent.title } : null,
    // Producción's "Grabar esta lengua" (issue #14) says which language the take is in.
    languageCode: intent?.languageCode && languages.some((l) => l.code === intent.languageCode) ? intent.languageCode : languages.some((l) => l.code === 'spa') ? 'spa' : null,
  });
  const [notice, setNotice] = useState<Notice>(null);
  const [freeBytes, setFreeBytes] = useState<number | null | undefined>(undefined);
  const [busy, setBusy] = useState(false);
  // Issue #15: a take recorded as a spoken help prompt; a ref, as the recorder's stop callback reads it.
  const [help, setHelp] = useState<HelpChoice>(noHelpChoice);
  const helpRef = useRef(help);
  helpRef.current = help;
  // Issue #14: Producción's "Grabar la traducción oral": the take becomes that task's oral translation.
  const [oral, setOral] = useState<OralChoice | null>(intent?.oralTaskId && intent.languageCode ? { taskId: intent.oralTaskId, segmentTitle: intent.title, languageCode: intent.languageCode } : null);
  const oralRef = useRef(oral);
  oralRef.current = oral;
  const segmentId = target.kind === 'existing' ? (target.segment?.id ?? null) : null;
  const { takes, recovered, reload } = useTakes(api, segmentId);

  const languageName = useCallback(
    (code: string | null) => {
      const entry = code ? languages.find((l) => l.code === code) : undefined;
      if (!entry) return code ?? t('record.target.noLanguage');
      return i18n.language.startsWith('en') ? entry.nameEn : entry.nameEs;
    },
    [languages, i18n.language, t],
  );

  const onStopped = useCallback(
    (take: Take | null, fault: Fault | null) => {
      if (callIn && take && !fault) {
        setNotice({ kind: 'info', text: t('callIn.stopped', { duration: formatDuration(take.durationSec) }) });
        return;
      }
      const asOral = oralRef.current;
      if (take && !fault && asOral) {
        const saved = { title: asOral.segmentTitle };
        saveTakeAsOral(api, take, asOral, t('production.oralTake.title', saved)).then(
          () => setNotice({ kind: 'info', text: t('production.oralTake.saved', saved) }),
          (error: unknown) => setNotice({ kind: 'error', text: t('production.oralTake.saveFailed', { reason: errorMessage(error, t) }) }),
        ).finally(reload);
        return;
      }
      const asHelp = helpRef.current;
      if (take && !fault && asHelp.enabled) {
        const name = t(helpTargetKey(asHelp.target));
        saveTakeAsPrompt(api, take, asHelp).then(
          () => setNotice({ kind: 'info', text: t('help.record.saved', { target: name }) }),
          (error: unknown) => setNotice({ kind: 'error', text: t('help.record.saveFailed', { reason: errorMessage(error, t) }) }),
        ).finally(reload);
        return;
      }
      if (take?.segmentId) setTarget((current) => ({ ...current, kind: 'existing', segment: { id: take.segmentId ?? '', title: take.segmentTitle } }));
      if (fault?.kind === 'input') setNotice({ kind: 'error', text: t(`record.fault.${fault.reason}`) });
      else if (fault) setNotice({ kind: 'error', text: t('record.fault.api', { reason: errorMessage(fault.error, t) }) });
      else if (take) setNotice({ kind: 'info', text: t('record.saved', { duration: formatDuration(take.durationSec) }) });
      reload();
    },
    [api, callIn, reload, t],
  );
  const recorder = useRecorder(api, audio, onStopped);
  const recording = recorder.phase === 'recording' || recorder.phase === 'paused';

  useEffect(() => {
    let live = true;
    const poll = () =>
      api.call('recording.storage', {}).then(
        (s) => live && setFreeBytes(s.freeBytes),
        () => live && setFreeBytes(null),
      );
    void poll();
    const timer = setInterval(poll, STORAGE_POLL_MS);
    return () => {
      live = false;
      clearInterval(timer);
    };
  }, [api]);

  const canStart = recorder.phase === 'ready' && (callIn !== null || oral !== null || (help.enabled ? help.languageCode !== null : target.kind === 'new' || target.segment !== null));

  async function start() {
    setNotice(null);
    const takeTarget: TakeTarget = callIn
      ? { kind: 'call_in' }
      : oral
      ? { kind: 'new', title: t('production.oralTake.title', { title: oral.segmentTitle }) }
      : help.enabled
      ? { kind: 'new', title: t('help.record.title', { target: t(helpTargetKey(help.target)) }) }
      : target.kind === 'existing' && target.segment
        ? { kind: 'existing', segmentId: target.segment.id }
        : { kind: 'new', title: target.title.trim() || t('record.target.defaultTitle', { date: new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium', timeStyle: 'short' }).format(new Date()) }) };
    try {
      await recorder.start(takeTarget, callIn ? null : oral ? oral.languageCode : help.enabled ? help.languageCode : target.languageCode);
    } catch (error) {
      setNotice({ kind: 'error', text: errorMessage(error, t) });
    }
  }

  async function act(work: () => Promise<unknown>) {
    setBusy(true);
    try {
      await work();
    } catch (error) {
      setNotice({ kind: 'error', text: errorMessage(error, t) });
    } finally {
      setBusy(false);
      reload();
    }
  }

  const discard = (take: Take) => {
    if (!window.confirm(t('record.takes.confirmDiscard'))) return;
    void act(() => api.call('recording.discard', { id: take.id }));
  };

  return (
    <div className="record-page" data-testid="record-page" data-phase={recorder.phase}>
      <h1>{t('record.title')}</h1>
      <SpokenHelpButton target="page.record" />
      <RecoveredBanner
        takes={recovered.filter((take) => !take.callIn)}
        onKeep={(take) => void act(() => api.call('recording.keep', { id: take.id }))}
        onDiscard={discard}
        onOpen={(take) => take.segmentId && setTarget((c) => ({ ...c, kind: 'existing', segment: { id: take.segmentId ?? '', title: take.segmentTitle } }))}
      />
      <div className="record-columns">
        <section className="record-panel">
          <label className="field">
            <span>{t('record.input.label')}</span>
            <select data-testid="input-select" value={recorder.deviceId ?? ''} disabled={recording} onChange={(e) => recorder.chooseDevice(e.target.value)}>
              <option value="">{t('record.input.default')}</option>
              {recorder.inputs.map((input, i) => (
                <option key={input.deviceId} value={input.deviceId}>
                  {input.label || t('record.input.unnamed', { n: i + 1 })}
                </option>
              ))}
            </select>
          </label>
          {recorder.problem && (
            <div className="message-error" role="alert" data-testid="input-problem" data-problem={recorder.problem}>
              <p>{t(`record.input.${recorder.problem}`)}</p>
              <button type="button" className="button button-small" onClick={recorder.retryInput}>
                {t('record.input.retry')}
              </button>
            </div>
          )}
          <LevelMeter level={recorder.level} active={recorder.phase !== 'unavailable'} />
          <div className="record-transport">
            {recording ? (
              <>
                <button type="button" className="button record-big" data-testid="record-pause" onClick={recorder.phase === 'paused' ? recorder.resume : recorder.pause}>
                  {recorder.phase === 'paused' ? t('record.controls.resume') : t('record.controls.pause')}
                </button>
                <button type="button" className="button button-danger record-big" data-testid="record-stop" data-help-target="record.stop" onClick={() => void recorder.stop()}>
                  <Square className="button-icon" aria-hidden="true" focusable="false" size={18} fill="currentColor" />{t('record.controls.stop')}
                </button>
                <SpokenHelpButton target="record.stop" />
              </>
            ) : (
              <>
                <button type="button" className="button button-primary record-big" data-testid="record-start" data-help-target="record.start" disabled={!canStart} onClick={() => void start()}>
                  <Mic className="button-icon" aria-hidden="true" focusable="false" size={20} />{t('record.controls.start')}
                </button>
                <SpokenHelpButton target="record.start" />
              </>
            )}
          </div>
          {target.kind === 'existing' && !target.segment && <p className="hint">{t('record.controls.chooseSegment')}</p>}
          <p className="record-phase" role="status" data-testid="record-phase">
            {t(`record.phase.${recorder.phase}`)}
          </p>
          <p className="record-timer">
            <span className="sr-only">{t('record.timer')}: </span>
            <time data-testid="record-timer" data-captured-sec={recorder.elapsedSec.toFixed(3)}>{formatTimer(recorder.elapsedSec)}</time>
          </p>
          <p className="record-disk" data-testid="record-disk">
            {freeBytes === null
              ? t('record.disk.unknown')
              : freeBytes !== undefined && `${t('record.disk.free', { size: formatBytes(freeBytes, i18n.language) })} · ${t('record.disk.allows', { duration: remainingTime(freeBytes, recorder.bytesPerSecond, t) })}`}
          </p>
          {notice && (
            <p className={notice.kind === 'error' ? 'message-error' : 'message-info'} role={notice.kind === 'error' ? 'alert' : 'status'} data-testid="record-notice">
              {notice.text}
            </p>
          )}
        </section>
        {callIn && (
          <section className="record-panel">
            <CallInTakes
              choice={callIn}
              recording={recording || recorder.phase === 'stopping'}
              onSaved={(testimonyId) => go('voices', { page: 'voices', testimonyId })}
              onBack={() => go('voices')}
            />
          </section>
        )}
        {!callIn && (
          <section className="record-panel">
            {oral && <OralTakeBanner choice={oral} language={languageName(oral.languageCode)} disabled={recording || recorder.phase === 'stopping'} onCancel={() => setOral(null)} />}
            {!oral && <HelpPromptChoice value={help} onChange={setHelp} languages={languages} disabled={recording || recorder.phase === 'stopping'} onNotice={setNotice} />}
            {!oral && !help.enabled && <TargetForm value={target} onChange={setTarget} languages={languages} disabled={recording || recorder.phase === 'stopping'} />}
            {/* Issue #14: the segment's script (or its translation) to read while recording. */}
            {!help.enabled && segmentId && <Prompter segmentId={segmentId} languageCode={target.languageCode} languageName={languageName} />}
            <h2>{t('record.takes.title')}</h2>
            {takes.status === 'loading' && <p className="state-message">{t('common.loading')}</p>}
            {takes.status === 'error' && (
              <p className="message-error" role="alert">
                {t('record.takes.loadError')} {errorMessage(takes.error, t)}
              </p>
            )}
            {takes.status === 'ready' && (
              <TakesList
                takes={takes.value}
                languageName={languageName}
                busy={busy}
                actions={{ onKeeper: (take) => void act(() => api.call('recording.setKeeper', { id: take.id })), onDiscard: discard }}
              />
            )}
          </section>
        )}
      </div>
    </div>
  );
}
