// Voces (issue #14 "Speed and scale"): 10,000 testimonies over two years, 1–3 categories each, most
// consented for anonymised reports; the summary by category × state × month (both roles, 6- and
// 24-month ranges, as the Resumen tab and a receipt ask), goal < 100 ms. Baseline in the same run:
// one bare read of the columns any such count needs (every testimony's date, consent and states).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import { openDatabase, writeTransaction, type Database } from '../../electron/core/db/database.ts';
import { testimonySummary } from '../../electron/core/reports/testimonies/testimony-summary.ts';
import { receiptTestimonies } from '../../electron/core/reports/testimonies/testimony-receipt.ts';
import { lcg } from './schedule-bench-data.ts';

const TESTIMONIES = 10_000;
const CATEGORIES = ['fraude-reclutamiento', 'salarios-no-pagados', 'vivienda', 'salud', 'trabajo-infantil', 'violencia', 'transporte', 'otro'];
const ORIGIN_STATES = ['12', '20', '30', '07', '21', '13'];
const WORK_STATES = ['25', '26', '02', '03', '14', '11'];
const RUNS = 30;
const round = (n: number) => Math.round(n * 100) / 100;
const p = (sorted: number[], q: number) => sorted[Math.min(sorted.length - 1, Math.ceil((q / 100) * sorted.length) - 1)] ?? 0;

function seed(db: Database): void {
  const rnd = lcg(142);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(rnd() * xs.length)] as T;
  writeTransaction(db, () => {
    const insert = db.prepare(
      `INSERT INTO testimonies (id, received_on, source, origin_state, work_state, summary, consent_uses, created_at, updated_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    const category = db.prepare('INSERT OR IGNORE INTO testimony_categories (testimony_id, category) VALUES (?, ?)');
    for (let i = 0; i < TESTIMONIES; i += 1) {
      const id = randomUUID();
      const day = new Date(Date.UTC(2025, 0, 1) + Math.floor(rnd() * 730) * 86_400_000).toISOString().slice(0, 10);
      // About four in five consent to anonymised reports (bit 2), some also to broadcast (bit 4).
      const uses = rnd() < 0.8 ? 1 | 2 | (rnd() < 0.3 ? 4 : 0) : 1;
      insert.run(id, day, rnd() < 0.7 ? 'voice_note' : 'call_in', rnd() < 0.9 ? pick(ORIGIN_STATES) : null, rnd() < 0.9 ? pick(WORK_STATES) : null, 'Resumen breve del caso.', uses, day, day);
      const n = 1 + Math.floor(rnd() * 3);
      for (let c = 0; c < n; c += 1) category.run(id, pick(CATEGORIES));
    }
  });
}

function time(fn: () => unknown): number {
  const t0 = performance.now();
  fn();
  return performance.now() - t0;
}

export async function runVoicesBench() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cabina-voices-bench-'));
  try {
    const db = openDatabase(path.join(dir, 'cabina.db'));
    seed(db);
    db.pragma('optimize');
    const ranges = [
      { from: '2026-06', to: '2026-11', placeRole: 'work' as const },
      { from: '2025-01', to: '2026-12', placeRole: 'origin' as const },
      { from: '2025-01', to: '2026-12', placeRole: 'work' as const },
    ];
    const bare = () => db.prepare('SELECT received_on, consent_uses, origin_state, work_state FROM testimonies').raw().all();
    ranges.forEach((r) => testimonySummary(db, r)); // warm the statement cache
    bare();
    const summary = Array.from({ length: RUNS }, (_, i) => time(() => testimonySummary(db, ranges[i % ranges.length] ?? ranges[0]!))).sort((a, b) => a - b);
    const baseline = Array.from({ length: RUNS }, () => time(bare)).sort((a, b) => a - b);
    const receipt = Array.from({ length: 5 }, () => time(() => receiptTestimonies(db, { from: '2025-01-01', to: '2026-12-31' }))).sort((a, b) => a - b);
    const widest = testimonySummary(db, ranges[2]!);
    db.close();
    return {
      testimonies: TESTIMONIES,
      cellsInWidestSummary: widest.cells.length,
      summaryP50Ms: round(p(summary, 50)),
      summaryP95Ms: round(p(summary, 95)),
      goalMs: 100,
      meetsGoal: p(summary, 95) < 100,
      baselineP95Ms: round(p(baseline, 95)),
      ratioToBaseline: round(p(summary, 95) / Math.max(0.01, p(baseline, 95))),
      receiptBothRoles24MonthsMedianMs: round(receipt[Math.floor(receipt.length / 2)] ?? -1),
    };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

if (import.meta.main) process.stdout.write(`${JSON.stringify(await runVoicesBench(), null, 2)}\n`);
