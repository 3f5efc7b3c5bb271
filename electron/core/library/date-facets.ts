/**
 * valid_until as FTS facet tokens at three granularities, so "expiring within N days" is an OR of
 * at most ~100 exact tokens (days at the edges, whole months and years between) that FTS5 merges
 * with the rest of the query, instead of a range join over the segments table.
 */

/** `YYYY-MM-DD` + n days, in civil-date arithmetic (no time zone can shift it). */
export function addDays(date: string, days: number): string {
  const [y, m, d] = date.split('-').map(Number);
  return new Date(Date.UTC(y ?? 1970, (m ?? 1) - 1, (d ?? 1) + days)).toISOString().slice(0, 10);
}

/** Tokens a document with this valid_until carries: year, month and day. */
export function untilTokens(date: string): string[] {
  return [`_until_${date.slice(0, 4)}`, `_until_${date.slice(0, 7)}`, `_until_${date}`];
}

function lastDayOfMonth(date: string): string {
  const [y, m] = date.split('-').map(Number);
  return new Date(Date.UTC(y ?? 1970, m ?? 1, 0)).toISOString().slice(0, 10);
}

/** The fewest tokens whose union is exactly the dates from..to (inclusive); empty when from > to. */
export function untilRangeTokens(from: string, to: string): string[] {
  const tokens: string[] = [];
  let day = from;
  while (day <= to) {
    const year = day.slice(0, 4);
    if (day.endsWith('-01-01') && `${year}-12-31` <= to) {
      tokens.push(`_until_${year}`);
      day = `${Number(year) + 1}-01-01`;
    } else if (day.endsWith('-01') && lastDayOfMonth(day) <= to) {
      tokens.push(`_until_${day.slice(0, 7)}`);
      day = addDays(lastDayOfMonth(day), 1);
    } else {
      tokens.push(`_until_${day}`);
      day = addDays(day, 1);
    }
  }
  return tokens;
}
