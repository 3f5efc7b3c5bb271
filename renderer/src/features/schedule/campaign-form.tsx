import { useId, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { DateField } from '../../components/date-field.tsx';
import type { CampaignDraft, CampaignField } from './campaign-draft.ts';
import { LibraryPanel } from './library-panel.tsx';
import { LanguagesField, StatesField } from './list-fields.tsx';

interface Props {
  draft: CampaignDraft;
  errors: Partial<Record<CampaignField, string>>;
  onChange(draft: CampaignDraft): void;
}

/** Campaign fields; segments are picked from the same library panel the rundown uses. */
export function CampaignForm({ draft, errors, onChange }: Props) {
  const { t } = useTranslation();
  const uid = useId();
  const set = <K extends keyof CampaignDraft>(key: K, value: CampaignDraft[K]) => onChange({ ...draft, [key]: value });
  const id = (f: string) => `${uid}-${f}`;
  const field = (f: CampaignField, label: string, input: ReactNode) => (
    <div className="field">
      <label htmlFor={id(f)}>{label}</label>
      {input}
      {errors[f] && <p className="field-error" id={id(`${f}-error`)}>{t(errors[f])}</p>}
    </div>
  );
  const aria = (f: CampaignField) => ({ id: id(f), 'aria-invalid': errors[f] ? true : undefined, 'aria-describedby': errors[f] ? id(`${f}-error`) : undefined });
  return (
    <div className="campaign-form">
      {field('name', t('schedule.campaign.name'), <input type="text" data-testid="campaign-name" value={draft.name} onChange={(e) => set('name', e.target.value)} {...aria('name')} />)}
      <fieldset className="campaign-segments">
        <legend>{t('schedule.campaign.segments')}</legend>
        {draft.segments.length === 0 ? (
          <p className="muted small">{t('schedule.campaign.noSegments')}</p>
        ) : (
          <ul>
            {draft.segments.map((s) => (
              <li key={s.id} data-testid="campaign-segment">
                {s.title}
                <button type="button" className="icon-button" aria-label={t('schedule.rundown.removeNamed', { title: s.title })} onClick={() => set('segments', draft.segments.filter((x) => x.id !== s.id))}>
                  ✕
                </button>
              </li>
            ))}
          </ul>
        )}
        {errors.segments && <p className="field-error">{t(errors.segments)}</p>}
      </fieldset>
      <LibraryPanel
        actionLabel={(s) => t('schedule.campaign.addSegment', { title: s.title })}
        onAdd={(s) => !draft.segments.some((x) => x.id === s.id) && set('segments', [...draft.segments, { id: s.id, title: s.title }])}
      />
      <div className="form-row">
        <div className="field">
          <label htmlFor={id('quota')}>{t('schedule.campaign.quota')}</label>
          <select id={id('quota')} value={draft.quota} onChange={(e) => set('quota', e.target.value === 'day' ? 'day' : 'week')}>
            <option value="day">{t('schedule.campaign.playsPerDay')}</option>
            <option value="week">{t('schedule.campaign.playsPerWeek')}</option>
          </select>
        </div>
        {field('plays', t('schedule.campaign.plays'), <input type="number" min={1} data-testid="campaign-plays" value={draft.plays} onChange={(e) => set('plays', Number(e.target.value))} {...aria('plays')} />)}
        {field('separation', t('schedule.campaign.separation'), <input type="number" min={0} value={draft.separation} onChange={(e) => set('separation', Number(e.target.value))} {...aria('separation')} />)}
      </div>
      {field('dayparts', t('schedule.campaign.dayparts'), <input type="text" value={draft.dayparts} onChange={(e) => set('dayparts', e.target.value)} {...aria('dayparts')} />)}
      <LanguagesField id={id('languages')} testId="campaign-languages" label={t('schedule.campaign.languages')} values={draft.languages} onChange={(v) => set('languages', v)} error={errors.languages && t(errors.languages)} />
      <StatesField id={id('regions')} testId="campaign-regions" label={t('schedule.campaign.regions')} values={draft.regions} onChange={(v) => set('regions', v)} error={errors.regions && t(errors.regions)} />
      <div className="form-row">
        {field('startDate', t('schedule.campaign.startDate'), <DateField testId="campaign-start-date" value={draft.startDate} onChange={(v) => set('startDate', v)} {...aria('startDate')} />)}
        {field('endDate', t('schedule.campaign.endDate'), <DateField testId="campaign-end-date" value={draft.endDate} onChange={(v) => set('endDate', v)} {...aria('endDate')} />)}
      </div>
    </div>
  );
}
