import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSpokenHelp } from '../../components/spoken-help/spoken-help-context.tsx';

/**
 * "Include the spoken help" on the Packs page (issue #15): IREX sends a set of prompts in one
 * language to every station of a region, so the choice is on/off plus which language. Off by
 * default: a Cabina older than the prompts cannot open such a pack, and the hint says so.
 * Hidden while the station has no prompts.
 */
export function PackPromptChoice({ onChange }: { onChange: (promptIds: string[]) => void }) {
  const { t } = useTranslation();
  const help = useSpokenHelp();
  const [include, setInclude] = useState(false);
  const [language, setLanguage] = useState('');
  const prompts = useMemo(() => (help?.state.status === 'ready' ? help.state.prompts : []), [help?.state]);
  const languages = useMemo(() => [...new Set(prompts.map((p) => p.languageCode))].sort(), [prompts]);
  const chosen = useMemo(() => prompts.filter((p) => language === '' || p.languageCode === language), [prompts, language]);
  const ids = include ? chosen.map((p) => p.id) : [];
  const key = ids.join(',');
  // Tell the panel only when the set changes, not on every render.
  useEffect(() => onChange(key === '' ? [] : key.split(',')), [key, onChange]);
  if (!help || prompts.length === 0) return null;
  return (
    <fieldset className="pack-prompts" data-testid="pack-prompt-choice">
      <legend>{t('help.settings.title')}</legend>
      <label className="pack-check">
        <input type="checkbox" checked={include} data-testid="pack-include-prompts" onChange={(e) => setInclude(e.target.checked)} />
        {t('help.packs.include', { count: chosen.length })}
      </label>
      {include && (
        <label className="field">
          <span className="field-label">{t('help.packs.language')}</span>
          <select value={language} data-testid="pack-prompt-language" onChange={(e) => setLanguage(e.target.value)}>
            <option value="">{t('help.packs.allLanguages')}</option>
            {languages.map((code) => (
              <option key={code} value={code}>
                {help.languageName(code)}
              </option>
            ))}
          </select>
        </label>
      )}
      <p className="hint">{t('help.packs.olderCabinas')}</p>
    </fieldset>
  );
}
