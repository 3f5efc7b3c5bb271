import { useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CoverageFiltersInput } from '../../../../../shared/api/methods/coverage.ts';
import { CatalogsGate } from '../../../components/catalogs-gate.tsx';
import { LanguageCombobox } from '../../../components/language-combobox.tsx';
import { errorMessage } from '../../../i18n/error-message.ts';
import { CoverageExportButtons } from './coverage-export-buttons.tsx';
import { CoverageGapsList } from './coverage-gaps-list.tsx';
import { CoverageFilterPickers, type PickedFilters } from './coverage-filter-pickers.tsx';
import { CoverageBars, CoverageStates, CoverageTotals, CoverageWeeks } from './coverage-sections.tsx';
import { MexicoMap } from './mexico-map.tsx';
import { useCoverage } from './use-coverage.ts';

/** The last 365 days up to today (UTC), what a program officer opens first. */
function defaultRange(now = new Date()): { from: string; to: string } {
  const to = now.toISOString().slice(0, 10);
  const from = new Date(now.getTime() - 364 * 86_400_000).toISOString().slice(0, 10);
  return { from, to };
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const NO_PICKS: PickedFilters = { pack: '', topic: '', station: '', state: '' };
const one = (value: string): string[] => (value ? [value] : []);

/** Cobertura names languages, states and topics from the catalogues, so it waits for them. */
export function CoveragePanel() {
  return (
    <CatalogsGate testId="coverage-catalogs-loading">
      <CoverageView />
    </CatalogsGate>
  );
}

/** Cobertura (issue #13 §3): range + filters, totals, weekly series, pack/segment bars, states, gaps. */
function CoverageView() {
  const { t } = useTranslation();
  const id = useId();
  const [range, setRange] = useState(defaultRange);
  const [language, setLanguage] = useState('');
  const [picked, setPicked] = useState<PickedFilters>(NO_PICKS);
  const filters = useMemo<CoverageFiltersInput>(
    () => ({ from: range.from, to: range.to, languages: language ? [language] : [], states: one(picked.state), packIds: one(picked.pack), topics: one(picked.topic), stations: one(picked.station) }),
    [range, language, picked],
  );
  const { report, gaps, retry } = useCoverage(filters);
  // A click on the map picks that state (or drops it when it is the one picked), like the state picker.
  const toggleState = (code: string) => setPicked((p) => ({ ...p, state: p.state === code ? '' : code }));
  const states = one(picked.state);
  const anyFilter = language !== '' || Object.values(picked).some((v) => v !== '');
  const setDay = (key: 'from' | 'to', value: string) => {
    if (DAY.test(value)) setRange((r) => ({ ...r, [key]: value }));
  };
  return (
    <div className="coverage-panel" data-testid="coverage-panel">
      <h2 className="sr-only">{t('coverage.title')}</h2>
      <form className="coverage-filters" onSubmit={(e) => e.preventDefault()}>
        <label htmlFor={`${id}-from`}>{t('coverage.from')}</label>
        <input id={`${id}-from`} type="date" data-testid="coverage-from" value={range.from} onChange={(e) => setDay('from', e.target.value)} />
        <label htmlFor={`${id}-to`}>{t('coverage.to')}</label>
        <input id={`${id}-to`} type="date" data-testid="coverage-to" value={range.to} onChange={(e) => setDay('to', e.target.value)} />
        <label htmlFor={`${id}-lang`}>{t('coverage.language')}</label>
        <LanguageCombobox id={`${id}-lang`} testId="coverage-language" value={language || null} onChange={(code) => setLanguage(code ?? '')} />
        <CoverageFilterPickers from={range.from} to={range.to} idPrefix={id} value={picked} onChange={setPicked} />
        {anyFilter && (
          <button type="button" className="button button-small" data-testid="coverage-clear" onClick={() => { setPicked(NO_PICKS); setLanguage(''); }}>
            {t('coverage.clearFilters')}
          </button>
        )}
      </form>
      <CoverageExportButtons filters={filters} />
      {report.status === 'loading' && (
        <p className="state-message" data-testid="coverage-loading">
          {t('coverage.loading')}
        </p>
      )}
      {report.status === 'error' && (
        <div className="state-message message-error" role="alert" data-testid="coverage-error">
          <p>{t('coverage.error', { reason: errorMessage(report.error, t) })}</p>
          <button type="button" className="button" onClick={retry}>
            {t('common.retry')}
          </button>
        </div>
      )}
      {report.status === 'ready' && report.value.totals.airings === 0 && (
        <p className="state-message" data-testid="coverage-empty">
          {t('coverage.empty')}
        </p>
      )}
      {report.status === 'ready' && report.value.totals.airings > 0 && (
        <>
          <CoverageTotals totals={report.value.totals} />
          <CoverageWeeks weeks={report.value.weeks} />
          <CoverageBars bars={report.value.bars} />
          <MexicoMap states={report.value.states} selected={states} onSelect={toggleState} />
          <CoverageStates states={report.value.states} selected={states} onSelect={toggleState} />
        </>
      )}
      <CoverageGapsList gaps={gaps} />
    </div>
  );
}
