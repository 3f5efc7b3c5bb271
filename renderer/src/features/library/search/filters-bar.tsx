import { useId, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { segmentStatusSchema } from '../../../../../shared/domain/segment.ts';
import type { LanguageEntry } from '../../../../../shared/domain/catalog.ts';
import { useCatalogs } from '../../../components/catalog-context.tsx';
import { StateOptions } from '../../../components/state-options.tsx';
import { parseStatus, type LibraryFilters } from './library-filters.ts';

interface Props {
  filters: LibraryFilters;
  onChange(filters: LibraryFilters): void;
}

/** Languages grouped by INALI agrupación (Mixteco, Zapoteco…), groups and names in collation order. */
function groupLanguages(sorted: LanguageEntry[]): [string, LanguageEntry[]][] {
  const groups = new Map<string, LanguageEntry[]>();
  for (const entry of sorted) {
    const list = groups.get(entry.group) ?? [];
    list.push(entry);
    groups.set(entry.group, list);
  }
  const collator = new Intl.Collator('es', { sensitivity: 'base' });
  return [...groups.entries()].sort(([a], [b]) => collator.compare(a, b));
}


/** One option per segment status, valued by the status, labelled in the UI language. */
export function StatusOptions() {
  const { t } = useTranslation();
  return (
    <>
      {segmentStatusSchema.options.map((status) => (
        <option key={status} value={status}>
          {t(`status.${status}`)}
        </option>
      ))}
    </>
  );
}

export function FiltersBar({ filters, onChange }: Props) {
  const { t } = useTranslation();
  const catalogs = useCatalogs();
  const ids = { language: useId(), region: useId(), topic: useId(), status: useId(), expiring: useId() };
  const languageGroups = useMemo(() => groupLanguages(catalogs.sortedLanguages), [catalogs.sortedLanguages]);
  const set = (patch: Partial<LibraryFilters>) => onChange({ ...filters, ...patch });
  return (
    <fieldset className="filters">
      <legend className="sr-only">{t('library.filters.label')}</legend>
      <div className="field">
        <label htmlFor={ids.language}>{t('library.filters.language')}</label>
        <select id={ids.language} data-testid="filter-language" value={filters.language} onChange={(e) => set({ language: e.target.value })}>
          <option value="">{t('library.filters.anyLanguage')}</option>
          {languageGroups.map(([group, entries]) => (
            <optgroup key={group} label={group}>
              {entries.map((l) => (
                <option key={l.code} value={l.code}>
                  {catalogs.languageName(l.code)}
                </option>
              ))}
            </optgroup>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={ids.region}>{t('library.filters.region')}</label>
        <select id={ids.region} data-testid="filter-region" value={filters.region} onChange={(e) => set({ region: e.target.value })}>
          <option value="">{t('library.filters.anyRegion')}</option>
          <StateOptions />
        </select>
      </div>
      <div className="field">
        <label htmlFor={ids.topic}>{t('library.filters.topic')}</label>
        <select id={ids.topic} data-testid="filter-topic" value={filters.topic} onChange={(e) => set({ topic: e.target.value })}>
          <option value="">{t('library.filters.anyTopic')}</option>
          {catalogs.sortedTopics.map((topic) => (
            <option key={topic.id} value={topic.id}>
              {catalogs.topicName(topic.id)}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={ids.status}>{t('library.filters.status')}</label>
        <select id={ids.status} data-testid="filter-status" value={filters.status} onChange={(e) => set({ status: parseStatus(e.target.value) })}>
          <option value="">{t('library.filters.anyStatus')}</option>
          <StatusOptions />
        </select>
      </div>
      <div className="field field-check">
        <input
          id={ids.expiring}
          type="checkbox"
          data-testid="filter-expiring"
          checked={filters.expiring}
          onChange={(e) => set({ expiring: e.target.checked })}
        />
        <label htmlFor={ids.expiring}>{t('library.filters.expiring')}</label>
      </div>
    </fieldset>
  );
}
