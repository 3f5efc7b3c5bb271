import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { todayIso } from '../../../i18n/format.ts';
import type { LibrarySearch } from '../search/use-library-search.ts';
import { SegmentRow } from './segment-row.tsx';

/** Fixed row height (CSS `.segment-row` matches): no per-row measuring, so 10⁵ rows stay cheap. */
export const ROW_HEIGHT = 76;

interface Props {
  search: LibrarySearch;
  selectedId: string | null;
  onOpen(id: string): void;
}

export function SegmentList({ search, selectedId, onOpen }: Props) {
  const { t } = useTranslation();
  const scrollRef = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({
    count: search.total,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 8,
    // Rows render on the first paint, before the container is measured (and in jsdom, which has no layout).
    initialRect: { width: 1000, height: 600 },
  });
  const rows = virtualizer.getVirtualItems();
  const first = rows[0]?.index ?? 0;
  const last = rows[rows.length - 1]?.index ?? 0;
  const { ensureRange, generation, paramsKey } = search;

  useEffect(() => {
    if (rows.length > 0) ensureRange(first, last);
  }, [ensureRange, first, last, generation, rows.length]);

  // A new query starts at the top; keeping the old offset would land in the middle of new results.
  useEffect(() => {
    virtualizer.scrollToOffset(0);
  }, [paramsKey, virtualizer]);

  const today = todayIso();
  return (
    <div ref={scrollRef} className="segment-list">
      <div role="list" aria-label={t('library.listLabel')} className="segment-list-inner" style={{ height: virtualizer.getTotalSize() }}>
        {rows.map((row) => (
          <SegmentRow
            key={row.key}
            item={search.getItem(row.index)}
            index={row.index}
            // ARIA's -1: the size is not known yet (a capped count; the list grows as it scrolls).
            setSize={search.totalExact ? search.total : -1}
            selected={search.getItem(row.index)?.id === selectedId}
            today={today}
            onOpen={onOpen}
            style={{ transform: `translateY(${row.start}px)`, height: ROW_HEIGHT }}
          />
        ))}
      </div>
    </div>
  );
}
