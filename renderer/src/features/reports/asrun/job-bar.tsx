import { useTranslation } from 'react-i18next';

/** Progress of the running import, with its cancel button (DESIGN.md §1: work > 1 s is a job). */
export function JobBar({ label, fraction, onCancel }: { label: string; fraction: number; onCancel: () => void }) {
  const { t } = useTranslation();
  return (
    <div className="asrun-progress" role="status" data-testid="asrun-progress">
      <span>{label}</span>
      <progress max={1} value={fraction} aria-label={label} />
      <button type="button" className="button button-small" onClick={onCancel}>
        {t('asrun.import.cancel')}
      </button>
    </div>
  );
}
