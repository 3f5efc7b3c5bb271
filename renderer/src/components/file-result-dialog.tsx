import { useEffect, useId, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { ProducedFile } from '../../../shared/api/methods/files.ts';
import { useApi } from '../api/api-context.tsx';
import { errorMessage } from '../i18n/error-message.ts';
import { formatSize } from '../../../shared/text/format-size.ts';
import { UsbCopyPanel } from './usb-copy-panel.tsx';

export interface FileResultDialogProps {
  /** What was made ("Render guardado", "Parrilla exportada", …), already translated. */
  title: string;
  /** The produced files as the core returned them; `name` is what the copy is called. */
  files: { path: string; name?: string }[];
  onClose: () => void;
  /** Extra facts about the result (duration, loudness…), shown under the title. */
  children?: ReactNode;
}

type Described = { state: 'loading' } | { state: 'ready'; files: ProducedFile[] } | { state: 'error'; error: unknown };
type Notice = { kind: 'status' | 'error'; text: string } | null;

/**
 * Where every render, export, pack and report lands (issue #11 req. 3): a modal dialog in the top
 * layer, so the result is where the user is looking, never a path below the fold. It offers Save
 * as (a native dialog in Electron, a download in browser mode), Open folder (Electron only) and
 * Copy to USB.
 */
export function FileResultDialog({ title, files, onClose, children }: FileResultDialogProps) {
  const { t, i18n } = useTranslation();
  const api = useApi();
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const [described, setDescribed] = useState<Described>({ state: 'loading' });
  const [notice, setNotice] = useState<Notice>(null);
  const [busy, setBusy] = useState(false);
  const [usb, setUsb] = useState(false);
  const desktop = api.kind === 'electron';

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    // showModal puts it in the top layer and makes the page behind it inert.
    if (typeof dialog.showModal === 'function' && !dialog.open) dialog.showModal();
    else dialog.setAttribute('open', '');
    dialog.querySelector<HTMLElement>('[data-autofocus]')?.focus();
    return () => {
      if (dialog.open && typeof dialog.close === 'function') dialog.close();
    };
  }, []);

  useEffect(() => {
    let live = true;
    api.call('files.describe', { files }).then(
      (found) => live && setDescribed({ state: 'ready', files: found }),
      (error: unknown) => live && setDescribed({ state: 'error', error }),
    );
    return () => {
      live = false;
    };
  }, [api, files]);

  async function act(work: () => Promise<string | null>) {
    setBusy(true);
    setNotice(null);
    try {
      const text = await work();
      if (text) setNotice({ kind: 'status', text });
    } catch (error) {
      setNotice({ kind: 'error', text: errorMessage(error, t) });
    } finally {
      setBusy(false);
    }
  }

  const saveAs = (file: ProducedFile) =>
    act(async () => {
      if (desktop) {
        const { savedTo } = await api.call('files.saveAs', { path: file.path, name: file.name });
        return savedTo ? t('fileResult.savedTo', { path: savedTo }) : null;
      }
      const offer = await api.call('files.offer', { path: file.path, name: file.name });
      const link = document.createElement('a');
      link.href = api.downloadUrl(offer.offerId) ?? '';
      link.download = offer.fileName;
      link.hidden = true;
      document.body.append(link);
      link.click();
      link.remove();
      return t('fileResult.downloadStarted', { name: offer.fileName });
    });

  const openFolder = (file: ProducedFile) =>
    act(async () => {
      await api.call('files.showInFolder', { path: file.path });
      return null;
    });

  return (
    <dialog
      ref={ref}
      className="file-result"
      aria-labelledby={titleId}
      data-testid="file-result-dialog"
      onCancel={(e) => {
        // Escape: close through React state, so the dialog and the page agree on whether it is open.
        e.preventDefault();
        onClose();
      }}
      onKeyDown={(e) => {
        if (e.key === 'Escape') {
          e.preventDefault();
          onClose();
        }
      }}
    >
      <h2 id={titleId} tabIndex={-1} data-autofocus>
        {title}
      </h2>
      {children}
      {described.state === 'loading' && <p role="status">{t('fileResult.reading')}</p>}
      {described.state === 'error' && (
        <p className="message-error" role="alert" data-testid="file-result-error">
          {errorMessage(described.error, t)}
        </p>
      )}
      {described.state === 'ready' && (
        <>
          <p className="file-result-count">{t('fileResult.fileCount', { count: described.files.length })}</p>
          <ul className="file-result-files">
            {described.files.map((f) => (
              <li key={f.path} data-testid="file-result-file">
                <span className="file-result-name">{f.name}</span> <span className="file-result-size">{formatSize(f.sizeBytes, i18n.language)}</span>
                <span className="file-result-actions">
                  <button type="button" className="button" disabled={busy} onClick={() => void saveAs(f)} data-testid="file-save-as">
                    {busy ? t('fileResult.saving') : t('fileResult.saveAs')}
                  </button>
                  {desktop && (
                    <button type="button" className="button" disabled={busy} onClick={() => void openFolder(f)} data-testid="file-open-folder">
                      {t('fileResult.openFolder')}
                    </button>
                  )}
                </span>
              </li>
            ))}
          </ul>
        </>
      )}
      {notice && (
        <p className={notice.kind === 'error' ? 'message-error' : 'file-result-notice'} role={notice.kind === 'error' ? 'alert' : 'status'} data-testid="file-result-notice">
          {notice.text}
        </p>
      )}
      {usb && <UsbCopyPanel files={files} />}
      <div className="file-result-footer">
        {!usb && described.state === 'ready' && (
          <button type="button" className="button" onClick={() => setUsb(true)} data-testid="file-copy-usb">
            {t('fileResult.copyToUsb')}
          </button>
        )}
        <button type="button" className="button" onClick={onClose} data-testid="file-result-close">
          {t('fileResult.close')}
        </button>
      </div>
    </dialog>
  );
}
