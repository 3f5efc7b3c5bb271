import { useTranslation } from 'react-i18next';
import type { SegmentStatus } from '../../../shared/domain/segment.ts';

export function StatusBadge({ status }: { status: SegmentStatus }) {
  const { t } = useTranslation();
  return <span className={`badge badge-status badge-${status}`}>{t(`status.${status}`)}</span>;
}
