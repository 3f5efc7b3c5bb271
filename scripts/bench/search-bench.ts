// Search over 10⁵ synthetic segments (issue #2 benchmark: p50/p95 of 100 queries, goal p95 < 10 ms;
// issue #16: and the library's size), with a naive LIKE scan over the same folded text measured in
// the same run as the baseline. Direct entry: `node scripts/bench/search-bench.ts`
// (CABINA_BENCH_SEGMENTS, CABINA_BENCH_PASSES).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { openDatabase, type Database } from '../../electron/core/db/database.ts';
import { RANKED_MATCH_LIMIT, searchSegments } from '../../electron/core/library/search.ts';
import { foldForSearch, searchTokens } from '../../shared/text/fold.ts';
import { fileMb, tableSizesMb } from './db-size.ts';
import { benchQueries, type BenchQuery, type QueryKind } from './search-queries.ts';
import { fillSyntheticLibrary } from './synthetic-library.ts';

const TODAY = '2026-03-01';
const PAGE = 100;
const NAIVE = 'baseline.bench_naive';

export interface SearchBenchOptions {
  segments?: number;
  queries?: number;
  /** Timed passes over the queries after the cold one; each query reports its median. */
  passes?: number;
}

type BenchResult = Record<string, number | Record<string, number>>;

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return 0;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? 0;
}

function stats(times: number[]): { p50: number; p95: number; max: number; mean: number } {
  const sorted = [...times].sort((a, b) => a - b);
  const round = (n: number) => Math.round(n * 1000) / 1000;
  const mean = sorted.reduce((sum, t) => sum + t, 0) / Math.max(1, sorted.length);
  return { p50: round(percentile(sorted, 50)), p95: round(percentile(sorted, 95)), max: round(sorted.at(-1) ?? 0), mean: round(mean) };
}

function median(values: number[]): number {
  return [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;
}

function timeSearch(db: Database, q: BenchQuery): { ms: number; total: number; totalExact: boolean } {
  const started = performance.now();
  const result = searchSegments(db, { query: q.query, filters: q.filters, offset: 0, limit: PAGE }, TODAY);
  return { ms: performance.now() - started, total: result.total, totalExact: result.totalExact };
}

/**
 * Each query's median over `passes` passes: on a 2-core machine shared with other work one timing
 * of a query varies by ±50%, the median of its own runs much less.
 */
function measurePasses(db: Database, queries: BenchQuery[], passes: number): { q: BenchQuery; ms: number; total: number; totalExact: boolean }[] {
  const runs = queries.map(() => [] as number[]);
  const totals = queries.map(() => ({ total: 0, totalExact: true }));
  for (let pass = 0; pass < passes; pass += 1) {
    queries.forEach((q, i) => {
      const { ms, total, totalExact } = timeSearch(db, q);
      runs[i]?.push(ms);
      totals[i] = { total, totalExact };
    });
  }
  return queries.map((q, i) => ({ q, ms: median(runs[i] ?? []), ...(totals[i] ?? { total: 0, totalExact: true }) }));
}

/**
 * The baseline: what search would cost without an index — every word a LIKE over the same folded
 * body the FTS index was built from (so the totals must agree), plus the same first page.
 */
function timeNaive(db: Database, words: string[]): { ms: number; total: number } {
  const where = words.map(() => `(' ' || body) LIKE ?`).join(' AND ');
  const params = words.map((w) => `% ${w}%`);
  const started = performance.now();
  const total = db.prepare(`SELECT count(*) FROM ${NAIVE} WHERE ${where}`).pluck().get(...params) as number;
  db.prepare(`SELECT seq FROM ${NAIVE} WHERE ${where} ORDER BY seq DESC LIMIT ${PAGE}`).all(...params);
  return { ms: performance.now() - started, total };
}

/**
 * The library's size as a station would have it: checkpointed (the load's last transactions sit in
 * the WAL until then) and without the baseline's table, which lives in its own attached file.
 */
function librarySize(db: Database, file: string): BenchResult {
  const walAfterLoadMb = fileMb(`${file}-wal`);
  db.pragma('wal_checkpoint(TRUNCATE)');
  const tables = tableSizesMb(db);
  return {
    dbSizeMb: fileMb(file),
    walAfterLoadMb,
    baselineTableMb: fileMb(path.join(path.dirname(file), 'baseline.db')),
    ftsIndexMb: tables ? Math.round(tables.segments_fts ?? 0) : -1,
    ...(tables ? { tableSizesMb: tables } : {}),
  };
}

export async function runSearchBench(options: SearchBenchOptions = {}): Promise<BenchResult> {
  const segments = options.segments ?? 100_000;
  const passes = Math.max(1, options.passes ?? 5);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cabina-search-bench-'));
  try {
    const file = path.join(dir, 'bench.db');
    const db = openDatabase(file);
    db.prepare('ATTACH DATABASE ? AS baseline').run(path.join(dir, 'baseline.db'));
    const buildStarted = performance.now();
    db.pragma('synchronous = OFF'); // building a throwaway library; the app itself always runs FULL
    fillSyntheticLibrary(db, { count: segments, today: TODAY, naiveTable: NAIVE });
    db.pragma('synchronous = FULL');
    const buildSeconds = (performance.now() - buildStarted) / 1000;
    const size = librarySize(db, file);

    const queries = benchQueries(options.queries ?? 100);
    const firstPass = queries.map((q) => timeSearch(db, q).ms);
    const measured = measurePasses(db, queries, passes);
    const byKind = (kind: QueryKind) => stats(measured.filter((m) => m.q.kind === kind).map((m) => m.ms));

    // Baseline and cross-check on the word-only queries (the LIKE scan has no notion of facets).
    const naive = measured
      .filter((m) => m.q.kind === 'words')
      .map((m) => ({ m, words: [...new Set(searchTokens(foldForSearch(m.q.query)))] }))
      .filter(({ words }) => words.length > 0)
      .map(({ m, words }) => ({ m, ...timeNaive(db, words) }));
    // A capped count (more than `total`) agrees when the scan found more.
    const agree = naive.filter((n) => (n.m.totalExact ? n.total === n.m.total : n.total > n.m.total)).length;
    const scanStarted = performance.now();
    db.prepare(`SELECT count(*) FROM ${NAIVE} WHERE body LIKE '%qqqq%'`).pluck().get();
    const fullScanMs = performance.now() - scanStarted;
    db.close();

    const all = stats(measured.map((m) => m.ms));
    const first = stats(firstPass);
    const baseline = stats(naive.map((n) => n.ms));
    const naiveOwn = stats(naive.map((n) => n.m.ms));
    return {
      segments,
      queries: measured.length,
      passes,
      buildSeconds: Math.round(buildSeconds * 10) / 10,
      p50Ms: all.p50,
      p95Ms: all.p95,
      maxMs: all.max,
      meanMs: all.mean,
      firstPassP50Ms: first.p50,
      firstPassP95Ms: first.p95,
      wordsP95Ms: byKind('words').p95,
      wordsWithFiltersP95Ms: byKind('words+filters').p95,
      filtersOnlyP95Ms: byKind('filters-only').p95,
      rankedQueries: measured.filter((m) => m.q.query.trim() !== '' && m.totalExact && m.total > 0 && m.total <= RANKED_MATCH_LIMIT).length,
      cappedCounts: measured.filter((m) => !m.totalExact).length,
      medianTotal: percentile(measured.map((m) => m.total).sort((a, b) => a - b), 50),
      baselineLikeQueries: naive.length,
      baselineLikeP50Ms: baseline.p50,
      baselineLikeP95Ms: baseline.p95,
      sameQueriesFtsP50Ms: naiveOwn.p50,
      sameQueriesFtsP95Ms: naiveOwn.p95,
      speedupP50: Math.round(baseline.p50 / Math.max(naiveOwn.p50, 0.001)),
      speedupP95: Math.round(baseline.p95 / Math.max(naiveOwn.p95, 0.001)),
      baselineTotalsAgree: agree,
      fullScanMs: Math.round(fullScanMs * 100) / 100,
      ...size,
    };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const segments = Number(process.env.CABINA_BENCH_SEGMENTS ?? '') || undefined;
  const passes = Number(process.env.CABINA_BENCH_PASSES ?? '') || undefined;
  process.stdout.write(`${JSON.stringify(await runSearchBench({ segments, passes }), null, 2)}\n`);
}
