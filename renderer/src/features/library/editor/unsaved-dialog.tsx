import { useEffect, useId, useRef } from 'react';
import { useTranslation } from 'react-i18next';

interface Props {
  title: string;
  onDiscard(): void;
  onKeep(): void;
}

/** In-page, not window.confirm(): translated buttons, and it does not freeze playback or uploads. */
export function UnsavedDialog({ title, onDiscard, onKeep }: Props) {
  const { t } = useTranslation();
  const ids = { title: useId(), body: useId() };
  const keepRef = useRef<HTMLButtonElement>(null);
  useEffect(() => keepRef.current?.focus(), []);
  return (
    <div role="alertdialog" aria-labelledby={ids.title} aria-describedby={ids.body} className="unsaved-dialog" data-testid="unsaved-dialog">
      <h3 id={ids.title}>{t('editor.unsaved.title')}</h3>
      <p id={ids.body}>{t('editor.unsaved.body', { title })}</p>
      <div className="button-row">
        <button type="button" ref={keepRef} className="button" data-testid="unsaved-keep" onClick={onKeep}>
          {t('editor.unsaved.keep')}
        </button>
        <button type="button" className="button button-danger" data-testid="unsaved-discard" onClick={onDiscard}>
          {t('editor.unsaved.discard')}
        </button>
      </div>
    </div>
  );
}
