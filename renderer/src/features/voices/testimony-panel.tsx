import { LoadError } from '../../components/load-error.tsx';
import { Mic } from 'lucide-react';
import { useRef } from 'react';
import { useNavigation } from '../../app/navigation.tsx';
import { useTranslation } from 'react-i18next';
import { CloseIcon } from '../../components/icons.tsx';
import { formatCivilDate } from '../../i18n/civil-date.ts';
import { ConsentSection } from './consent-section.tsx';
import { DeleteTestimony } from './delete-testimony.tsx';
import { LeaveStation } from './leave-station.tsx';
import { RedactionSection } from './redaction-section.tsx';
import { TestimonyForm } from './testimony-form.tsx';
import { useTestimony } from './use-testimony.ts';

interface Props {
  id: string;
  onClose(): void;
  /** Something here changed the list: ask for it again without waiting for the core's event. */
  onChanged(): void;
  onDeleted(): void;
}

/** The side panel for one testimony: what it is about, who consented to what, what to hide, and how it may leave. */
export function TestimonyPanel({ id, onClose, onChanged, onDeleted }: Props) {
  const { t, i18n } = useTranslation();
  const { resource, reload } = useTestimony(id);
  const { go } = useNavigation();
  // Where the waveform's playhead is, for "the consent is heard here" (the redaction view owns the player).
  const playhead = useRef<(() => number) | null>(null);
  const testimony = resource.status === 'ready' ? resource.value : null;
  const changed = () => {
    reload();
    onChanged();
  };

  return (
    <aside className="editor-panel voices-panel" aria-label={t('voices.panel.label')} data-testid="voices-panel">
      <div className="editor-header">
        <h2>{testimony ? t('voices.panel.title', { date: formatCivilDate(testimony.receivedOn, i18n.language) }) : t('voices.panel.label')}</h2>
        <button type="button" className="icon-button" aria-label={t('voices.panel.close')} title={t('voices.panel.close')} data-testid="voices-panel-close" onClick={onClose}>
          <CloseIcon />
        </button>
      </div>
      <div className="editor-scroll">
        {resource.status === 'loading' && (
          <p className="state-message" role="status" data-testid="voices-panel-loading">
            {t('voices.panel.loading')}
          </p>
        )}
        {resource.status === 'error' && (
          <LoadError title={t('voices.panel.loadError')} error={resource.error} onRetry={reload} testId="voices-panel-error" />
        )}
        {testimony && (
          <>
            <TestimonyForm testimony={testimony} onSaved={changed} />
            <ConsentSection testimony={testimony} playhead={playhead} onAdded={changed} />
            {testimony.assetId ? (
              <RedactionSection testimony={testimony} assetId={testimony.assetId} playhead={playhead} onSaved={changed} />
            ) : (
              <div className="voices-no-audio">
                <p className="hint" data-testid="voices-no-audio">
                  {t('voices.panel.noAudio')}
                </p>
                {/* Issue #14 §2: a call noted by hand gets its recording in Grabar, then comes back here. */}
                <button type="button" className="button" data-testid="voices-record-this-call" title={t('callIn.recordThisHint')} onClick={() => go('record', { page: 'record', callIn: { testimonyId: testimony.id } })}>
                  <Mic className="button-icon" aria-hidden="true" size={16} />
                  {t('callIn.recordThis')}
                </button>
              </div>
            )}
            <LeaveStation testimony={testimony} onChanged={changed} />
            <DeleteTestimony testimony={testimony} onDeleted={onDeleted} />
          </>
        )}
      </div>
    </aside>
  );
}
