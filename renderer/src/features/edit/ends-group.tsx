import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ActionButton, Group } from './edit-controls.tsx';
import type { JingleOption } from './use-edit-actions.ts';
import type { Timeline } from './timeline-map.ts';

/**
 * The ends of the segment: trim the silence detected at both ends, and insert another library
 * segment (a station jingle) as intro or outro (issue #3).
 */
export function EndsGroup(props: {
  jingles: JingleOption[];
  timeline: Timeline;
  onTrimSilence: () => Promise<void>;
  onInsert: (position: 'intro' | 'outro', jingle: JingleOption) => Promise<void>;
}) {
  const { t } = useTranslation();
  const { jingles, timeline } = props;
  const [chosen, setChosen] = useState('');
  const [busy, setBusy] = useState(false);
  const jingle = jingles.find((j) => j.versionId === chosen) ?? null;
  const run = async (work: () => Promise<void>) => {
    setBusy(true);
    try {
      await work();
    } finally {
      setBusy(false);
    }
  };
  const titleOf = (assetId: string | null) => jingles.find((j) => j.assetId === assetId)?.title ?? t('edit.jingle');
  const first = timeline.pieces[0];
  const last = timeline.pieces.at(-1);
  const intro = first && first.assetId !== null ? titleOf(first.assetId) : null;
  const outro = timeline.pieces.length > 1 && last && last.assetId !== null ? titleOf(last.assetId) : null;

  return (
    <Group label={t('edit.groups.ends')}>
      <ActionButton icon="trim-silence" label={t('edit.trimSilence')} onClick={() => void run(props.onTrimSilence)} disabled={busy} testId="trim-silence-button" />
      <label className="edit-select">
        <span>{t('edit.jingle')}</span>
        <select value={chosen} onChange={(e) => setChosen(e.target.value)} data-testid="jingle-select" disabled={jingles.length === 0}>
          <option value="">{jingles.length === 0 ? t('edit.noJingles') : t('edit.chooseJingle')}</option>
          {jingles.map((j) => (
            <option key={j.versionId} value={j.versionId}>
              {j.title}
            </option>
          ))}
        </select>
      </label>
      <ActionButton icon="insert-intro" label={t('edit.insertIntro')} onClick={() => jingle && void run(() => props.onInsert('intro', jingle))} disabled={!jingle || busy} testId="insert-intro-button" />
      <ActionButton icon="insert-outro" label={t('edit.insertOutro')} onClick={() => jingle && void run(() => props.onInsert('outro', jingle))} disabled={!jingle || busy} testId="insert-outro-button" />
      {(intro || outro) && (
        <p className="edit-inserted" data-testid="inserted-jingles">
          {[intro && t('edit.insertedIntro', { title: intro }), outro && t('edit.insertedOutro', { title: outro })].filter(Boolean).join(' · ')}
        </p>
      )}
    </Group>
  );
}
