import { useEffect, useId, useRef } from 'react';

interface Props {
  title: string;
  body: string;
  keepLabel: string;
  confirmLabel: string;
  onKeep(): void;
  onConfirm(): void;
  /** data-testid of the dialog; its buttons get `<testId>-keep` / `<testId>-confirm` unless named. */
  testId: string;
  keepTestId?: string;
  confirmTestId?: string;
  /** The heading level that fits where the dialog sits (a page panel, a field inside a form). */
  heading?: 'h3' | 'h5';
}

/**
 * A question in the page, not window.confirm(): translated buttons, focus on the safe choice, and
 * it does not freeze playback or uploads. The confirming button is the dangerous one.
 */
export function ConfirmDialog({ title, body, keepLabel, confirmLabel, onKeep, onConfirm, testId, keepTestId, confirmTestId, heading: Heading = 'h3' }: Props) {
  const ids = { title: useId(), body: useId() };
  const keepRef = useRef<HTMLButtonElement>(null);
  useEffect(() => keepRef.current?.focus(), []);
  return (
    <div role="alertdialog" aria-labelledby={ids.title} aria-describedby={ids.body} className="unsaved-dialog" data-testid={testId}>
      <Heading id={ids.title}>{title}</Heading>
      <p id={ids.body}>{body}</p>
      <div className="button-row">
        <button type="button" ref={keepRef} className="button" data-testid={keepTestId ?? `${testId}-keep`} onClick={onKeep}>
          {keepLabel}
        </button>
        <button type="button" className="button button-danger" data-testid={confirmTestId ?? `${testId}-confirm`} onClick={onConfirm}>
          {confirmLabel}
        </button>
      </div>
    </div>
  );
}
