import { useTranslation } from 'react-i18next';
import type { LogPreview } from '../../../../../shared/api/methods/asrun.ts';
import { errorMessage } from '../../../i18n/error-message.ts';
import { ApiError } from '../../../api/api-client.ts';
import { stationMoment } from './asrun-format.ts';

/** The first rows as the file has them, then as Cabina reads them: what a station checks before importing. */
export function LogPreviewTable({ preview, timeZone }: { preview: LogPreview; timeZone: string }) {
  const { t, i18n } = useTranslation();
  const problem = preview.problem ? new ApiError(preview.problem.code, preview.problem.message, preview.problem.details) : null;
  return (
    <div className="asrun-preview" data-testid="asrun-preview">
      <h4>{t('asrun.import.previewHeading')}</h4>
      {preview.encoding === 'latin1' && <p className="muted small">{t('asrun.import.encodingLatin1')}</p>}
      {preview.columns.length > 0 && (
        <div className="asrun-table-wrap">
          <table className="asrun-table">
            <thead>
              <tr>
                {preview.columns.map((c, i) => (
                  <th key={`${c}-${i}`} scope="col">{c}</th>
                ))}
              </tr>
            </thead>
            <tbody>
              {preview.rows.map((row, r) => (
                <tr key={r}>
                  {row.map((cell, c) => (
                    <td key={c}>{cell}</td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {problem && (
        <p className="message-error" role="alert" data-testid="asrun-preview-problem">
          {errorMessage(problem, t)}
        </p>
      )}
      {preview.lines.length > 0 && (
        <ul className="asrun-lines" data-testid="asrun-preview-lines">
          {preview.lines.map((l) => (
            <li key={l.line} className={l.error ? 'asrun-line-bad' : undefined}>
              <span className="muted small">{t('asrun.import.previewLine', { line: l.line })}</span>{' '}
              {l.airedAt ? (
                <>
                  <time dateTime={l.airedAt}>{stationMoment(l.airedAt, timeZone, i18n.language)}</time> · {l.name}
                </>
              ) : (
                t(`asrun.import.previewError.${l.error ?? 'date'}`)
              )}
            </li>
          ))}
        </ul>
      )}
      <p className="muted small">{t('asrun.import.totalLines', { count: preview.totalLines })}</p>
    </div>
  );
}
