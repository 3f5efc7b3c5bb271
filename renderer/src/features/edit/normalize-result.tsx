import { useTranslation } from 'react-i18next';
import { LoudnessVerdictBadge } from '../../components/loudness-verdict.tsx';
import { errorMessage } from '../../i18n/error-message.ts';
import type { NormalizeResultState } from './use-normalize-result.ts';

const db = (v: number | null, unit: string) => (v === null ? '—' : `${v.toFixed(1)} ${unit}`);

/** Beside the Normalize button: measuring (progress, cancel), then what it reached and the plain verdict, or why it failed. */
export function NormalizeResult({ state }: { state: NormalizeResultState }) {
  const { t } = useTranslation();
  if (state.measuring) {
    return (
      <div className="normalize-result" role="status" data-testid="normalize-measuring">
        <span>{t('edit.normalizeResult.measuring')}</span>
        <progress max={1} value={state.fraction} aria-label={t('edit.normalizeResult.measuring')} />
        <button type="button" className="button button-small" onClick={state.cancel} data-testid="normalize-cancel">
          {t('edit.cancel')}
        </button>
      </div>
    );
  }
  if (state.error) {
    return (
      <div className="normalize-result message-error" role="alert" data-testid="normalize-error">
        <span>{t('edit.normalizeResult.failed', { reason: errorMessage(state.error, t) })}</span>
        <button type="button" className="button button-small" onClick={() => void state.measure()}>
          {t('common.retry')}
        </button>
      </div>
    );
  }
  if (!state.result) return null;
  const { integratedLufs, truePeakDbtp } = state.result;
  return (
    <p className="normalize-result" role="status" data-testid="normalize-result">
      <span>{t('edit.normalizeResult.reached', { lufs: db(integratedLufs, 'LUFS'), peak: db(truePeakDbtp, 'dBTP') })}</span>{' '}
      <LoudnessVerdictBadge integratedLufs={integratedLufs} truePeakDbtp={truePeakDbtp} testId="normalize-verdict" />
    </p>
  );
}
