// `npm run torture` (issue #12): the torture scenarios in one run, JSON on stdout and in
// .cache/torture.json. `--rounds N` (default 100) and `--seed N` (default 12) for the kill -9 run;
// the same seed repeats the same writes and kill moments. `--keep` leaves the work folder for a look.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { runDiskFullTorture } from './disk-full.ts';
import { runKill9Torture } from './kill9.ts';

const root = path.resolve(import.meta.dirname, '..', '..');
const { values } = parseArgs({
  args: process.argv.slice(2),
  options: { rounds: { type: 'string', default: '100' }, seed: { type: 'string', default: '12' }, keep: { type: 'boolean', default: false } },
  strict: true,
});
const rounds = Number(values.rounds);
const seed = Number(values.seed);
if (!Number.isInteger(rounds) || rounds < 1 || !Number.isInteger(seed)) {
  process.stderr.write('Uso: npm run torture -- [--rounds N] [--seed N] [--keep]\n');
  process.exit(2);
}

const workDir = fs.mkdtempSync(path.join(os.tmpdir(), 'cabina-torture-'));
const scenarioDir = (name: string) => {
  const dir = path.join(workDir, name);
  fs.mkdirSync(dir, { recursive: true });
  return dir;
};

const results = {
  date: new Date().toISOString(),
  machine: { cpus: os.cpus().length, cpuModel: os.cpus()[0]?.model ?? 'unknown', node: process.version },
  kill9: await runKill9Torture({ workDir: scenarioDir('kill9'), rounds, seed, onRound: (done, r) => process.stderr.write(`kill -9: ${done}/${rounds} · integrity ok ${r.integrityOk} · lost ${r.lostWrites}\n`) }),
  // A small tmpfs filled during import, upload, render, export copy, pack build/open and recording
  // (root only: it mounts; the report says why when it was skipped).
  diskFull: await runDiskFullTorture({ workDir: scenarioDir('disk-full') }),
  // The power cut while recording: kill -9 mid-take is one of the kill9 writes (takes started, chunks
  // acknowledged, all there after the restart: writes.*.recording and lostWrites). The existing
  // in-process test (the core dropped without closing, half a sample appended, a new core on the same
  // folder recovers the take) is not a function to call, so the report points at it too.
  powerCutWhileRecording: {
    inKill9: 'writes.sent.recording / writes.acknowledged.recording; any lost chunk counts in lostWrites',
    coveredBy: 'tests/electron/core/recording/recording-core.test.ts › recovers a take a crash left open: repaired from the file length, imported, listed by the CLI',
    alsoSee: 'tests/electron/core/audio/wav/wav-writer.test.ts › rebuilds a zeroed header from the session format (power cut on some file systems)',
  },
};

if (!values.keep) fs.rmSync(workDir, { recursive: true, force: true });
const out = path.join(root, '.cache', 'torture.json');
fs.mkdirSync(path.dirname(out), { recursive: true });
const json = `${JSON.stringify(results, null, 2)}\n`;
fs.writeFileSync(`${out}.tmp`, json);
fs.renameSync(`${out}.tmp`, out);
process.stdout.write(json);
process.stderr.write(`written to ${path.relative(root, out)}${values.keep ? `; work folder kept: ${workDir}` : ''}\n`);
const k = results.kill9;
const diskFullOk = results.diskFull.skipped !== null || results.diskFull.ok;
process.exitCode = k.integrityOk === k.rounds && k.lostWrites === 0 && k.leftoversNeverSwept.count === 0 && diskFullOk ? 0 : 1;
