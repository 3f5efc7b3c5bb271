import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ActionButton, Group } from './edit-controls.tsx';
import { PRESETS, type Preset } from './use-edit-actions.ts';
import type { MasterBits, RenderFormat } from './use-render-job.ts';

type BitsChoice = 'source' | '16' | '24';
const toBits = (c: BitsChoice): MasterBits => (c === 'source' ? undefined : c === '16' ? 16 : 24);

/** Normalize to a station preset, and save (render) in a delivery format. */
export function SaveGroups(props: { normalized: boolean; onNormalize: (preset: Preset) => void; normalizeResult?: ReactNode; rendering: boolean; onRender: (format: RenderFormat, bits?: MasterBits) => void }) {
  const { t } = useTranslation();
  const [preset, setPreset] = useState<Preset>('radio');
  const [format, setFormat] = useState<RenderFormat>('master');
  const [bits, setBits] = useState<BitsChoice>('source');
  return (
    <>
      <Group label={t('edit.groups.loudness')}>
        <label className="edit-select">
          <span>{t('edit.preset')}</span>
          <select value={preset} onChange={(e) => setPreset(e.target.value as Preset)} data-testid="preset-select">
            {Object.keys(PRESETS).map((p) => (
              <option key={p} value={p}>
                {t(`edit.presets.${p}`)}
              </option>
            ))}
          </select>
        </label>
        <ActionButton icon="normalize" label={t('edit.normalize')} onClick={() => props.onNormalize(preset)} testId="normalize-button" pressed={props.normalized} />
        {props.normalizeResult}
      </Group>
      <Group label={t('edit.groups.save')}>
        <label className="edit-select">
          <span>{t('edit.format')}</span>
          <select value={format} onChange={(e) => setFormat(e.target.value as RenderFormat)} data-testid="format-select">
            <option value="master">{t('edit.formats.master')}</option>
            <option value="mp3">{t('edit.formats.mp3')}</option>
            <option value="opus">{t('edit.formats.opus')}</option>
          </select>
        </label>
        {format === 'master' && (
          <label className="edit-select" title={t('edit.bitsHint')}>
            <span>{t('edit.bits')}</span>
            <select value={bits} onChange={(e) => setBits(e.target.value as BitsChoice)} data-testid="bits-select">
              {(['source', '16', '24'] as const).map((c) => (
                <option key={c} value={c}>
                  {t(`edit.bitsOptions.${c}`)}
                </option>
              ))}
            </select>
          </label>
        )}
        <ActionButton icon="render" label={t('edit.render')} onClick={() => props.onRender(format, format === 'master' ? toBits(bits) : undefined)} disabled={props.rendering} testId="render-button" />
      </Group>
    </>
  );
}
