import { useTranslation } from 'react-i18next';
import { errorMessage } from '../i18n/error-message.ts';
import { formatSize } from '../../../shared/text/format-size.ts';
import { useUsbCopy } from './use-usb-copy.ts';

/** "Copy to USB": the drives plugged in now (or how to get one listed), then progress and the outcome. */
export function UsbCopyPanel({ files }: { files: { path: string; name?: string }[] }) {
  const { t, i18n } = useTranslation();
  const { drives, refresh, copy, start, cancel } = useUsbCopy(files);
  const busy = copy.state === 'copying';
  return (
    <section className="usb-copy" aria-labelledby="usb-copy-title" data-testid="usb-copy">
      <h3 id="usb-copy-title">{t('fileResult.drivesTitle')}</h3>
      {drives.state === 'loading' && (
        <p role="status" data-testid="drives-loading">
          {t('fileResult.drivesLoading')}
        </p>
      )}
      {drives.state === 'error' && (
        <p className="message-error" role="alert" data-testid="drives-error">
          {errorMessage(drives.error, t)}
        </p>
      )}
      {drives.state === 'ready' && drives.drives.length === 0 && <p data-testid="drives-empty">{t('fileResult.drivesEmpty')}</p>}
      {drives.state === 'ready' && drives.drives.length > 0 && (
        <ul className="usb-copy-drives">
          {drives.drives.map((d) => (
            <li key={d.mountPath}>
              <button type="button" className="button" disabled={busy} onClick={() => void start(d)} data-testid="drive-button">
                {t('fileResult.copyHere', { label: d.label })}
              </button>
              <span className="usb-copy-free">
                {d.freeBytes === null ? t('fileResult.driveFreeUnknown', { label: d.mountPath }) : t('fileResult.driveFree', { label: d.mountPath, free: formatSize(d.freeBytes, i18n.language) })}
              </span>
            </li>
          ))}
        </ul>
      )}
      <button type="button" className="button" onClick={() => void refresh()} disabled={busy || drives.state === 'loading'} data-testid="drives-refresh">
        {t('fileResult.refresh')}
      </button>
      {copy.state === 'copying' && (
        <div className="usb-copy-progress" data-testid="copy-progress">
          <progress max={1} value={copy.fraction} aria-label={t('fileResult.copying', { label: copy.label })} />
          <button type="button" className="button" onClick={cancel} data-testid="copy-cancel">
            {t('fileResult.cancelCopy')}
          </button>
        </div>
      )}
      {copy.state === 'done' && (
        <p role="status" data-testid="copy-done">
          {t('fileResult.copied', { folder: copy.folder })}
        </p>
      )}
      {copy.state === 'cancelled' && (
        <p role="status" data-testid="copy-cancelled">
          {t('fileResult.copyCancelled')}
        </p>
      )}
      {copy.state === 'error' && (
        <p className="message-error" role="alert" data-testid="copy-error">
          {errorMessage(copy.error, t)}
        </p>
      )}
    </section>
  );
}
