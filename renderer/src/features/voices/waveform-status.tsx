import { RotateCcw } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../i18n/error-message.ts';
import { JobProgress } from './job-progress.tsx';
import type { PeaksState } from './use-testimony-peaks.ts';

interface Props {
  state: Exclude<PeaksState, { status: 'ready' }>;
  onCancel(): void;
  onRetry(): void;
}

/**
 * Where the redaction waveform will be, until it can be drawn: its preparation with progress, or why
 * there is none (then, and only then, spans are marked by typing their seconds).
 */
export function WaveformStatus({ state, onCancel, onRetry }: Props) {
  const { t } = useTranslation();
  if (state.status === 'loading') {
    return <JobProgress label={t('voices.redact.preparing', { percent: Math.round(state.fraction * 100) })} fraction={state.fraction} onCancel={onCancel} testId="voices-waveform-preparing" />;
  }
  return (
    <div className="voices-waveform-missing" data-testid="voices-waveform-missing">
      {state.status === 'error' ? (
        <p className="message-error" role="alert" data-testid="voices-waveform-error">
          {t('voices.redact.waveformFailed')} {errorMessage(state.error, t)}
        </p>
      ) : (
        <p className="muted small" role="status" data-testid="voices-waveform-stopped">
          {t('voices.redact.waveformStopped')}
        </p>
      )}
      <p className="hint" data-testid="voices-waveform-skipped">
        {t('voices.redact.noWaveform')}
      </p>
      <button type="button" className="button button-small" data-testid="voices-waveform-retry" onClick={onRetry}>
        <RotateCcw className="button-icon" aria-hidden="true" size={16} />
        {t('voices.redact.waveformRetry')}
      </button>
    </div>
  );
}
