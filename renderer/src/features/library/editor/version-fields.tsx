import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { VersionDraft } from './draft.ts';
import { LanguageCombobox } from '../../../components/language-combobox.tsx';
import { RegionTagsEditor } from './region-tags-editor.tsx';
import { ScriptFileButton } from './script-file-button.tsx';

interface Props {
  version: VersionDraft;
  index: number;
  onChange(update: (version: VersionDraft) => VersionDraft): void;
}

export function VersionFields({ version, index, onChange }: Props) {
  const { t } = useTranslation();
  const ids = { heading: useId(), language: useId(), script: useId() };
  return (
    <section className="version" aria-labelledby={ids.heading} data-testid="version-fields">
      <h4 id={ids.heading}>{t('editor.versions.item', { n: index + 1 })}</h4>
      <p className="muted small">{t('editor.versions.audio', { name: version.assetName })}</p>
      <div className="field">
        <label htmlFor={ids.language}>{t('editor.fields.language')}</label>
        <LanguageCombobox id={ids.language} value={version.languageCode} onChange={(languageCode) => onChange((v) => ({ ...v, languageCode }))} />
      </div>
      <RegionTagsEditor regions={version.regions} onChange={(regions) => onChange((v) => ({ ...v, regions }))} />
      <div className="field">
        <label htmlFor={ids.script}>{t('editor.fields.script')}</label>
        <textarea
          id={ids.script}
          data-testid="editor-script"
          rows={5}
          value={version.script}
          onChange={(e) => {
            const script = e.target.value;
            onChange((v) => ({ ...v, script }));
          }}
        />
        <ScriptFileButton currentScript={version.script} onLoad={(script) => onChange((v) => ({ ...v, script }))} />
      </div>
    </section>
  );
}
