/** A running backup, restore or check: what it is doing, how far, and a way to stop it (DESIGN.md §1). */
export function BackupProgress({ label, fraction, cancelLabel, onCancel }: { label: string; fraction: number; cancelLabel: string; onCancel: () => void }) {
  return (
    <div className="backup-progress" role="status">
      <span>{label}</span>
      <progress max={1} value={fraction} aria-label={label} />
      <button type="button" className="button button-small" onClick={onCancel}>
        {cancelLabel}
      </button>
    </div>
  );
}

export const percent = (fraction: number): number => Math.round(fraction * 100);
