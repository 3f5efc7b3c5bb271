import { Fragment } from 'react';

/**
 * A key fingerprint read aloud over the phone to compare ("ab12 cd34 …"): groups of four, and the
 * line may break only between groups (issue #11 item 9) — the same in the preview and trust lists.
 */
export function formatFingerprint(fingerprint: string): string[] {
  return fingerprint.match(/.{1,4}/g) ?? [];
}

export function Fingerprint({ value, testId }: { value: string; testId?: string }) {
  const groups = formatFingerprint(value);
  return (
    <code className="fingerprint" data-testid={testId} data-fingerprint={value}>
      {groups.map((group, i) => (
        // Index keys: groups repeat ("abab") and never reorder. The space sits outside the nowrap
        // group: inside it, it is no place to break and the key runs out of its panel.
        <Fragment key={i}>
          <span className="fingerprint-group">{group}</span>
          {i < groups.length - 1 ? ' ' : ''}
        </Fragment>
      ))}
    </code>
  );
}
