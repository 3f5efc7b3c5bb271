import { Trash2 } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import type { Redaction } from '../../../../shared/domain/voices.ts';
import { formatSeconds } from './voices-format.ts';

/** The marked spans in time order, each with what happens to it and why, and a way to take it back. */
export function RedactionList({ spans, onRemove }: { spans: readonly Redaction[]; onRemove(index: number): void }) {
  const { t } = useTranslation();
  if (spans.length === 0) {
    return (
      <p className="muted small" data-testid="voices-spans-empty">
        {t('voices.redact.none')}
      </p>
    );
  }
  return (
    <ol className="voices-spans" aria-label={t('voices.redact.listLabel')} data-testid="voices-spans">
      {spans.map((s, i) => {
        const span = t('voices.redact.span', { kind: t(`voices.redact.kind.${s.kind}`), start: formatSeconds(s.startSec), end: formatSeconds(s.endSec) });
        return (
          <li key={`${s.kind}-${s.startSec}-${s.endSec}-${i}`} className={`voices-span voices-span-${s.kind}`} data-testid="voices-span" data-kind={s.kind}>
            <span>
              {span}
              {s.note && <span className="muted"> · {s.note}</span>}
            </span>
            <button type="button" className="button button-small button-quiet" data-testid="voices-span-remove" aria-label={t('voices.redact.remove', { span })} onClick={() => onRemove(i)}>
              <Trash2 className="button-icon" aria-hidden="true" size={16} />
              {t('voices.redact.removeShort')}
            </button>
          </li>
        );
      })}
    </ol>
  );
}
