import { instantToWall } from '../../../../../shared/time/zoned-time.ts';
import { formatCivilDate } from '../../../i18n/civil-date.ts';
import { stationClock } from '../../../i18n/station-clock.ts';

/** An as-run instant as the station's wall clock showed it (dd/mm/aaaa hh:mm:ss), not the browser's. */
export function stationMoment(iso: string, timeZone: string, language: string): string {
  const ms = Date.parse(iso);
  return `${formatCivilDate(instantToWall(timeZone, ms).date, language)} ${stationClock(timeZone, ms, true)}`;
}
