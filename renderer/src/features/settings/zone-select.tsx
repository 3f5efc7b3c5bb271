import { useTranslation } from 'react-i18next';
import { MEXICO_ZONES, utcOffsetLabel, type MexicoZone } from '../../../../shared/time/mexico-zones.ts';

interface Props {
  id: string;
  value: string;
  onChange(zone: string): void;
}

/** Time zones as places with their rule ("Tijuana (zona noroeste, UTC−8, con horario de verano)"). */
export function ZoneSelect({ id, value, onChange }: Props) {
  const { t } = useTranslation();
  const label = (z: MexicoZone) =>
    t('settings.zones.option', {
      place: t(`settings.zones.place.${z.placeKey}`),
      zone: t(`settings.zones.region.${z.region}`),
      rule: t(z.dst ? 'settings.zones.dst' : 'settings.zones.fixed', { offset: utcOffsetLabel(z.standardOffset) }),
    });
  // A zone set from the CLI or a grid file may lie outside Mexico: show it rather than lose it.
  const known = MEXICO_ZONES.some((z) => z.id === value);
  return (
    <select id={id} data-testid="station-zone" value={value} onChange={(event) => onChange(event.target.value)}>
      {!known && <option value={value}>{t('settings.zones.other', { zone: value })}</option>}
      {MEXICO_ZONES.map((z) => (
        <option key={z.id} value={z.id}>
          {label(z)}
        </option>
      ))}
    </select>
  );
}
