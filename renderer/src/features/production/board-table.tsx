import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { BoardRow } from '../../../../shared/api/methods/production.ts';
import { useCatalogs } from '../../components/catalog-context.tsx';
import { formatCivilDate } from '../../i18n/civil-date.ts';
import { StatusChip } from './status-chip.tsx';
import type { Board } from './use-production-board.ts';

interface Props {
  board: Board;
  selectedSegmentId: string | null;
  onOpenSegment(segmentId: string): void;
  onOpenTask(segmentId: string, taskId: string): void;
}

/**
 * Segments down, languages across. The table scrolls sideways inside its own box: a station with
 * fifteen languages must not push the page wider than a 1366-pixel screen.
 */
export function BoardTable({ board, selectedSegmentId, onOpenSegment, onOpenTask }: Props) {
  const { t, i18n } = useTranslation();
  const catalogs = useCatalogs();
  return (
    <div className="production-board-scroll" data-testid="production-board">
      <table className="production-board">
        <caption className="sr-only">{t('production.board.label')}</caption>
        <thead>
          <tr>
            <th scope="col" className="production-board-title-col">
              {t('production.board.segment')}
            </th>
            {board.languages.map((code) => (
              <th key={code} scope="col" data-testid="production-language-column" data-code={code}>
                {catalogs.languageName(code)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {board.rows.map((row) => (
            <tr key={row.segmentId} data-testid="production-row" data-segment={row.segmentId} data-selected={row.segmentId === selectedSegmentId} className={row.segmentId === selectedSegmentId ? 'selected' : undefined}>
              <th scope="row" className="production-board-title-col">
                <button type="button" className="production-row-title" data-testid="production-row-title" aria-label={t('production.board.openSegment', { title: row.title })} onClick={() => onOpenSegment(row.segmentId)}>
                  {row.title}
                </button>
                <span className="muted small production-row-master">{masterLine(row, t, catalogs.languageName)}</span>
              </th>
              {board.languages.map((code) => {
                const cell = row.tasks[code];
                if (!cell) {
                  return (
                    <td key={code} data-testid="production-cell" data-code={code} data-empty="true" className="production-cell-empty">
                      <span aria-hidden="true">—</span>
                      <span className="sr-only">{t('production.noTask')}</span>
                    </td>
                  );
                }
                const meta = [cell.assignee, cell.dueDate ? formatCivilDate(cell.dueDate, i18n.language) : ''].filter(Boolean).join(' · ');
                const label = t(cell.outdated ? 'production.board.cellOutdated' : 'production.board.cellLabel', {
                  title: row.title,
                  language: catalogs.languageName(code),
                  status: t(`production.status.${cell.status}`),
                });
                // The name is the cell's own text after a spoken context (which segment, which
                // language), so what a voice user reads on screen is what the button is called.
                return (
                  <td key={code} data-testid="production-cell" data-code={code} data-status={cell.status}>
                    <button type="button" className="production-cell-button" title={label} onClick={() => onOpenTask(row.segmentId, cell.taskId)}>
                      <span className="sr-only">{t('production.board.cellContext', { title: row.title, language: catalogs.languageName(code) })}</span>
                      <StatusChip status={cell.status} outdated={cell.outdated} />
                      {meta && <span className="production-cell-meta">{meta}</span>}
                    </button>
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function masterLine(row: BoardRow, t: TFunction, languageName: (code: string) => string): string {
  if (!row.masterLanguage || row.revision === null) return t('production.board.noScript');
  return t('production.board.master', { language: languageName(row.masterLanguage), revision: row.revision });
}
