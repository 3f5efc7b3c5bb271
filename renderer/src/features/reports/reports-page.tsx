import { useState, type ComponentType } from 'react';
import { useTranslation } from 'react-i18next';
import { AsRunPanel } from './asrun/asrun-panel.tsx';
import { CoveragePanel } from './coverage/coverage-panel.tsx';
import { ReceiptsPanel } from './receipts/receipts-panel.tsx';
import '../../styles/reports.css';
import { SpokenHelpButton } from '../../components/spoken-help-button.tsx';

interface ReportsTab {
  id: string;
  labelKey: string;
  Component: ComponentType;
}

/**
 * Informes (issue #13): one page, one tab per part of the loop. Tabs come from this one array so
 * the station-side and receipts panels are one line each at merge.
 */
const tabs: readonly ReportsTab[] = [
  { id: 'coverage', labelKey: 'reports.tabs.coverage', Component: CoveragePanel },
  { id: 'asrun', labelKey: 'reports.tabs.asrun', Component: AsRunPanel },
  { id: 'receipts', labelKey: 'reports.tabs.receipts', Component: ReceiptsPanel },
];

export function ReportsPage() {
  const { t } = useTranslation();
  const [active, setActive] = useState(tabs[0]?.id ?? 'coverage');
  const current = tabs.find((tab) => tab.id === active) ?? tabs[0];
  return (
    <section className="reports-page" aria-labelledby="reports-title">
      <h1 id="reports-title">{t('reports.title')}</h1>
      <SpokenHelpButton target="page.reports" />
      <div role="tablist" aria-label={t('reports.title')} className="reports-tabs">
        {tabs.map((tab) => (
          <button
            key={tab.id}
            type="button"
            role="tab"
            id={`reports-tab-${tab.id}`}
            aria-selected={tab.id === current?.id}
            aria-controls={`reports-panel-${tab.id}`}
            data-testid={`reports-tab-${tab.id}`}
            className="button"
            onClick={() => setActive(tab.id)}
          >
            {t(tab.labelKey)}
          </button>
        ))}
      </div>
      {current && (
        <div role="tabpanel" id={`reports-panel-${current.id}`} aria-labelledby={`reports-tab-${current.id}`}>
          <current.Component />
        </div>
      )}
    </section>
  );
}
