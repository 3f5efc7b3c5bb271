import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import type { LogMapping, savedMappingSchema } from '../../../../../shared/api/methods/asrun.ts';

type Saved = z.infer<typeof savedMappingSchema>;
const DELIMITERS = [
  [',', 'comma'],
  [';', 'semicolon'],
  ['\t', 'tab'],
  ['|', 'pipe'],
] as const;
const COLUMNS = ['date', 'time', 'file', 'title', 'duration'] as const;

export const emptyMapping: LogMapping = { delimiter: ',', hasHeader: true, date: '', time: '', file: '', title: '', duration: '', dateFormat: 'ymd' };

export const mappingComplete = (m: LogMapping) => m.date !== '' && (m.file !== '' || m.title !== '');

/** The generic mapping form: which column is what, chosen from the columns the preview found. */
export function MappingFields({ mapping, columns, saved, onChange }: { mapping: LogMapping; columns: string[]; saved: Saved[]; onChange: (m: LogMapping) => void }) {
  const { t } = useTranslation();
  const set = (patch: Partial<LogMapping>) => onChange({ ...mapping, ...patch });
  return (
    <fieldset className="asrun-mapping" data-testid="asrun-mapping">
      <legend>{t('asrun.mapping.heading')}</legend>
      {saved.length > 0 && (
        <label>
          {t('asrun.mapping.saved')}
          <select data-testid="asrun-saved-mapping" defaultValue="" onChange={(e) => {
            const pick = saved.find((s) => s.id === e.target.value);
            if (pick) onChange(pick.mapping);
          }}>
            <option value="">{t('asrun.mapping.savedNone')}</option>
            {saved.map((s) => (
              <option key={s.id} value={s.id}>
                {s.name}
              </option>
            ))}
          </select>
        </label>
      )}
      <label>
        {t('asrun.mapping.delimiter')}
        <select data-testid="asrun-delimiter" value={mapping.delimiter} onChange={(e) => set({ delimiter: e.target.value as LogMapping['delimiter'] })}>
          {DELIMITERS.map(([value, key]) => (
            <option key={key} value={value}>
              {t(`asrun.mapping.delimiters.${key}`)}
            </option>
          ))}
        </select>
      </label>
      <label className="asrun-check">
        <input type="checkbox" checked={mapping.hasHeader} onChange={(e) => set({ hasHeader: e.target.checked })} />
        {t('asrun.mapping.hasHeader')}
      </label>
      {COLUMNS.map((field) => (
        <label key={field}>
          {t(`asrun.mapping.${field}`)}
          <select data-testid={`asrun-column-${field}`} value={mapping[field]} onChange={(e) => set({ [field]: e.target.value })}>
            <option value="">{t('asrun.mapping.none')}</option>
            {columns.map((c, i) => (
              <option key={`${c}-${i}`} value={mapping.hasHeader ? c : String(i + 1)}>
                {mapping.hasHeader ? c : `${i + 1}`}
              </option>
            ))}
          </select>
        </label>
      ))}
      <label>
        {t('asrun.mapping.dateFormat')}
        <select data-testid="asrun-date-format" value={mapping.dateFormat} onChange={(e) => set({ dateFormat: e.target.value as LogMapping['dateFormat'] })}>
          {(['ymd', 'dmy', 'mdy'] as const).map((f) => (
            <option key={f} value={f}>
              {t(`asrun.mapping.dateFormats.${f}`)}
            </option>
          ))}
        </select>
      </label>
      {!mappingComplete(mapping) && <p className="muted small">{t('asrun.mapping.incomplete')}</p>}
    </fieldset>
  );
}
