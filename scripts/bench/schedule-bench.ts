// La parrilla benchmark (issue #5): generate 52 weeks for 30 programs, 2,000 segments and 20
// campaigns in the core (goal < 1 s; issue #16: < 300 ms), against a naive per-day materialisation loop measured in the
// same run; and a week grid with 1,000 airings in Chromium (goal < 100 ms from data to interactive).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { openDatabase } from '../../electron/core/db/database.ts';
import { saveCampaign } from '../../electron/core/schedule/campaign-store.ts';
import { runFill } from '../../electron/core/schedule/fill-runner.ts';
import { listInstances } from '../../electron/core/schedule/instance-store.ts';
import { saveProgram } from '../../electron/core/schedule/program-store.ts';
import { seriesDates } from '../../shared/time/recurrence.ts';
import { addDays, instantToWall, mondayOf } from '../../shared/time/zoned-time.ts';
import { campaignInputs, programInputs, seedBreaks, seedSegments } from './schedule-bench-data.ts';

const ZONE = 'America/Mexico_City';
const FROM = '2026-01-05';
const DAYS = 364;
const root = path.resolve(import.meta.dirname, '..', '..');
const inSeries = (p: Parameters<typeof seriesDates>[0], d: string) => seriesDates(p, d, d).length > 0;
const ms = (n: number) => Math.round(n * 10) / 10;

function tempDir(): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), 'cabina-schedule-bench-'));
}

/** One full generation in a fresh database: setup untimed, then materialise + breaks + fill timed. */
function generateOnce(dir: string, n: number, sizes: { programs: number; segments: number; campaigns: number }) {
  const db = openDatabase(path.join(dir, `run-${n}.db`));
  try {
    const segmentIds = seedSegments(db, sizes.segments, FROM);
    for (const p of programInputs(sizes.programs, FROM)) saveProgram(db, p, inSeries);
    for (const c of campaignInputs(sizes.campaigns, segmentIds, FROM)) saveCampaign(db, c);
    const to = addDays(FROM, DAYS - 1);
    const t0 = performance.now();
    const instances = listInstances(db, ZONE, FROM, to);
    const t1 = performance.now();
    seedBreaks(db, instances.map((i) => i.id));
    const t2 = performance.now();
    const fill = runFill(db, ZONE, FROM, to, () => true, false);
    const t3 = performance.now();
    // Untimed in the total: the same fill again, replacing its own auto spots (a campaign edited, fill re-run).
    runFill(db, ZONE, FROM, to, () => true, false);
    const rerun = performance.now() - t3;
    return { instances: instances.length, placed: fill.placed, unmet: fill.unmet.length, materialise: t1 - t0, breaks: t2 - t1, fill: t3 - t2, total: t3 - t0, rerun };
  } finally {
    db.close();
  }
}

export function runCoreBench(options: { programs?: number; segments?: number; campaigns?: number; runs?: number } = {}) {
  const sizes = { programs: options.programs ?? 30, segments: options.segments ?? 2000, campaigns: options.campaigns ?? 20 };
  const dir = tempDir();
  try {
    // The first generation in a process also pays for compiling the code (~1.5–2× a warm one): it is
    // reported apart, as the grid bench reports its cold paint, and the goal is read on the median
    // of seven warm runs (station PCs and CI are shared machines; the spread is reported too).
    const first = generateOnce(dir, 0, sizes);
    const runs = Array.from({ length: options.runs ?? 7 }, (_, n) => generateOnce(dir, n + 1, sizes)).sort((a, b) => a.total - b.total);
    const median = runs[Math.floor(runs.length / 2)] ?? runs[0];
    if (!median) throw new Error('no runs');

    // Baseline: the same programs in a fresh database, materialised one day at a time.
    const db2 = openDatabase(path.join(dir, 'baseline.db'));
    for (const p of programInputs(sizes.programs, FROM)) saveProgram(db2, p, inSeries);
    const b0 = performance.now();
    let naive = 0;
    for (let d = 0; d < DAYS; d += 1) naive += listInstances(db2, ZONE, addDays(FROM, d), addDays(FROM, d)).length;
    const b1 = performance.now();
    db2.close();
    if (naive !== median.instances) throw new Error(`baseline disagrees: ${naive} vs ${median.instances}`);

    return {
      weeks: DAYS / 7,
      ...sizes,
      instances: median.instances,
      placements: median.placed,
      unmetPeriods: median.unmet,
      materialiseMs: ms(median.materialise),
      breaksMs: ms(median.breaks),
      fillMs: ms(median.fill),
      totalMs: ms(median.total),
      totalRunsMs: runs.map((r) => ms(r.total)),
      firstRunMs: ms(first.total),
      // Issue #5 asked < 1 s; issue #16 asks < 300 ms.
      goalMs: 300,
      meetsGoal: median.total < 300,
      rerunFillMs: ms(median.rerun),
      baselinePerDayMaterialiseMs: ms(b1 - b0),
      // The baseline runs today's listInstances day by day, so it speeds up with it: compare ratios within one version.
      materialiseSpeedup: ms((b1 - b0) / Math.max(0.001, median.materialise)),
    };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** A week with 1,001 airings: 143 ten-minute daily programs, seeded before the server starts. */
function seedBusyWeek(dataDir: string): void {
  const db = openDatabase(path.join(dataDir, 'cabina.db'));
  const monday = mondayOf(instantToWall(ZONE, Date.now()).date);
  for (let k = 0; k < 143; k += 1) {
    const m = k * 10;
    const startTime = `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
    saveProgram(db, { title: `P${k}`, languages: ['spa'], rrule: 'FREQ=DAILY', startDate: monday, endDate: addDays(monday, 6), startTime, durationMin: 10, color: k % 2 ? '#1f5f8b' : '#f2c14e' }, inSeries);
  }
  db.close();
}

/** The functions with the most self time in a CPU profile (what --profile prints). */
function topSelfTime(profile: { nodes: { id: number; callFrame: { functionName: string; url: string; lineNumber: number } }[]; samples?: number[] | undefined; timeDeltas?: number[] | undefined }, n = 15) {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const self = new Map<string, number>();
  (profile.samples ?? []).forEach((id, k) => {
    const f = byId.get(id)?.callFrame;
    const name = f ? `${f.functionName || '(anonymous)'} ${f.url.split('/').pop() ?? ''}:${f.lineNumber}` : '?';
    self.set(name, (self.get(name) ?? 0) + (profile.timeDeltas?.[k] ?? 0) / 1000);
  });
  return [...self].sort((a, b) => b[1] - a[1]).slice(0, n).map(([name, t]) => `${ms(t)} ms ${name}`);
}

export async function runGridBench(samples = 11, profilePath?: string) {
  if (!fs.existsSync(path.join(root, 'dist', 'renderer', 'index.html'))) return { skipped: 'dist/renderer is missing (vite build --config renderer/vite.config.ts)' };
  // Reuses the e2e launchers: the same Debian Chromium and browser-mode server the tests run.
  const { launchChromium, CHROMIUM } = await import('../../tests/e2e/support/chromium.ts');
  const { startServerProcess } = await import('../../tests/e2e/support/web-server-process.ts');
  if (!fs.existsSync(CHROMIUM)) return { skipped: `${CHROMIUM} is missing` };
  const dataDir = tempDir();
  seedBusyWeek(dataDir);
  const server = await startServerProcess({ dataDir });
  const browser = await launchChromium();
  try {
    const page = await browser.context.newPage();
    await page.goto(server.url);
    await page.getByTestId('nav-schedule').click();
    const blocks = page.getByTestId('program-block');
    // The page marks "data arrived" and "rendered" (use-week.ts, schedule-page.tsx); the measure between them is the number.
    // 'schedule-week-paint' runs to the frame after the commit (what the user sees); 'schedule-week-render' to the commit's effects.
    const rendered = () => page.waitForFunction(() => performance.getEntriesByName('schedule-week-paint').length > 0 && document.querySelector('[data-testid="program-block"]') !== null, null, { timeout: 30_000 });
    const last = () => page.evaluate(() => ({ paint: performance.getEntriesByName('schedule-week-paint').at(-1)?.duration ?? -1, commit: performance.getEntriesByName('schedule-week-render').at(-1)?.duration ?? -1 }));
    await rendered();
    const cold = (await last()).paint; // the first load also pays for the JIT and fonts: reported apart
    const times: number[] = [];
    const commits: number[] = [];
    const cdp = profilePath ? await browser.context.newCDPSession(page) : null;
    if (cdp) {
      await cdp.send('Profiler.enable');
      await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
      await cdp.send('Profiler.start');
    }
    const painted = () => page.waitForFunction(() => performance.getEntriesByName('schedule-week-paint').length > 0, null, { timeout: 30_000 });
    for (let i = 0; i < samples; i += 1) {
      await page.evaluate(() => performance.clearMeasures());
      await page.getByRole('button', { name: 'Semana siguiente' }).click();
      await page.getByTestId('schedule-empty').waitFor();
      // The empty week's own paint measure lands a frame after its commit: wait for it, or it is read as the busy week's.
      await painted();
      await page.evaluate(() => performance.clearMeasures());
      await page.getByRole('button', { name: 'Esta semana' }).click();
      await rendered();
      const t = await last();
      times.push(t.paint);
      commits.push(t.commit);
    }
    let profileTop: string[] | undefined;
    if (cdp && profilePath) {
      const { profile } = await cdp.send('Profiler.stop');
      fs.writeFileSync(profilePath, JSON.stringify(profile));
      profileTop = topSelfTime(profile);
    }
    const inView = await blocks.count();
    // Every airing is reachable: scrolled to the night, the last program of the day is there.
    await page.locator('.week-scroll').evaluate((el) => el.scrollTo(0, el.scrollHeight));
    await page.locator('[data-testid="program-block"]', { hasText: 'P142' }).first().waitFor();
    const sorted = [...times].sort((a, b) => a - b);
    const median = sorted[Math.floor(sorted.length / 2)] ?? -1;
    const commitMedian = [...commits].sort((a, b) => a - b)[Math.floor(commits.length / 2)] ?? -1;
    return {
      weekItems: 1001,
      blocksRenderedAt6am: inView,
      // Data arrived → grid painted (the frame after the commit), warm median: the number the goal is about.
      coldMs: ms(cold),
      warmMedianMs: ms(median),
      warmMaxMs: ms(sorted.at(-1) ?? -1),
      samples: sorted.map(ms),
      // Data arrived → React's effects after the commit (the measure before issue #16's paint mark).
      warmCommitMedianMs: ms(commitMedian),
      goalMs: 100,
      meetsGoal: median < 100,
      ...(profileTop ? { profileTop } : {}),
    };
  } finally {
    await browser.close();
    await server.stop();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

export async function runScheduleBench() {
  return { core: runCoreBench(), grid: await runGridBench() };
}

// `node scripts/bench/schedule-bench.ts [--core | --grid] [--samples N] [--profile out.cpuprofile]`: --core
// skips the Chromium grid, for profiling the core alone (the grid needs a built renderer and a browser,
// and takes most of the run's time); --grid runs only the grid, --profile records the warm runs' CPU profile.
function flag(name: string): string | undefined {
  const at = process.argv.indexOf(name);
  return at >= 0 ? process.argv[at + 1] : undefined;
}
if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const grid = () => runGridBench(Number(flag('--samples') ?? 11), flag('--profile'));
  const result = process.argv.includes('--core') ? { core: runCoreBench() } : process.argv.includes('--grid') ? { grid: await grid() } : await runScheduleBench();
  process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
}
