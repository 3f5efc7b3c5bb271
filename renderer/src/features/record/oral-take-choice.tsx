import { useTranslation } from 'react-i18next';
import type { ApiClient } from '../../api/api-client.ts';
import type { Take } from '../../../../shared/domain/recording.ts';

/** "This take is the oral translation of <segment> in <language>" (issue #14 §1), from Producción. */
export interface OralChoice {
  taskId: string;
  segmentTitle: string;
  languageCode: string;
}

/**
 * A finished take becomes the task's oral translation: its audio (already in the store) is
 * attached, then the take and the draft segment it made are discarded, so the translation never
 * shows in the Library as a segment (as a spoken help prompt does).
 */
export async function saveTakeAsOral(api: ApiClient, take: Take, choice: OralChoice, name: string): Promise<void> {
  if (!take.assetId) throw new Error('take without audio');
  await api.call('production.recording.attach', { taskId: choice.taskId, role: 'oral', assetId: take.assetId, originalName: name });
  await api.call('recording.discard', { id: take.id });
}

/** Says what the take is for, and lets the speaker record an ordinary take instead. */
export function OralTakeBanner({ choice, language, disabled, onCancel }: { choice: OralChoice; language: string; disabled: boolean; onCancel(): void }) {
  const { t } = useTranslation();
  return (
    <div className="message-info" data-testid="oral-take-choice">
      <p>{t('production.oralTake.banner', { title: choice.segmentTitle, language })}</p>
      <button type="button" className="button button-small" data-testid="oral-take-cancel" disabled={disabled} onClick={onCancel}>
        {t('production.oralTake.cancel')}
      </button>
    </div>
  );
}
