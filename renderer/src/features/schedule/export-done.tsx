import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FileResultDialog } from '../../components/file-result-dialog.tsx';
import type { ExportResult } from '../../../../shared/domain/schedule.ts';
import { formatIsoDate } from '../../i18n/format.ts';
import type { ConflictFix } from './conflicts-panel.tsx';

/** What an export wrote: its files and item count ("0 items" when nothing), and each skipped item with a way to fix it. */
export function ExportDone({ result, onFix }: { result: ExportResult; onFix(fix: ConflictFix): void }) {
  const { t, i18n } = useTranslation();
  // Issue #11 "files a user can reach": the written files open at once in a dialog to save or copy to USB.
  const [offering, setOffering] = useState(result.files.length > 0);
  return (
    <div className="state-message" data-testid="export-done">
      <p>{result.items === 0 ? t('schedule.export.none') : t('schedule.export.doneItems', { count: result.items })}</p>
      {offering && (
        <FileResultDialog title={t('schedule.export.ready')} files={result.files.map((path) => ({ path }))} onClose={() => setOffering(false)} />
      )}
      {result.files.length > 0 && !offering && (
        <button type="button" className="button button-small" data-testid="export-offer" onClick={() => setOffering(true)}>
          {t('fileResult.reopen')}
        </button>
      )}
      {result.files.length > 0 && (
        <ul className="export-files" data-testid="export-files">
          {result.files.map((f) => (
            <li key={f}>
              <code>{f}</code>
            </li>
          ))}
        </ul>
      )}
      {result.skipped.length > 0 && (
        <>
          <p role="status">{t('schedule.export.skipped', { count: result.skipped.length })}</p>
          <ul className="export-skipped" data-testid="export-skipped">
            {result.skipped.map((s) => {
              const text = t(`schedule.export.skipReasons.${s.reason}`, { title: s.title, program: s.programTitle, languages: s.languages.join(', ') });
              return (
                <li key={s.itemId}>
                  <span>
                    <strong>{formatIsoDate(s.date, i18n.language)}</strong> · {text}
                  </span>
                  <button type="button" className="button button-small" aria-label={t('schedule.conflicts.fixNamed', { problem: text })} onClick={() => onFix({ kind: 'rundown', instanceId: s.instanceId, itemId: s.itemId })}>
                    {t('schedule.conflicts.fix')}
                  </button>
                </li>
              );
            })}
          </ul>
        </>
      )}
    </div>
  );
}
