import { useTranslation } from 'react-i18next';
import { ConfirmDialog } from '../../../components/confirm-dialog.tsx';

interface Props {
  title: string;
  onDiscard(): void;
  onKeep(): void;
}

/** Leaving a segment with unsaved changes: keep editing (focused) or discard them. */
export function UnsavedDialog({ title, onDiscard, onKeep }: Props) {
  const { t } = useTranslation();
  return (
    <ConfirmDialog
      title={t('editor.unsaved.title')}
      body={t('editor.unsaved.body', { title })}
      keepLabel={t('editor.unsaved.keep')}
      confirmLabel={t('editor.unsaved.discard')}
      onKeep={onKeep}
      onConfirm={onDiscard}
      testId="unsaved-dialog"
      keepTestId="unsaved-keep"
      confirmTestId="unsaved-discard"
    />
  );
}
