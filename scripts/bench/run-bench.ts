// `npm run bench`: every benchmark in one run, each reporting ratios against a baseline measured in
// the same run, merged into bench/results.json (numbers for the closing notes; no timed unit tests).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { runAudioBench } from './audio-bench.ts';
import { runRenderBench } from './render-bench.ts';
import { runImportBench } from './import-bench.ts';
import { runSearchBench } from './search-bench.ts';
import { runRecordingBench } from './recording-bench.ts';
import { runPacksBench } from './packs-bench.ts';
import { runScheduleBench } from './schedule-bench.ts';
import { runAsrunBench } from './asrun-bench.ts';
import { runBackupBench } from './backup-bench.ts';
import { runCoverageBench } from './coverage-bench.ts';
import { runReceiptsBench } from './receipts-bench.ts';
import { runProductionBench } from './production-bench.ts';
import { runVoicesBench } from './voices-bench.ts';
import { runVoicesPeaksBench } from './voices-peaks-bench.ts';

const root = path.resolve(import.meta.dirname, '..', '..');
const results = {
  date: new Date().toISOString(),
  machine: { cpus: os.cpus().length, cpuModel: os.cpus()[0]?.model ?? 'unknown', memGb: Math.round(os.totalmem() / 2 ** 30), node: process.version },
  search: await runSearchBench(),
  import: await runImportBench(),
  audio: await runAudioBench(),
  render20min: await runRenderBench(),
  recording: await runRecordingBench(),
  packs: await runPacksBench(),
  schedule: await runScheduleBench(),
  asrun: await runAsrunBench(),
  backup: await runBackupBench(),
  coverage: await runCoverageBench(),
  receipts: await runReceiptsBench(),
  production: await runProductionBench(),
  voices: await runVoicesBench(),
  voicesPeaks: await runVoicesPeaksBench(),
};
fs.mkdirSync(path.join(root, 'bench'), { recursive: true });
const out = path.join(root, 'bench', 'results.json');
fs.writeFileSync(out, `${JSON.stringify(results, null, 2)}\n`);
process.stdout.write(`${JSON.stringify(results, null, 2)}\nwritten to ${path.relative(root, out)}\n`);
