import { useTranslation } from 'react-i18next';

export function DropOverlay({ visible }: { visible: boolean }) {
  const { t } = useTranslation();
  if (!visible) return null;
  return (
    <div className="drop-overlay" data-testid="drop-overlay" aria-hidden="true">
      <div className="drop-overlay-box">{t('import.dropHint')}</div>
    </div>
  );
}
