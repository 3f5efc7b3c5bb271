import fs from 'node:fs';
import path from 'node:path';
import { fireWrite, findLostWrites, newLedger, seededRandom, type WriteKind } from './kill9-writes.ts';
import { ageLeftovers, findLeftovers, integrityCheck, leftoverCount, type Leftovers } from './leftovers.ts';
import { call, startServerChild, type ServerChild } from './server-child.ts';

/*
 * Issue #12 torture: browser mode on a fresh data folder as a child process, API writes (imports,
 * tag edits, schedule edits, as-run marks, pack imports), `kill -9` at a seeded random moment,
 * restart; each restart checks integrity_check, every acknowledged write, and temp/orphan files.
 */
const root = path.resolve(import.meta.dirname, '..', '..');
const DEMO_PACK = path.join(root, 'resources', 'examples', 'demo.cabina');
const WEIGHTS: readonly [WriteKind, number][] = [['import', 0.25], ['tag-edit', 0.2], ['schedule-edit', 0.15], ['asrun-mark', 0.15], ['pack-import', 0.1], ['recording', 0.15]];
/** How old the sweeps let a temp file get before they take it (startup-sweep.ts keeps younger ones). */
const AGE_PAST_SWEEPS_MS = 7 * 60 * 60 * 1000;

export interface Kill9Options {
  workDir: string;
  rounds?: number;
  seed?: number;
  /** The kill comes this many ms after the server is up, uniformly in [min, max]. */
  killWindowMs?: readonly [number, number];
  /** `cycle`: the write kinds in turn instead of weighted at random (the short test run meets each one). */
  order?: 'random' | 'cycle';
  /** Told after each round (the CLI prints progress to stderr). */
  onRound?: (done: number, report: Kill9Report) => void;
}

export interface Kill9Report {
  scenario: 'kill9';
  seed: number;
  rounds: number;
  integrityOk: number;
  integrityFailures: string[];
  roundsWithoutLoss: number;
  lostWrites: number;
  lostExamples: string[];
  writes: { sent: Record<WriteKind, number>; acknowledged: Record<WriteKind, number> };
  /**
   * Temp/orphan files left once a restart's start-up sweep ran (it keeps files younger than 1 h on
   * purpose): the most after one restart, after the last one, and summed over restarts (a file
   * kept for several restarts counts each time).
   */
  leftoversAfterRestart: { max: number; afterLast: number; sumOverRestarts: number; examples: string[] };
  /** After ageing them past every sweep limit and one more start: what no sweep ever removes. */
  leftoversNeverSwept: Leftovers & { count: number };
  killAfterMs: { min: number; max: number };
  durationSec: number;
}

const todayIn = (zone: string) => new Intl.DateTimeFormat('en-CA', { timeZone: zone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date());

function weighted(random: () => number): WriteKind {
  let r = random();
  for (const [kind, weight] of WEIGHTS) if ((r -= weight) < 0) return kind;
  return 'import';
}

/** Waits (polling the folder) until the start-up sweep has taken what it takes, or `ms` passed. */
async function settledLeftovers(dataDir: string, ms: number): Promise<Leftovers> {
  const until = Date.now() + ms;
  let found = findLeftovers(dataDir);
  while (leftoverCount(found) > 0 && Date.now() < until) {
    await new Promise((r) => setTimeout(r, 200));
    found = findLeftovers(dataDir);
  }
  return found;
}

const flat = (l: Leftovers) => [...l.tmp, ...l.uploads, ...l.partial, ...l.staging, ...l.orphanOriginals];

export async function runKill9Torture(options: Kill9Options): Promise<Kill9Report> {
  const started = Date.now();
  const rounds = options.rounds ?? 100;
  const seed = options.seed ?? 12;
  const [minKill, maxKill] = options.killWindowMs ?? [150, 2500];
  const dataDir = path.join(options.workDir, 'data');
  const rendererDir = path.join(options.workDir, 'renderer');
  fs.rmSync(dataDir, { recursive: true, force: true });
  const random = seededRandom(seed);
  const packBytes = fs.readFileSync(DEMO_PACK);
  let counter = 0;
  const report: Kill9Report = {
    scenario: 'kill9', seed, rounds, integrityOk: 0, integrityFailures: [], roundsWithoutLoss: 0, lostWrites: 0, lostExamples: [],
    writes: { sent: newLedger('').sent, acknowledged: newLedger('').acked },
    leftoversAfterRestart: { max: 0, afterLast: 0, sumOverRestarts: 0, examples: [] },
    leftoversNeverSwept: { tmp: [], uploads: [], partial: [], staging: [], orphanOriginals: [], count: 0 },
    killAfterMs: { min: Infinity, max: 0 }, durationSec: 0,
  };
  let ledger = newLedger('');

  const checkAfterRestart = async (server: ServerChild) => {
    const lost = await findLostWrites(server, ledger);
    if (lost.length === 0) report.roundsWithoutLoss++;
    report.lostWrites += lost.length;
    report.lostExamples.push(...lost.slice(0, 5 - report.lostExamples.length));
    // After the start-up sweep (it runs 1 s after start): what it keeps is what is left.
    const left = flat(await settledLeftovers(dataDir, 1600));
    report.leftoversAfterRestart.sumOverRestarts += left.length;
    report.leftoversAfterRestart.afterLast = left.length;
    report.leftoversAfterRestart.max = Math.max(report.leftoversAfterRestart.max, left.length);
    const seen = new Set(report.leftoversAfterRestart.examples);
    report.leftoversAfterRestart.examples.push(...left.filter((f) => !seen.has(f)).slice(0, Math.max(0, 5 - seen.size)));
  };

  for (let round = 0; round < rounds; round++) {
    const server = await startServerChild(dataDir, rendererDir);
    if (round === 0) {
      const station = await call(server, 'station.get', {});
      ledger = newLedger(todayIn(station?.ok ? (station.value as { timeZone: string }).timeZone : 'America/Mexico_City'));
      report.writes = { sent: ledger.sent, acknowledged: ledger.acked };
    } else {
      await checkAfterRestart(server);
    }
    const killAfter = Math.round(minKill + random() * (maxKill - minKill));
    report.killAfterMs.min = Math.min(report.killAfterMs.min, killAfter);
    report.killAfterMs.max = Math.max(report.killAfterMs.max, killAfter);
    let killed = false;
    const kill = new Promise<void>((resolve) => {
      setTimeout(() => {
        killed = true;
        void server.kill9().then(resolve);
      }, killAfter);
    });
    const context = { server, ledger, random, packBytes, serial: () => ++counter };
    while (!killed) await fireWrite(options.order === 'cycle' ? (WEIGHTS[counter % WEIGHTS.length]?.[0] ?? 'import') : weighted(random), context);
    await kill;
    const integrity = integrityCheck(dataDir);
    if (integrity === 'ok') report.integrityOk++;
    else report.integrityFailures.push(`round ${round}: ${integrity}`);
    options.onRound?.(round + 1, report);
  }

  // The next start after the last kill, then one more as if hours later: what no sweep removes.
  const last = await startServerChild(dataDir, rendererDir);
  await checkAfterRestart(last);
  await last.stop();
  ageLeftovers(dataDir, findLeftovers(dataDir), AGE_PAST_SWEEPS_MS);
  const later = await startServerChild(dataDir, rendererDir);
  const never = await settledLeftovers(dataDir, 5000);
  await later.stop();
  report.leftoversNeverSwept = { ...never, count: leftoverCount(never) };
  report.durationSec = Math.round((Date.now() - started) / 100) / 10;
  if (report.killAfterMs.min === Infinity) report.killAfterMs.min = 0;
  return report;
}
