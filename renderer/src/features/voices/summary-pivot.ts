import type { SummaryCell } from '../../../../shared/domain/voices.ts';

export interface MonthRange {
  from: string;
  to: string;
}

const monthKey = (year: number, monthIndex: number) => {
  const d = new Date(Date.UTC(year, monthIndex, 1));
  return `${d.getUTCFullYear()}-${String(d.getUTCMonth() + 1).padStart(2, '0')}`;
};

/** The last six calendar months, this one included: what a quarterly-and-a-bit report covers. */
export function defaultRange(today: string, months = 6): MonthRange {
  const [y, m] = today.split('-').map(Number);
  const year = y ?? 1970;
  const month = (m ?? 1) - 1;
  return { from: monthKey(year, month - (months - 1)), to: monthKey(year, month) };
}

/** Every month from `from` to `to`, both included ("2026-01" … "2026-06"); empty when reversed. */
export function monthsBetween(range: MonthRange): string[] {
  const out: string[] = [];
  const [fy, fm] = range.from.split('-').map(Number);
  if (!fy || !fm) return out;
  for (let i = 0; out.length < 240; i++) {
    const key = monthKey(fy, fm - 1 + i);
    if (key > range.to) break;
    out.push(key);
  }
  return out;
}

export interface Pivot {
  /** Categories that have a count, in the catalog's order. */
  categories: string[];
  /** States that have a count ('' = no place of that role), in the order given. */
  states: string[];
  count(category: string, state: string): number;
  categoryTotal(category: string): number;
  stateTotal(state: string): number;
  total: number;
}

/**
 * The summary's cells as a category × state table, for one month or the whole range. Totals add
 * mentions: a testimony with two categories counts once in each row (the page says how many
 * testimonies there are apart from this).
 */
export function pivot(cells: readonly SummaryCell[], month: string | null, categoryOrder: readonly string[], stateOrder: (codes: string[]) => string[]): Pivot {
  const counts = new Map<string, number>();
  const byCategory = new Map<string, number>();
  const byState = new Map<string, number>();
  let total = 0;
  for (const c of cells) {
    if (month && c.month !== month) continue;
    const key = `${c.category}|${c.stateCode}`;
    counts.set(key, (counts.get(key) ?? 0) + c.count);
    byCategory.set(c.category, (byCategory.get(c.category) ?? 0) + c.count);
    byState.set(c.stateCode, (byState.get(c.stateCode) ?? 0) + c.count);
    total += c.count;
  }
  const known = categoryOrder.filter((id) => byCategory.has(id));
  const unknown = [...byCategory.keys()].filter((id) => !categoryOrder.includes(id)).sort();
  return {
    categories: [...known, ...unknown],
    states: stateOrder([...byState.keys()]),
    count: (category, state) => counts.get(`${category}|${state}`) ?? 0,
    categoryTotal: (category) => byCategory.get(category) ?? 0,
    stateTotal: (state) => byState.get(state) ?? 0,
    total,
  };
}
