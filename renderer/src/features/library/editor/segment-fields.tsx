import { useId, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { StatusOptions } from '../search/filters-bar.tsx';
import { parseStatus } from '../search/library-filters.ts';
import type { FieldErrors, FieldKey, SegmentDraft } from './draft.ts';
import { LicenseField } from './license-field.tsx';
import { TopicsFieldset } from './topics-fieldset.tsx';

interface Props {
  draft: SegmentDraft;
  errors: FieldErrors;
  onChange(patch: Partial<SegmentDraft>): void;
}

function FieldError({ id, message }: { id: string; message: string | undefined }): ReactNode {
  return message ? (
    <p id={id} className="field-error">
      {message}
    </p>
  ) : null;
}

export function SegmentFields({ draft, errors, onChange }: Props) {
  const { t } = useTranslation();
  const ids = {
    title: useId(),
    description: useId(),
    status: useId(),
    validFrom: useId(),
    validUntil: useId(),
    validityHint: useId(),
    producer: useId(),
    consent: useId(),
  };
  const invalid = (field: FieldKey) => ({
    'aria-invalid': errors[field] ? true : undefined,
    'aria-describedby': errors[field] ? `${ids[field]}-error` : undefined,
  });
  return (
    <>
      <div className="field">
        <label htmlFor={ids.title}>{t('editor.fields.title')}</label>
        <input id={ids.title} type="text" data-testid="editor-title" maxLength={200} value={draft.title} onChange={(e) => onChange({ title: e.target.value })} {...invalid('title')} />
        <FieldError id={`${ids.title}-error`} message={errors.title} />
      </div>
      <div className="field">
        <label htmlFor={ids.description}>{t('editor.fields.description')}</label>
        <textarea id={ids.description} rows={3} value={draft.description} onChange={(e) => onChange({ description: e.target.value })} />
      </div>
      <TopicsFieldset value={draft.topics} onChange={(topics) => onChange({ topics })} />
      <div className="field-row">
        <div className="field">
          <label htmlFor={ids.status}>{t('editor.fields.status')}</label>
          <select
            id={ids.status}
            data-testid="editor-status"
            value={draft.status}
            onChange={(e) => {
              const status = parseStatus(e.target.value);
              if (status) onChange({ status });
            }}
          >
            <StatusOptions />
          </select>
        </div>
        <div className="field">
          <label htmlFor={ids.validFrom}>{t('editor.fields.validFrom')}</label>
          <input id={ids.validFrom} type="date" data-testid="editor-valid-from" value={draft.validFrom} onChange={(e) => onChange({ validFrom: e.target.value })} aria-describedby={ids.validityHint} />
        </div>
        <div className="field">
          <label htmlFor={ids.validUntil}>{t('editor.fields.validUntil')}</label>
          <input
            id={ids.validUntil}
            type="date"
            data-testid="editor-valid-until"
            value={draft.validUntil}
            onChange={(e) => onChange({ validUntil: e.target.value })}
            {...invalid('validUntil')}
            aria-describedby={[errors.validUntil ? `${ids.validUntil}-error` : '', ids.validityHint].filter(Boolean).join(' ')}
          />
        </div>
      </div>
      <FieldError id={`${ids.validUntil}-error`} message={errors.validUntil} />
      <p id={ids.validityHint} className="muted small">
        {t('editor.fields.validityHint')}
      </p>
      <LicenseField value={draft.license} onChange={(license) => onChange({ license })} />
      <div className="field">
        <label htmlFor={ids.producer}>{t('editor.fields.producer')}</label>
        <input id={ids.producer} type="text" maxLength={200} value={draft.producer} onChange={(e) => onChange({ producer: e.target.value })} />
      </div>
      <div className="field">
        <label htmlFor={ids.consent}>{t('editor.fields.consentNotes')}</label>
        <textarea id={ids.consent} rows={3} value={draft.consentNotes} onChange={(e) => onChange({ consentNotes: e.target.value })} />
      </div>
    </>
  );
}
