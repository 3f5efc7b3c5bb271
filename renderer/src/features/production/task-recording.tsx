import { FileAudio, Trash2 } from 'lucide-react';
import { useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { LanguageTask, TaskRecordingRole } from '../../../../shared/domain/production.ts';
import { isCancelledError } from '../../api/api-client.ts';
import { useApi } from '../../api/api-context.tsx';
import { ConfirmDialog } from '../../components/confirm-dialog.tsx';
import { useJob } from '../../hooks/use-job.ts';
import { errorMessage } from '../../i18n/error-message.ts';
import { formatDuration } from '../../i18n/format.ts';
import '../../styles/production-recordings.css';

// As the Library's import (features do not import each other): Windows often has no MIME type for .opus or .amr.
const AUDIO_ACCEPT = 'audio/*,.wav,.mp3,.m4a,.aac,.ogg,.oga,.opus,.amr,.3gp,.flac,.wma,.webm';

const FIELD = { oral: 'oralRecording', back_translation: 'backTranslationRecording' } as const;
/** Locale keys under production.recording.<key>. */
const KEYS = { oral: 'oral', back_translation: 'back' } as const;

interface Props {
  task: LanguageTask;
  role: TaskRecordingRole;
  language: string;
  onChanged(): void;
}

/**
 * Issue #14 §1: the task's oral translation, or its back-translation spoken in Spanish. Pick an
 * audio file (copied into the store as every import is, with progress and cancel), listen to it,
 * replace it, remove it. The core frees the audio when nothing else uses it.
 */
export function TaskRecording({ task, role, language, onChanged }: Props) {
  const { t } = useTranslation();
  const api = useApi();
  const job = useJob();
  const id = useId();
  const input = useRef<HTMLInputElement | null>(null);
  const [staging, setStaging] = useState(false);
  const [removing, setRemoving] = useState(false);
  const [asking, setAsking] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const [unplayable, setUnplayable] = useState(false);
  const controller = useRef<AbortController | null>(null);
  const recording = task[FIELD[role]];
  const key = (name: string) => `production.recording.${KEYS[role]}.${name}`;
  const busy = staging || job.running || removing;

  async function attach(file: File) {
    setProblem(null);
    setUnplayable(false);
    try {
      setStaging(true);
      controller.current = new AbortController();
      const source = await api.stageFile(file, { onProgress: () => undefined, signal: controller.current.signal }).finally(() => setStaging(false));
      await job.run((jobId) => api.call('production.recording.import', { taskId: task.id, role, jobId, source, originalName: file.name }));
      onChanged();
    } catch (error) {
      if (!isCancelledError(error)) setProblem(`${t('production.recording.attachFailed')} ${errorMessage(error, t)}`);
    }
  }

  async function remove() {
    setAsking(false);
    setProblem(null);
    setRemoving(true);
    try {
      await api.call('production.recording.remove', { taskId: task.id, role });
      onChanged();
    } catch (error) {
      setProblem(`${t('production.recording.removeFailed')} ${errorMessage(error, t)}`);
    } finally {
      setRemoving(false);
    }
  }

  const cancel = () => {
    controller.current?.abort();
    job.cancel();
  };

  return (
    <div className="production-recording" role="group" aria-labelledby={`${id}-title`} data-testid={`production-recording-${role}`}>
      <h4 id={`${id}-title`}>{t(key('heading'))}</h4>
      {recording ? (
        <div className="production-recording-current" data-testid={`production-recording-${role}-current`}>
          <audio
            controls
            preload="none"
            src={api.mediaUrl(recording.assetId)}
            data-testid={`production-recording-${role}-audio`}
            aria-label={t(key('play'), { language })}
            onError={() => setUnplayable(true)}
            onPlay={() => setUnplayable(false)}
          />
          <span className="muted small">{t('production.recording.file', { name: recording.originalName, duration: formatDuration(recording.durationSec) })}</span>
        </div>
      ) : (
        <p className="hint" data-testid={`production-recording-${role}-empty`}>
          {t(key('empty'))}
        </p>
      )}
      {busy ? (
        <div className="production-recording-progress" role="status" data-testid={`production-recording-${role}-busy`}>
          <span>{removing ? t('production.recording.removing') : t('production.recording.attaching')}</span>
          {!removing && (
            <>
              <progress max={1} value={job.fraction} aria-label={t('production.recording.attaching')} />
              <button type="button" className="button button-small" onClick={cancel}>
                {t('production.recording.cancel')}
              </button>
            </>
          )}
        </div>
      ) : (
        <div className="button-row">
          <button type="button" className="button button-small" data-testid={`production-recording-${role}-pick`} onClick={() => input.current?.click()}>
            <FileAudio className="button-icon" aria-hidden="true" size={16} />
            {recording ? t('production.recording.replace') : t('production.recording.attach')}
          </button>
          {recording && (
            <button type="button" className="button button-small button-quiet" data-testid={`production-recording-${role}-remove`} onClick={() => setAsking(true)}>
              <Trash2 className="button-icon" aria-hidden="true" size={16} />
              {t('production.recording.remove')}
            </button>
          )}
        </div>
      )}
      <input
        ref={input}
        type="file"
        accept={AUDIO_ACCEPT}
        className="visually-hidden-input"
        data-testid={`production-recording-${role}-input`}
        aria-label={t(key('pickLabel'), { language })}
        tabIndex={-1}
        onChange={(e) => {
          const picked = e.target.files?.[0];
          e.target.value = '';
          if (picked) void attach(picked);
        }}
      />
      {asking && (
        <ConfirmDialog
          testId={`production-recording-${role}-confirm`}
          heading="h5"
          title={t('production.recording.remove')}
          body={t(key('confirmRemove'), { language })}
          keepLabel={t('production.recording.keep')}
          confirmLabel={t('production.recording.remove')}
          onKeep={() => setAsking(false)}
          onConfirm={() => void remove()}
        />
      )}
      {unplayable && (
        <p className="message-error" role="alert" data-testid={`production-recording-${role}-unplayable`}>
          {t('production.recording.unplayable')}
        </p>
      )}
      {problem && (
        <p className="message-error" role="alert" data-testid={`production-recording-${role}-error`}>
          {problem}
        </p>
      )}
    </div>
  );
}
