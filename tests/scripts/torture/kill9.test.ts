import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runKill9Torture } from '../../../scripts/torture/kill9.ts';
import { findLostWrites, newLedger, noiseWav, seededRandom, WRITE_KINDS } from '../../../scripts/torture/kill9-writes.ts';
import { findLeftovers, leftoverCount } from '../../../scripts/torture/leftovers.ts';
import { startServerChild } from '../../../scripts/torture/server-child.ts';
import { useTempDirs } from '../../electron/core/support/temp-dirs.ts';

// The small version of `npm run torture` (issue #12): 5 kill -9 rounds of real browser mode.
const dirs = useTempDirs('cabina-torture-test-');

describe('kill -9 torture', () => {
  it('5 rounds: integrity ok every time, every acknowledged write of every kind there after restart, no unknown leftover the sweeps never remove', async () => {
    const report = await runKill9Torture({ workDir: dirs.make(), rounds: 5, seed: 7, killWindowMs: [400, 1400], order: 'cycle' });
    expect(report.integrityFailures).toEqual([]);
    expect(report.integrityOk).toBe(5);
    expect(report.lostExamples).toEqual([]);
    expect(report.lostWrites).toBe(0);
    expect(report.roundsWithoutLoss).toBe(5);
    // The writes really happened: every kind was sent, and most were answered (how many fit before
    // each kill depends on the machine's load, so not every kind is sure to be acknowledged).
    for (const kind of WRITE_KINDS) expect(report.writes.sent[kind], kind).toBeGreaterThan(0);
    expect(Object.values(report.writes.acknowledged).reduce((a, b) => a + b, 0)).toBeGreaterThanOrEqual(5);
    // Nothing is left for ever: the 100-round run once found a cut-off peaks `.part` and an original
    // committed before its row; the start-up sweep (orphan-sweep.ts) now removes both once old.
    const never = report.leftoversNeverSwept;
    expect(never).toEqual({ ...never, tmp: [], uploads: [], staging: [], partial: [], orphanOriginals: [] });
  }, 120_000);

  it('the checks can fail: an acknowledged write that is not there is reported lost; temp and orphan files are found', async () => {
    const dataDir = dirs.make();
    const server = await startServerChild(path.join(dataDir, 'data'), path.join(dataDir, 'renderer'));
    try {
      const ledger = newLedger('2026-03-09');
      const ghost = randomUUID();
      ledger.segments.set(ghost, { acked: null, since: [] });
      ledger.asRun.add(randomUUID());
      const lost = await findLostWrites(server, ledger);
      expect(lost).toHaveLength(2);
      expect(lost[0]).toContain(ghost);
    } finally {
      await server.stop();
    }
    const data = path.join(dataDir, 'data');
    fs.mkdirSync(path.join(data, 'tmp'), { recursive: true });
    fs.writeFileSync(path.join(data, 'tmp', randomUUID()), 'x');
    fs.mkdirSync(path.join(data, 'incoming'), { recursive: true });
    fs.writeFileSync(path.join(data, 'incoming', `${randomUUID()}.part`), 'x');
    fs.mkdirSync(path.join(data, 'store', 'originals', 'ab'), { recursive: true });
    fs.writeFileSync(path.join(data, 'store', 'originals', 'ab', `${'ab'.repeat(32)}.wav`), noiseWav(seededRandom(1)));
    const found = findLeftovers(data);
    expect({ tmp: found.tmp.length, uploads: found.uploads.length, orphans: found.orphanOriginals.length }).toEqual({ tmp: 1, uploads: 1, orphans: 1 });
    expect(leftoverCount(found)).toBe(3);
  }, 60_000);
});
