import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MunicipalityEntry } from '../../../shared/domain/catalog.ts';
import { useApi } from '../api/api-context.tsx';
import { errorMessage } from '../i18n/error-message.ts';
import { useCatalogs } from './catalog-context.tsx';
import type { Resource } from '../hooks/use-async-resource.ts';

interface Props {
  idPrefix: string;
  stateCode: string | null;
  municipalityCode: string | null;
  onChange(place: { stateCode: string | null; municipalityCode: string | null }): void;
  /** Test hooks `<prefix>-state`, `<prefix>-municipality`: the station form keeps `station`. */
  testIdPrefix?: string;
  /** Labels when the place has a role ("Estado de origen"); the station's own by default. */
  labels?: { state: string; municipality: string };
}

/**
 * INEGI state and municipality as names; the municipality list follows the chosen state. The
 * station's place (Ajustes) and a testimony's places of origin and work (Voces) pick alike.
 */
export function PlaceFields({ idPrefix, stateCode, municipalityCode, onChange, testIdPrefix = 'station', labels }: Props) {
  const { t } = useTranslation();
  const api = useApi();
  const catalogs = useCatalogs();
  const [municipalities, setMunicipalities] = useState<Resource<MunicipalityEntry[]> | null>(null);
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    if (!stateCode) {
      setMunicipalities(null);
      return;
    }
    let live = true;
    setMunicipalities({ status: 'loading' });
    api.call('station.municipalities', { stateCode }).then(
      (value) => live && setMunicipalities({ status: 'ready', value }),
      (error: unknown) => live && setMunicipalities({ status: 'error', error }),
    );
    return () => {
      live = false;
    };
  }, [api, stateCode, attempt]);

  return (
    <>
      <div className="field">
        <label htmlFor={`${idPrefix}-state`}>{labels?.state ?? t('settings.fields.state')}</label>
        <select
          id={`${idPrefix}-state`}
          data-testid={`${testIdPrefix}-state`}
          value={stateCode ?? ''}
          // A municipality belongs to one state: changing the state clears it.
          onChange={(event) => onChange({ stateCode: event.target.value || null, municipalityCode: null })}
        >
          <option value="">{t('settings.noState')}</option>
          {catalogs.sortedStates.map((s) => (
            <option key={s.code} value={s.code}>
              {s.name}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={`${idPrefix}-municipality`}>{labels?.municipality ?? t('settings.fields.municipality')}</label>
        {municipalities?.status === 'error' ? (
          <div className="message-error" role="alert" data-testid={`${testIdPrefix}-municipalities-error`}>
            <p>{t('settings.municipalitiesError')}</p>
            <p>{errorMessage(municipalities.error, t)}</p>
            <button type="button" className="button button-small" onClick={() => setAttempt((n) => n + 1)}>
              {t('common.retry')}
            </button>
          </div>
        ) : (
          <select
            id={`${idPrefix}-municipality`}
            data-testid={`${testIdPrefix}-municipality`}
            value={municipalityCode ?? ''}
            disabled={municipalities?.status !== 'ready'}
            aria-busy={municipalities?.status === 'loading'}
            onChange={(event) => onChange({ stateCode, municipalityCode: event.target.value || null })}
          >
            <option value="">
              {!stateCode ? t('settings.pickStateFirst') : municipalities?.status === 'loading' ? t('settings.municipalitiesLoading') : t('settings.noMunicipality')}
            </option>
            {municipalities?.status === 'ready' &&
              municipalities.value.map((m) => (
                <option key={m.code} value={m.code}>
                  {m.name}
                </option>
              ))}
          </select>
        )}
      </div>
    </>
  );
}
