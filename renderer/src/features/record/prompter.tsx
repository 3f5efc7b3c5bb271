import { ChevronDown, ChevronUp, Minus, Plus } from 'lucide-react';
import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MethodOutput } from '../../../../shared/api/contract.ts';
import type { TaskRecording } from '../../../../shared/domain/production.ts';
import { bcp47FromIso6393 } from '../../../../shared/domain/language-tag.ts';
import { useApi } from '../../api/api-context.tsx';
import { useLatestResource } from '../../hooks/use-latest-resource.ts';
import { errorMessage } from '../../i18n/error-message.ts';

type Script = MethodOutput<'production.script.get'>;

const SIZES = [1.4, 1.8, 2.2, 2.8] as const;

/** What to read: the written translation in the take's language, else the master script (said so). */
export function prompterText(script: Script, languageCode: string | null): { text: string; languageCode: string; isMaster: boolean } | null {
  const task = script.tasks.find((t) => t.languageCode === languageCode);
  if (task && task.mode === 'written' && task.translation.trim() !== '') return { text: task.translation, languageCode: task.languageCode, isMaster: false };
  const master = script.revisions[0];
  return master && master.text.trim() !== '' ? { text: master.text, languageCode: master.languageCode, isMaster: master.languageCode !== languageCode } : null;
}

/** An oral translation in the take's language is a recording: what the speaker listens to instead of reading. */
export function prompterRecording(script: Script, languageCode: string | null): TaskRecording | null {
  const task = script.tasks.find((t) => t.languageCode === languageCode);
  return task?.mode === 'oral' ? task.oralRecording : null;
}

/** Keys a foot pedal or a keyboard sends to move the text: most pedals send Page Down/Up or arrows. */
const DOWN = new Set(['PageDown', 'ArrowDown', 'ArrowRight']);
const UP = new Set(['PageUp', 'ArrowUp', 'ArrowLeft']);

/**
 * Issue #14 §1, Grabar's prompter: the script of the segment the take is for, in large type beside
 * the recorder. A pedal or the keyboard scrolls it even while the focus is on Stop (keys typed into a
 * field are left alone); the buttons do the same for a mouse.
 */
export function Prompter({ segmentId, languageCode, languageName }: { segmentId: string; languageCode: string | null; languageName: (code: string | null) => string }) {
  const { t } = useTranslation();
  const api = useApi();
  const box = useRef<HTMLDivElement | null>(null);
  const [size, setSize] = useState(1);
  const { resource: state, reload } = useLatestResource(segmentId, () => api.call('production.script.get', { segmentId }));
  useEffect(() => api.on('production.changed', ({ segmentIds }) => segmentIds.includes(segmentId) && reload()), [api, segmentId, reload]);

  const scroll = useCallback((direction: 1 | -1) => {
    const el = box.current;
    if (el) el.scrollTop += direction * Math.max(48, el.clientHeight * 0.8);
  }, []);
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const target = event.target as HTMLElement | null;
      if (target?.closest('input, textarea, select, [role="combobox"], [role="listbox"]')) return;
      if (DOWN.has(event.key)) scroll(1);
      else if (UP.has(event.key)) scroll(-1);
      else return;
      event.preventDefault();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [scroll]);

  if (state.status === 'loading') return <p className="muted" data-testid="prompter-loading">{t('record.prompter.loading')}</p>;
  if (state.status === 'error') {
    return (
      <div className="message-error" role="alert" data-testid="prompter-error">
        <p>{t('record.prompter.loadError')} {errorMessage(state.error, t)}</p>
        <button type="button" className="button button-small" onClick={reload}>
          {t('common.retry')}
        </button>
      </div>
    );
  }
  const oral = prompterRecording(state.value, languageCode);
  if (oral) {
    const language = languageName(languageCode);
    return (
      <section className="prompter" aria-labelledby="prompter-title" data-testid="prompter">
        <div className="prompter-head">
          <h2 id="prompter-title">{t('record.prompter.title')}</h2>
          <span className="muted small" data-testid="prompter-source">
            {t('record.prompter.oral', { language })}
          </span>
        </div>
        <audio controls preload="none" src={api.mediaUrl(oral.assetId)} data-testid="prompter-oral-audio" aria-label={t('record.prompter.oralPlay', { language })} />
        <p className="hint">{t('record.prompter.oralHint')}</p>
      </section>
    );
  }
  const shown = prompterText(state.value, languageCode);
  if (!shown) return <p className="hint" data-testid="prompter-empty">{t('record.prompter.empty')}</p>;
  return (
    <section className="prompter" aria-labelledby="prompter-title" data-testid="prompter">
      <div className="prompter-head">
        <h2 id="prompter-title">{t('record.prompter.title')}</h2>
        <span className="muted small" data-testid="prompter-source">
          {shown.isMaster ? t('record.prompter.master', { language: languageName(shown.languageCode) }) : t('record.prompter.translation', { language: languageName(shown.languageCode) })}
        </span>
        <span className="prompter-controls">
          <button type="button" className="icon-button" aria-label={t('record.prompter.smaller')} title={t('record.prompter.smaller')} disabled={size === 0} onClick={() => setSize((s) => Math.max(0, s - 1))}>
            <Minus aria-hidden="true" size={16} />
          </button>
          <button type="button" className="icon-button" aria-label={t('record.prompter.larger')} title={t('record.prompter.larger')} disabled={size === SIZES.length - 1} onClick={() => setSize((s) => Math.min(SIZES.length - 1, s + 1))}>
            <Plus aria-hidden="true" size={16} />
          </button>
          <button type="button" className="icon-button" aria-label={t('record.prompter.up')} title={t('record.prompter.up')} data-testid="prompter-up" onClick={() => scroll(-1)}>
            <ChevronUp aria-hidden="true" size={16} />
          </button>
          <button type="button" className="icon-button" aria-label={t('record.prompter.down')} title={t('record.prompter.down')} data-testid="prompter-down" onClick={() => scroll(1)}>
            <ChevronDown aria-hidden="true" size={16} />
          </button>
        </span>
      </div>
      <div ref={box} className="prompter-text" tabIndex={0} lang={bcp47FromIso6393(shown.languageCode)} style={{ fontSize: `${SIZES[size]}rem` }} data-testid="prompter-text" aria-label={t('record.prompter.textLabel')}>
        {shown.text}
      </div>
      <p className="hint">{t('record.prompter.keys')}</p>
    </section>
  );
}
