import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CoverageFilterOptions } from '../../../../../shared/api/methods/coverage.ts';
import { useApi } from '../../../api/api-context.tsx';
import { useCatalogs } from '../../../components/catalog-context.tsx';
import { errorMessage } from '../../../i18n/error-message.ts';
import type { Loaded } from './use-coverage.ts';

export interface PickedFilters {
  pack: string;
  topic: string;
  station: string;
  state: string;
}

type Dimension = keyof PickedFilters;
const DIMENSIONS: ReadonlyArray<{ key: Dimension; list: keyof CoverageFilterOptions }> = [
  { key: 'pack', list: 'packs' },
  { key: 'topic', list: 'topics' },
  { key: 'station', list: 'stations' },
  { key: 'state', list: 'states' },
];

/** What the range's data holds: a picker offers only what aired then (issue #13 §3 filters). */
function useFilterOptions(from: string, to: string): Loaded<CoverageFilterOptions> {
  const api = useApi();
  const [options, setOptions] = useState<Loaded<CoverageFilterOptions>>({ status: 'loading' });
  useEffect(() => {
    let live = true;
    setOptions({ status: 'loading' });
    api.call('coverage.filterOptions', { from, to }).then(
      (value) => live && setOptions({ status: 'ready', value }),
      (error: unknown) => live && setOptions({ status: 'error', error }),
    );
    return () => {
      live = false;
    };
  }, [api, from, to]);
  return options;
}

/** Pack, topic, station and state pickers beside the language one; "Todos" is no filter. */
export function CoverageFilterPickers({ from, to, idPrefix, value, onChange }: { from: string; to: string; idPrefix: string; value: PickedFilters; onChange: (next: PickedFilters) => void }) {
  const { t, i18n } = useTranslation();
  const { topicName, stateName } = useCatalogs();
  const options = useFilterOptions(from, to);
  const label = (dimension: Dimension, key: string, fallback: string) => (dimension === 'topic' ? topicName(key) : dimension === 'state' ? stateName(key) : fallback);
  if (options.status === 'error') {
    return (
      <p className="message-error small" role="alert" data-testid="coverage-options-error">
        {t('coverage.optionsError', { reason: errorMessage(options.error, t) })}
      </p>
    );
  }
  return (
    <>
      {DIMENSIONS.map(({ key, list }) => {
        const choices = options.status === 'ready' ? options.value[list] : [];
        // A choice made earlier stays listed even when the new range has nothing for it.
        const missing = value[key] !== '' && !choices.some((c) => c.key === value[key]);
        return (
          <span key={key} className="coverage-picker">
            <label htmlFor={`${idPrefix}-${key}`}>{t(`coverage.${key}`)}</label>
            <select
              id={`${idPrefix}-${key}`}
              data-testid={`coverage-${key}`}
              value={value[key]}
              disabled={options.status === 'loading' || (choices.length === 0 && !missing)}
              onChange={(e) => onChange({ ...value, [key]: e.target.value })}
            >
              <option value="">{options.status === 'loading' ? t('coverage.optionsLoading') : choices.length === 0 ? t('coverage.optionsEmpty') : t('coverage.all')}</option>
              {missing && <option value={value[key]}>{label(key, value[key], value[key])}</option>}
              {choices.map((c) => (
                <option key={c.key} value={c.key}>
                  {t('coverage.optionLine', { name: label(key, c.key, c.label), airings: c.airings.toLocaleString(i18n.language) })}
                </option>
              ))}
            </select>
          </span>
        );
      })}
    </>
  );
}
