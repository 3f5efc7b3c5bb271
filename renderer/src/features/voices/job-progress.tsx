import { X } from 'lucide-react';
import { useTranslation } from 'react-i18next';

/** A running job of this page: what it is doing, how far, and a way to stop it. */
export function JobProgress({ label, fraction, onCancel, testId }: { label: string; fraction: number; onCancel(): void; testId: string }) {
  const { t } = useTranslation();
  return (
    <div className="voices-progress" role="status" data-testid={testId}>
      <span>{label}</span>
      <progress max={1} value={fraction} aria-label={label} />
      <button type="button" className="button button-small" data-testid={`${testId}-cancel`} onClick={onCancel}>
        <X className="button-icon" aria-hidden="true" size={16} />
        {t('voices.job.cancel')}
      </button>
    </div>
  );
}
