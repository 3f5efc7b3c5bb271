import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useIntent } from '../../app/navigation.tsx';
import { useDebouncedValue } from '../../hooks/use-debounced-value.ts';
import { ImportBar } from './import-bar.tsx';
import { PendingCallsNotice } from './pending-calls-notice.tsx';
import { TestimonyList } from './testimony-list.tsx';
import { TestimonyPanel } from './testimony-panel.tsx';
import { useTestimonyList } from './use-testimony-list.ts';
import { VoicesFilterBar } from './voices-filter-bar.tsx';
import { hasFilters, noFilters, toListInput, type VoicesFilters } from './voices-filters.ts';

/** Typing in the search box asks once per pause, not once per letter. */
const QUERY_DEBOUNCE_MS = 200;

/** The list of testimonies, how new ones arrive, and a side panel for the one opened. */
export function TestimoniesTab() {
  const { t } = useTranslation();
  const [filters, setFilters] = useState<VoicesFilters>(noFilters);
  const query = useDebouncedValue(filters.query, QUERY_DEBOUNCE_MS);
  const input = useMemo(() => toListInput({ ...filters, query }), [filters, query]);
  const list = useTestimonyList(input);
  // Back from Grabar with a recorded call (issue #14 §2): its testimony opens at once.
  const [openId, setOpenId] = useState<string | null>(useIntent('voices')?.testimonyId ?? null);
  const opened = (id: string) => {
    setOpenId(id);
    list.reload();
  };

  return (
    <div className={openId ? 'voices-body with-panel' : 'voices-body'}>
      <div className="voices-main">
        <p className="muted small voices-intro">{t('voices.intro')}</p>
        <ImportBar onCreated={opened} />
        <PendingCallsNotice />
        <VoicesFilterBar filters={filters} onChange={setFilters} />
        <TestimonyList list={list} filtered={hasFilters(filters)} selectedId={openId} onOpen={setOpenId} onClearFilters={() => setFilters(noFilters)} />
      </div>
      {openId && (
        <TestimonyPanel
          // Another testimony is another form: it starts from its own saved state.
          key={openId}
          id={openId}
          onClose={() => setOpenId(null)}
          onChanged={list.reload}
          onDeleted={() => {
            setOpenId(null);
            list.reload();
          }}
        />
      )}
    </div>
  );
}
