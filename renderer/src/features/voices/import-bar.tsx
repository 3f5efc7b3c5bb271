import { Mic, NotebookPen, Upload, X } from 'lucide-react';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigation } from '../../app/navigation.tsx';
import { useApi } from '../../api/api-context.tsx';
import { useFileDrop } from '../../hooks/use-file-drop.ts';
import { errorMessage } from '../../i18n/error-message.ts';
import { useVoiceImport } from './use-voice-import.ts';

/** WhatsApp sends .opus/.ogg (Android), .m4a (iPhone), .amr (older phones); Windows often has no MIME type for them. */
export const VOICE_NOTE_ACCEPT = 'audio/*,.opus,.ogg,.oga,.amr,.m4a,.aac,.mp3,.wav,.3gp,.webm';

/**
 * How testimonies arrive: voice notes picked or dropped on the page, calls recorded in Grabar
 * (issue #14 §2: it comes back here with the testimony open), and calls noted by hand (no audio: a
 * producer writes down what a caller said on air). The new testimony opens in the panel.
 */
export function ImportBar({ onCreated }: { onCreated(id: string): void }) {
  const { t } = useTranslation();
  const api = useApi();
  const { go } = useNavigation();
  const input = useRef<HTMLInputElement>(null);
  const voice = useVoiceImport(onCreated);
  const dragging = useFileDrop((files) => void voice.importFiles(files));
  const [noting, setNoting] = useState(false);
  const [noteError, setNoteError] = useState<unknown>(null);
  const busy = voice.progress !== null;

  async function noteCall() {
    setNoting(true);
    setNoteError(null);
    try {
      const testimony = await api.call('voices.create', { assetId: null, testimonySource: 'call_in' });
      onCreated(testimony.id);
    } catch (error) {
      setNoteError(error);
    } finally {
      setNoting(false);
    }
  }

  return (
    <div className="voices-import" data-testid="voices-import">
      <div className="button-row">
        <button type="button" className="button button-primary" data-testid="voices-import-button" disabled={busy} title={t('voices.import.hint')} onClick={() => input.current?.click()}>
          <Upload className="button-icon" aria-hidden="true" size={16} />
          {t('voices.import.button')}
        </button>
        <button type="button" className="button" data-testid="voices-record-call" title={t('callIn.recordHint')} onClick={() => go('record', { page: 'record', callIn: { testimonyId: null } })}>
          <Mic className="button-icon" aria-hidden="true" size={16} />
          {t('callIn.record')}
        </button>
        <button type="button" className="button" data-testid="voices-note-call" disabled={noting} title={t('voices.import.noteCallHint')} onClick={() => void noteCall()}>
          <NotebookPen className="button-icon" aria-hidden="true" size={16} />
          {t('voices.import.noteCall')}
        </button>
        <span className="muted small">{t('voices.import.dropHint')}</span>
      </div>
      <input
        ref={input}
        type="file"
        multiple
        accept={VOICE_NOTE_ACCEPT}
        className="visually-hidden-input"
        data-testid="voices-import-input"
        aria-label={t('voices.import.inputLabel')}
        tabIndex={-1}
        onChange={(e) => {
          const picked = [...(e.target.files ?? [])];
          // Reset so picking the same file again still fires `change`.
          e.target.value = '';
          void voice.importFiles(picked);
        }}
      />
      {voice.progress && (
        <div className="voices-progress" role="status" data-testid="voices-import-progress">
          <span>
            {t(voice.progress.stage === 'uploading' ? 'voices.import.uploading' : 'voices.import.importing', { name: voice.progress.name })}
            {voice.progress.count > 1 && <> {t('voices.import.ofCount', { index: voice.progress.index, count: voice.progress.count })}</>}
          </span>
          <progress max={1} value={voice.progress.fraction} aria-label={t('voices.import.progressLabel', { name: voice.progress.name })} />
          <button type="button" className="button button-small" data-testid="voices-import-cancel" onClick={voice.cancel}>
            <X className="button-icon" aria-hidden="true" size={16} />
            {t('voices.import.cancel')}
          </button>
        </div>
      )}
      {voice.failure && (
        <p className="message-error" role="alert" data-testid="voices-import-error">
          {t('voices.import.failed')} {errorMessage(voice.failure.error, t, { name: voice.failure.name })}
        </p>
      )}
      {noteError !== null && (
        <p className="message-error" role="alert" data-testid="voices-note-error">
          {t('voices.import.noteFailed')} {errorMessage(noteError, t)}
        </p>
      )}
      {dragging && (
        <div className="drop-overlay" data-testid="voices-drop-overlay" aria-hidden="true">
          <div className="drop-overlay-box">{t('voices.import.dropOverlay')}</div>
        </div>
      )}
    </div>
  );
}
