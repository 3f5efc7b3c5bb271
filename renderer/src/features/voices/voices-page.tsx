import { ChartColumn, MessageSquareQuote } from 'lucide-react';
import { useId, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { CatalogsGate } from '../../components/catalogs-gate.tsx';
import '../../styles/voices.css';
import '../../styles/voices-panel.css';
import { CategoriesGate } from './categories-context.tsx';
import { SummaryTab } from './summary-tab.tsx';
import { TestimoniesTab } from './testimonies-tab.tsx';

type Tab = 'testimonies' | 'summary';
const TABS: readonly { id: Tab; Icon: typeof ChartColumn }[] = [
  { id: 'testimonies', Icon: MessageSquareQuote },
  { id: 'summary', Icon: ChartColumn },
];

/**
 * Voces (issue #14 §2): what listeners tell the station, each with the consent it came with, and an
 * anonymised summary for the station's partners. Rows and forms name states, languages and problem
 * categories from the catalogs.
 */
export function VoicesPage() {
  return (
    <CatalogsGate testId="voices-catalogs-loading">
      <CategoriesGate>
        <VoicesView />
      </CategoriesGate>
    </CatalogsGate>
  );
}

function VoicesView() {
  const { t } = useTranslation();
  const id = useId();
  const [tab, setTab] = useState<Tab>('testimonies');
  // Arrow keys move between tabs (ARIA tabs pattern); Tab goes into the panel.
  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key !== 'ArrowRight' && e.key !== 'ArrowLeft') return;
    e.preventDefault();
    const next = tab === 'testimonies' ? 'summary' : 'testimonies';
    setTab(next);
    document.getElementById(`${id}-tab-${next}`)?.focus();
  };
  return (
    <div className="voices" data-testid="voices-page">
      <div className="voices-heading">
        <h1>{t('voices.title')}</h1>
        <div role="tablist" aria-label={t('voices.tabs.label')} className="voices-tabs" onKeyDown={onKeyDown}>
          {TABS.map(({ id: tabId, Icon }) => (
            <button
              key={tabId}
              id={`${id}-tab-${tabId}`}
              type="button"
              role="tab"
              className="voices-tab"
              aria-selected={tab === tabId}
              aria-controls={`${id}-panel`}
              tabIndex={tab === tabId ? 0 : -1}
              data-testid={`voices-tab-${tabId}`}
              onClick={() => setTab(tabId)}
            >
              <Icon className="button-icon" aria-hidden="true" size={16} />
              {t(`voices.tabs.${tabId}`)}
            </button>
          ))}
        </div>
      </div>
      <div id={`${id}-panel`} role="tabpanel" aria-labelledby={`${id}-tab-${tab}`} className="voices-tabpanel">
        {tab === 'testimonies' ? <TestimoniesTab /> : <SummaryTab />}
      </div>
    </div>
  );
}
