import type { RefObject } from 'react';
import { Upload } from 'lucide-react';
import { useTranslation } from 'react-i18next';

/** Extensions beside `audio/*`: Windows often has no MIME type for WhatsApp notes (.opus, .amr). */
export const AUDIO_ACCEPT = 'audio/*,.wav,.mp3,.m4a,.aac,.ogg,.oga,.opus,.amr,.3gp,.flac,.wma,.webm';

/** The one file input of the page; other "import" buttons (the empty state) click it through `inputRef`. */
export function ImportButton({ onFiles, inputRef }: { onFiles: (files: File[]) => void; inputRef: RefObject<HTMLInputElement | null> }) {
  const { t } = useTranslation();
  return (
    <>
      <button type="button" className="button button-primary" data-testid="import-button" data-help-target="library.import" title={t('import.hint')} onClick={() => inputRef.current?.click()}>
        <Upload className="button-icon" aria-hidden="true" focusable="false" size={18} />{t('import.button')}
      </button>
      <input
        ref={inputRef}
        type="file"
        multiple
        accept={AUDIO_ACCEPT}
        className="visually-hidden-input"
        data-testid="import-input"
        aria-label={t('import.inputLabel')}
        tabIndex={-1}
        onChange={(event) => {
          const picked = [...(event.target.files ?? [])];
          // Reset so picking the same file again still fires `change`.
          event.target.value = '';
          if (picked.length > 0) onFiles(picked);
        }}
      />
    </>
  );
}
