// As-run bench (issue #13 §1): a year of a station's playout log (≈ 15 k lines) imported and matched
// in the core, goal < 2 s; against the same lines written one transaction per line (the naive
// importer) in the same run. Two logs: AzuraCast (matched by folded title) and ARAS (matched by the
// version code in Cabina's exported file names); then a re-import of the same file (all known).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import { openDatabase, writeTransaction, type Database } from '../../electron/core/db/database.ts';
import { importLog } from '../../electron/core/reports/asrun/log-import.ts';
import { audioFileName } from '../../electron/core/schedule/exports/playlist-formats.ts';
import { addDays } from '../../shared/time/zoned-time.ts';
import { seedSegments } from './schedule-bench-data.ts';

const ZONE = 'America/Tijuana';
const FROM = '2026-01-01';
const DAYS = 365;
const PER_DAY = 41;
const ms = (n: number) => Math.round(n * 10) / 10;
const hhmmss = (s: number) => [Math.floor(s / 3600), Math.floor((s % 3600) / 60), s % 60].map((n) => String(n).padStart(2, '0')).join(':');
const ampm = (s: number) => `${((Math.floor(s / 3600) + 11) % 12) + 1}:${String(Math.floor((s % 3600) / 60)).padStart(2, '0')}${s < 43_200 ? 'am' : 'pm'}`;

function versions(db: Database): { id: string; title: string }[] {
  return db.prepare('SELECT v.id, s.title FROM versions v JOIN segments s ON s.id = v.segment_id ORDER BY s.seq, v.position').all() as { id: string; title: string }[];
}

/** A year of lines: two in three are Cabina content (by title or exported name), one in three music. */
function writeLogs(dir: string, vs: { id: string; title: string }[]) {
  const single = vs.filter((v, i) => vs[i - 1]?.title !== v.title && vs[i + 1]?.title !== v.title);
  const azura = ['Date,Time,Listeners,Delta,Track,Artist,Playlist,Streamer'];
  const aras: string[] = [];
  let n = 0;
  for (let d = 0; d < DAYS; d += 1) {
    const date = addDays(FROM, d);
    for (let k = 0; k < PER_DAY; k += 1) {
      n += 1;
      const at = 6 * 3600 + k * 1500 + (n % 60);
      const v = (n % 3 === 0 ? undefined : n % 3 === 1 ? single[n % single.length] : vs[n % vs.length]) ?? null;
      azura.push(`${date},${ampm(at - (at % 60))},${n % 40},0,${v ? v.title : `Canción ${n % 500}`},Artista,Rotación,`);
      aras.push(`${date} ${hhmmss(at)} Playing: C:\\Cabina\\audio\\${v ? audioFileName(n % 999, v.title, 'mp3', v.id) : `musica-${n % 500}.mp3`}`);
    }
  }
  fs.writeFileSync(path.join(dir, 'azuracast.csv'), `${azura.join('\r\n')}\r\n`);
  fs.writeFileSync(path.join(dir, 'aras.log'), `${aras.join('\r\n')}\r\n`);
  return n;
}

async function timedImport(db: Database, file: string, preset: 'azuracast' | 'aras') {
  const t0 = performance.now();
  const result = await importLog({ db, zone: ZONE, now: () => new Date() }, { path: file, originalName: path.basename(file), preset }, new AbortController().signal, () => undefined);
  return { ms: performance.now() - t0, result };
}

export async function runAsrunBench() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cabina-asrun-bench-'));
  try {
    const db = openDatabase(path.join(dir, 'cabina.db'));
    seedSegments(db, 2000, FROM);
    const lines = writeLogs(dir, versions(db));
    const azura = await timedImport(db, path.join(dir, 'azuracast.csv'), 'azuracast');
    const aras = await timedImport(db, path.join(dir, 'aras.log'), 'aras');
    const again = await timedImport(db, path.join(dir, 'aras.log'), 'aras');

    // Baseline: the ARAS year written as a naive importer would, one transaction per line.
    const base = openDatabase(path.join(dir, 'baseline.db'));
    const insert = base.prepare(`INSERT INTO report_asrun (id, source, status, title, aired_at, line_key) VALUES (?, 'log', 'unmatched', ?, ?, ?) ON CONFLICT (line_key) DO NOTHING`);
    const text = fs.readFileSync(path.join(dir, 'aras.log'), 'utf8').split('\r\n').filter(Boolean);
    const b0 = performance.now();
    for (const [i, l] of text.entries()) writeTransaction(base, () => insert.run(randomUUID(), l.slice(29), l.slice(0, 19), `k${i}`));
    const baselineMs = performance.now() - b0;
    base.close();
    db.close();
    return {
      lines,
      azuracast: { ms: ms(azura.ms), matched: azura.result.matched, unmatched: azura.result.unmatched },
      aras: { ms: ms(aras.ms), matched: aras.result.matched, unmatched: aras.result.unmatched },
      reimport: { ms: ms(again.ms), known: again.result.known },
      naivePerLineTransactionsMs: ms(baselineMs),
      speedupVsNaive: Math.round((baselineMs / aras.ms) * 10) / 10,
      goalMs: 2000,
      meetsGoal: Math.max(azura.ms, aras.ms) < 2000,
    };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

if (import.meta.main) process.stdout.write(`${JSON.stringify(await runAsrunBench(), null, 2)}\n`);
