import { Trash2 } from 'lucide-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Testimony } from '../../../../shared/domain/voices.ts';
import { useApi } from '../../api/api-context.tsx';
import { ConfirmDialog } from '../../components/confirm-dialog.tsx';
import { errorMessage } from '../../i18n/error-message.ts';

/** Deleting is for good: the question says the audio goes too (a segment already made from it stays in the Library). */
export function DeleteTestimony({ testimony, onDeleted }: { testimony: Testimony; onDeleted(): void }) {
  const { t } = useTranslation();
  const api = useApi();
  const [asking, setAsking] = useState(false);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);

  async function remove() {
    setAsking(false);
    setBusy(true);
    setProblem(null);
    try {
      await api.call('voices.delete', { id: testimony.id });
      onDeleted();
    } catch (error) {
      setProblem(`${t('voices.delete.failed')} ${errorMessage(error, t)}`);
      setBusy(false);
    }
  }

  return (
    <div className="voices-delete">
      <button type="button" className="button button-quiet" data-testid="voices-delete" disabled={busy} onClick={() => setAsking(true)}>
        <Trash2 className="button-icon" aria-hidden="true" size={16} />
        {t('voices.delete.button')}
      </button>
      {asking && (
        <ConfirmDialog
          testId="voices-delete-confirm"
          title={t('voices.delete.title')}
          body={testimony.assetId ? t('voices.delete.bodyAudio') : t('voices.delete.bodyNoAudio')}
          keepLabel={t('voices.delete.keep')}
          confirmLabel={t('voices.delete.confirm')}
          heading="h3"
          onKeep={() => setAsking(false)}
          onConfirm={() => void remove()}
        />
      )}
      {problem && (
        <p className="message-error" role="alert" data-testid="voices-delete-error">
          {problem}
        </p>
      )}
    </div>
  );
}
