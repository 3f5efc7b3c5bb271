import { useTranslation } from 'react-i18next';
import { errorMessage } from '../i18n/error-message.ts';

interface Props {
  /** What could not be loaded, already translated ("No se pudieron cargar los testimonios."). */
  title: string;
  error: unknown;
  onRetry(): void;
  testId: string;
  retryTestId?: string;
}

/** A load that failed: what, why (the translated error) and a retry — the same block on every page. */
export function LoadError({ title, error, onRetry, testId, retryTestId }: Props) {
  const { t } = useTranslation();
  return (
    <div className="state-message message-error" role="alert" data-testid={testId}>
      <p>{title}</p>
      <p>{errorMessage(error, t)}</p>
      <button type="button" className="button" data-testid={retryTestId} onClick={onRetry}>
        {t('common.retry')}
      </button>
    </div>
  );
}
