import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PackPreview } from '../../../../shared/api/methods/packs.ts';
import '../../styles/packs.css';
import { BuildPanel } from './build-panel.tsx';
import { FeedsPanel } from './feeds-panel.tsx';
import { OpenPanel } from './open-panel.tsx';
import { TrustPanel } from './trust-panel.tsx';
import { SpokenHelpButton } from '../../components/spoken-help-button.tsx';

/** Paquetes (issue #6): build and sign, open and import, trust, feeds. */
export function PacksPage() {
  const { t } = useTranslation();
  const [preview, setPreview] = useState<PackPreview | null>(null);
  // Bumped after an import, so the lists it changes (segments to build from, trusted publishers) reload.
  const [imports, setImports] = useState(0);
  const onImported = useCallback(() => setImports((n) => n + 1), []);
  return (
    <div className="packs-page" data-testid="packs-page">
      <h1>{t('packs.title')}</h1>
      <SpokenHelpButton target="page.packs" />
      <div className="packs-grid">
        <OpenPanel preview={preview} onPreview={setPreview} onImported={onImported} />
        <BuildPanel refreshKey={imports} />
        <FeedsPanel onPreview={setPreview} />
        <TrustPanel refreshKey={imports} />
      </div>
    </div>
  );
}
