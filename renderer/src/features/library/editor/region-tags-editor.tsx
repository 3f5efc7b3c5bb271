import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { regionRoleSchema, type RegionRole, type RegionTag } from '../../../../../shared/domain/segment.ts';
import { CloseIcon } from '../../../components/icons.tsx';
import { useCatalogs } from '../../../components/catalog-context.tsx';
import { StateOptions } from '../../../components/state-options.tsx';

interface Props {
  regions: RegionTag[];
  onChange(regions: RegionTag[]): void;
}

/** States usually play one part in agricultural migration; start the role there, the user can change it. */
function suggestedRole(role: 'origin' | 'destination' | 'both' | 'other' | undefined): RegionRole {
  return role === 'origin' || role === 'destination' ? role : 'any';
}

export function RegionTagsEditor({ regions, onChange }: Props) {
  const { t } = useTranslation();
  const catalogs = useCatalogs();
  const ids = { state: useId(), place: useId(), role: useId(), legend: useId() };
  const [stateCode, setStateCode] = useState('');
  const [place, setPlace] = useState('');
  const [role, setRole] = useState<RegionRole>('any');

  const add = () => {
    if (!stateCode) return;
    const tag: RegionTag = { stateCode, municipalityCode: null, place: place.trim() || null, role };
    const exists = regions.some((r) => r.stateCode === tag.stateCode && r.place === tag.place && r.role === tag.role);
    if (!exists) onChange([...regions, tag]);
    setStateCode('');
    setPlace('');
    setRole('any');
  };

  return (
    <fieldset className="boxed-fieldset region-tags" aria-labelledby={ids.legend}>
      <legend id={ids.legend}>{t('editor.fields.regions')}</legend>
      {regions.length === 0 ? (
        <p className="muted">{t('editor.regions.empty')}</p>
      ) : (
        <ul className="tag-list">
          {regions.map((region, index) => {
            const name = [catalogs.stateName(region.stateCode), region.place].filter(Boolean).join(' — ');
            return (
              <li key={`${region.stateCode}-${region.place ?? ''}-${region.role}-${index}`} className="tag" data-testid="region-tag">
                <span>
                  {name} · {t(`role.${region.role}`)}
                </span>
                <button
                  type="button"
                  className="icon-button"
                  aria-label={t('editor.regions.remove', { name })}
                  title={t('editor.regions.remove', { name })}
                  onClick={() => onChange(regions.filter((_, i) => i !== index))}
                >
                  <CloseIcon />
                </button>
              </li>
            );
          })}
        </ul>
      )}
      <div className="region-add">
        <div className="field">
          <label htmlFor={ids.state}>{t('editor.regions.state')}</label>
          <select
            id={ids.state}
            data-testid="region-select"
            value={stateCode}
            onChange={(event) => {
              const code = event.target.value;
              setStateCode(code);
              setRole(suggestedRole(catalogs.states.find((s) => s.code === code)?.migrationRole));
            }}
          >
            <option value="">{t('editor.regions.choose')}</option>
            <StateOptions />
          </select>
        </div>
        <div className="field">
          <label htmlFor={ids.place}>{t('editor.regions.place')}</label>
          <input id={ids.place} type="text" data-testid="region-place" value={place} maxLength={120} onChange={(e) => setPlace(e.target.value)} />
        </div>
        <div className="field">
          <label htmlFor={ids.role}>{t('editor.regions.role')}</label>
          <select
            id={ids.role}
            data-testid="region-role"
            value={role}
            onChange={(e) => {
              const parsed = regionRoleSchema.safeParse(e.target.value);
              if (parsed.success) setRole(parsed.data);
            }}
          >
            {regionRoleSchema.options.map((r) => (
              <option key={r} value={r}>
                {t(`role.${r}`)}
              </option>
            ))}
          </select>
        </div>
        <button type="button" className="button" data-testid="region-add" disabled={!stateCode} onClick={add}>
          {t('editor.regions.add')}
        </button>
      </div>
    </fieldset>
  );
}
