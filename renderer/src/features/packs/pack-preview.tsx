import { useId, useState } from 'react';
import { Volume2 } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import type { PackPreview as Preview } from '../../../../shared/api/methods/packs.ts';
import { Fingerprint } from '../../components/fingerprint.tsx';
import { formatSize as formatBytes } from '../../../../shared/text/format-size.ts';

/** What a verified pack would do: signer with fingerprint, status per segment, disk space (issue #6). */
export function PackPreview({ preview, busy, onImport }: { preview: Preview; busy: boolean; onImport: (accept: boolean) => void }) {
  const { t, i18n } = useTranslation();
  const [accept, setAccept] = useState(false);
  const reasonId = useId();
  const { publisher } = preview;
  const needsTrust = !publisher.trusted && !accept;
  const prompts = preview.prompts ?? 0;
  // A pack of spoken help only (issue #15) has no segments but is still worth importing.
  const importable = prompts > 0 || preview.items.some((i) => i.status === 'new' || i.status === 'update');
  const signer = publisher.self ? t('packs.preview.self') : publisher.trusted ? t('packs.preview.trusted') : t('packs.preview.untrusted');
  return (
    <div className="pack-preview" data-testid="pack-preview">
      <h3>{t('packs.preview.heading', { title: preview.title, version: preview.packVersion })}</h3>
      <div className={publisher.trusted ? 'pack-signer' : 'pack-signer pack-signer-untrusted'}>
        <p>
          {t('packs.preview.signer', { name: publisher.name })} — {signer}
        </p>
        <p className="small">
          {t('packs.preview.fingerprint')}: <Fingerprint value={publisher.fingerprint} testId="publisher-fingerprint" />
        </p>
        {!publisher.trusted && (
          <label className="pack-check">
            <input type="checkbox" checked={accept} onChange={(e) => setAccept(e.target.checked)} data-testid="pack-accept" />
            {t('packs.preview.accept')}
          </label>
        )}
      </div>
      <ul className="pack-items">
        {preview.items.map((item) => (
          <li key={`${item.id}@${item.version}`} data-testid="pack-item">
            <span className={`badge pack-status-${item.status}`}>{t(`packs.preview.status.${item.status}`)}</span> {item.title}{' '}
            <span className="muted small">
              v{item.version} {item.languages.join(', ')}
            </span>
            {/* Issue #12: never an update of someone else's segment, and the user is told why it is not. */}
            {item.sharedId && (
              <span className="muted small pack-shared-id" data-testid="pack-shared-id">
                {' '}
                {t('packs.preview.sharedId')}
              </span>
            )}
          </li>
        ))}
      </ul>
      {prompts > 0 && (
        <p data-testid="pack-prompts">
          <Volume2 className="button-icon" aria-hidden="true" size={16} />
          {t('help.packs.carries', { count: prompts })}
        </p>
      )}
      <p className="muted">
        {t('packs.preview.space', { needed: formatBytes(preview.bytesNeeded, i18n.language), free: preview.bytesFree === null ? '—' : formatBytes(preview.bytesFree, i18n.language) })}
      </p>
      {importable ? (
        <>
          <button
            type="button"
            className="button button-primary"
            data-testid="pack-import"
            disabled={busy || needsTrust}
            aria-describedby={needsTrust ? reasonId : undefined}
            onClick={() => onImport(accept)}
          >
            {busy ? t('packs.preview.importing') : t('packs.preview.import')}
          </button>
          {/* Why the button is grey (issue #11): a disabled button alone does not say what to do. */}
          {needsTrust && (
            <p id={reasonId} className="muted small pack-import-reason" data-testid="pack-import-reason">
              {t('packs.preview.needsTrust', { name: publisher.name })}
            </p>
          )}
        </>
      ) : (
        <p className="state-message">{t('packs.preview.nothing')}</p>
      )}
    </div>
  );
}
