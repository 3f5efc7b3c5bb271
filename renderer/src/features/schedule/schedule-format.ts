import { formatClock } from '../../../../shared/time/zoned-time.ts';

export function clockOf(minutes: number): string {
  return formatClock(minutes);
}
