import type { ReactNode } from 'react';
import { EditIcon, type EditIconName } from './edit-icons.tsx';

/** A toolbar button: always an icon and a visible label (issue #3: every action has a button). */
export function ActionButton(props: {
  icon: EditIconName;
  label: string;
  onClick: () => void;
  testId?: string;
  disabled?: boolean;
  pressed?: boolean;
  /** ARIA key shortcut (e.g. `Control+Z`), also shown in the tooltip. */
  shortcut?: string;
  /** Tooltip text when the shortcut is not a key (e.g. Ctrl + mouse wheel). */
  hint?: string;
}) {
  const extra = props.hint ?? props.shortcut;
  return (
    <button
      type="button"
      className="button edit-action"
      data-testid={props.testId}
      onClick={props.onClick}
      disabled={props.disabled}
      aria-pressed={props.pressed}
      aria-keyshortcuts={props.shortcut}
      title={extra ? `${props.label} (${extra})` : props.label}
    >
      <EditIcon name={props.icon} />
      <span>{props.label}</span>
    </button>
  );
}

export function Group({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div role="group" aria-label={label} className="edit-group">
      {children}
    </div>
  );
}
