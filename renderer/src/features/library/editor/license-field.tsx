import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';

/** SPDX ids for the licenses community radio networks actually use; anything else is free text. */
export const commonLicenses = ['CC-BY-4.0', 'CC-BY-SA-4.0', 'CC-BY-NC-4.0', 'CC-BY-NC-SA-4.0', 'all-rights-reserved'] as const;
const OTHER = '__other';

export function LicenseField({ value, onChange }: { value: string; onChange: (license: string) => void }) {
  const { t } = useTranslation();
  const ids = { select: useId(), custom: useId() };
  const known = value === '' || (commonLicenses as readonly string[]).includes(value);
  const [otherChosen, setOtherChosen] = useState(!known);
  const showCustom = otherChosen || !known;
  return (
    <div className="field-group">
      <div className="field">
        <label htmlFor={ids.select}>{t('editor.fields.license')}</label>
        <select
          id={ids.select}
          data-testid="editor-license"
          value={showCustom ? OTHER : value}
          onChange={(e) => {
            const next = e.target.value;
            setOtherChosen(next === OTHER);
            onChange(next === OTHER ? (known ? '' : value) : next);
          }}
        >
          <option value="">{t('editor.license.none')}</option>
          {commonLicenses.map((id) => (
            <option key={id} value={id}>
              {id === 'all-rights-reserved' ? t('editor.license.allRightsReserved') : id}
            </option>
          ))}
          <option value={OTHER}>{t('editor.license.other')}</option>
        </select>
      </div>
      {showCustom && (
        <div className="field">
          <label htmlFor={ids.custom}>{t('editor.fields.licenseCustom')}</label>
          <input id={ids.custom} type="text" maxLength={100} value={value} onChange={(e) => onChange(e.target.value)} />
        </div>
      )}
    </div>
  );
}
