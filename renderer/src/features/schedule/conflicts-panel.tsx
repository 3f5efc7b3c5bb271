import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { Conflict } from '../../../../shared/domain/schedule.ts';
import { formatCivilDay } from '../../i18n/civil-date.ts';

export type ConflictFix = { kind: 'program'; instanceId: string } | { kind: 'rundown'; instanceId: string; itemId: string | null };

/** Overlaps and DST shifts are fixed in the program editor; item problems in the rundown. */
export function fixFor(c: Conflict): ConflictFix {
  return c.kind === 'overlap' || c.kind === 'dst_shifted' ? { kind: 'program', instanceId: c.instanceId } : { kind: 'rundown', instanceId: c.instanceId, itemId: c.itemId };
}

export function ConflictsPanel({ conflicts, onFix }: { conflicts: readonly Conflict[]; onFix(fix: ConflictFix): void }) {
  const { t, i18n } = useTranslation();
  const hid = useId();
  return (
    <section className="conflicts-panel" aria-labelledby={hid} data-testid="conflicts-panel">
      <h2 id={hid}>{t('schedule.conflicts.title')}</h2>
      {conflicts.length === 0 ? (
        <p className="muted">{t('schedule.conflicts.none')}</p>
      ) : (
        <ul className="conflict-list">
          {conflicts.map((c, i) => {
            const text = t(`schedule.conflicts.kinds.${c.kind}`, { title: c.title, other: c.other ?? '' });
            return (
              <li key={`${c.kind}-${c.instanceId}-${c.itemId ?? ''}-${i}`} className="conflict" data-testid="conflict">
                <span>
                  <strong>{formatCivilDay(c.date, i18n.language)}</strong> · {text}
                </span>
                <button type="button" className="button button-small" aria-label={t('schedule.conflicts.fixNamed', { problem: text })} onClick={() => onFix(fixFor(c))}>
                  {t('schedule.conflicts.fix')}
                </button>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
