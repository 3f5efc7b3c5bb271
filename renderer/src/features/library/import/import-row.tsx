import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../../i18n/error-message.ts';
import { isFinished, type ImportItem } from './use-import-queue.ts';

interface Props {
  item: ImportItem;
  onCancel(key: string): void;
  onShow(segmentId: string): void;
}

export function ImportRow({ item, onCancel, onShow }: Props) {
  const { t } = useTranslation();
  const finished = isFinished(item);
  const percent = Math.round(item.fraction * 100);
  return (
    <li className={`import-row import-${item.stage}`} data-testid="import-row" data-stage={item.stage}>
      <span className="import-name" title={item.name}>
        {item.name}
      </span>
      <span className="import-stage" data-testid="import-status">
        {item.stage === 'duplicate' ? (item.duplicateTitle ? t('import.duplicateOf', { title: item.duplicateTitle }) : t('import.duplicate')) : t(`import.stage.${item.stage}`)}
      </span>
      {!finished && (
        <progress
          className="import-progress"
          max={100}
          value={item.stage === 'waiting' ? undefined : percent}
          aria-label={t('import.progress', { name: item.name })}
        />
      )}
      {item.stage === 'failed' && (
        <span className="import-error" role="alert">
          {errorMessage(item.error, t, { name: item.name })}
        </span>
      )}
      <span className="import-actions">
        {!finished && (
          <button type="button" className="button button-small" data-testid="import-cancel" aria-label={t('import.cancelLabel', { name: item.name })} onClick={() => onCancel(item.key)}>
            {t('import.cancel')}
          </button>
        )}
        {(item.stage === 'duplicate' || item.stage === 'done') && item.segmentId && (
          <button
            type="button"
            className="button button-small"
            data-testid="import-show"
            aria-label={t('import.showLabel', { name: item.name })}
            onClick={() => item.segmentId && onShow(item.segmentId)}
          >
            {t('import.show')}
          </button>
        )}
      </span>
    </li>
  );
}
