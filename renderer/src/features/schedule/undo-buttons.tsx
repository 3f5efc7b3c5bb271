import { useTranslation } from 'react-i18next';
import type { useGridUndo } from './use-grid-undo.ts';

/** Visible Deshacer / Rehacer: the keyboard shortcut is not discoverable, a labelled button is. */
export function UndoButtons({ history }: { history: ReturnType<typeof useGridUndo> }) {
  const { t } = useTranslation();
  const { nextUndo, nextRedo, busy } = history;
  const undoName = nextUndo ? t('schedule.undo.undoNamed', { what: nextUndo.label }) : t('schedule.undo.nothing');
  const redoName = nextRedo ? t('schedule.undo.redoNamed', { what: nextRedo.label }) : t('schedule.undo.nothingToRedo');
  return (
    <>
      <button type="button" className="button button-small" data-testid="grid-undo" disabled={!nextUndo || busy} aria-label={undoName} title={`${undoName} (Ctrl+Z)`} onClick={history.undo}>
        {t('schedule.undo.button')}
      </button>
      <button type="button" className="button button-small" data-testid="grid-redo" disabled={!nextRedo || busy} aria-label={redoName} title={`${redoName} (Ctrl+Y)`} onClick={history.redo}>
        {t('schedule.undo.redo')}
      </button>
    </>
  );
}
