import { CircleCheck, CircleDashed, Eye, FileText, Mic, TriangleAlert, type LucideIcon } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import type { TaskStatus } from '../../../../shared/domain/production.ts';

/** Issue #15: every status is an icon and a word, so it reads without colour and without much reading. */
export const STATUS_ICONS: Record<TaskStatus, LucideIcon> = {
  needs_translation: CircleDashed,
  translated: FileText,
  recorded: Mic,
  reviewed: Eye,
  approved: CircleCheck,
};

/**
 * A task's status. An outdated task leads with the warning (that is what someone must act on) and
 * keeps its status word after it, so the board still says how far it had got.
 */
export function StatusChip({ status, outdated }: { status: TaskStatus; outdated: boolean }) {
  const { t } = useTranslation();
  const Icon = outdated ? TriangleAlert : STATUS_ICONS[status];
  return (
    <span className={`production-chip production-chip-${status}${outdated ? ' production-chip-outdated' : ''}`} data-testid="production-chip" data-status={status} data-outdated={outdated}>
      <Icon className="production-chip-icon" aria-hidden="true" focusable="false" size={16} />
      {outdated ? (
        <>
          <span>{t('production.outdated')}</span>
          <span className="production-chip-sub">· {t(`production.status.${status}`)}</span>
        </>
      ) : (
        <span>{t(`production.status.${status}`)}</span>
      )}
    </span>
  );
}
