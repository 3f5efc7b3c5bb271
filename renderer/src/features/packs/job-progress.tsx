import { useTranslation } from 'react-i18next';

export function JobProgress({ label, fraction, onCancel }: { label: string; fraction: number; onCancel: () => void }) {
  const { t } = useTranslation();
  return (
    <div className="pack-progress" role="status">
      <span>{label}</span>
      <progress max={1} value={fraction} aria-label={label} />
      <button type="button" className="button button-small" onClick={onCancel}>
        {t('packs.build.cancel')}
      </button>
    </div>
  );
}
