import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { ImportRow } from './import-row.tsx';
import { isFinished, type ImportItem } from './use-import-queue.ts';

interface Props {
  items: ImportItem[];
  onCancel(key: string): void;
  onShow(segmentId: string): void;
  onClearFinished(): void;
}

export function ImportPanel({ items, onCancel, onShow, onClearFinished }: Props) {
  const { t } = useTranslation();
  const headingId = useId();
  if (items.length === 0) return null;
  const active = items.filter((item) => !isFinished(item)).length;
  return (
    <section className="import-panel" aria-labelledby={headingId} data-testid="import-panel">
      <div className="import-panel-header">
        <h2 id={headingId}>{t('import.panelTitle')}</h2>
        <span className="import-active" aria-live="polite">
          {active > 0 ? t('import.active', { count: active }) : ''}
        </span>
        {active < items.length && (
          <button type="button" className="button button-small button-quiet" onClick={onClearFinished}>
            {t('import.clearFinished')}
          </button>
        )}
      </div>
      <ul className="import-list">
        {items.map((item) => (
          <ImportRow key={item.key} item={item} onCancel={onCancel} onShow={onShow} />
        ))}
      </ul>
    </section>
  );
}
