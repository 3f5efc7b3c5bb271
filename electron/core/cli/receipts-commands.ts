import { randomUUID } from 'node:crypto';
import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { enReceipts } from '../../../shared/locales/en/receipts.ts';
import { esReceipts } from '../../../shared/locales/es/receipts.ts';
import type { Core } from '../core-types.ts';
import { pickCliLanguage, type Translate } from '../i18n/translator.ts';
import { verifyReceiptFile } from '../reports/receipts/receipt-verify.ts';
import type { CliValues } from './cli-args.ts';
import { call } from './cli-call.ts';
import type { CliIo } from './cli-commands.ts';

type Say = (key: keyof typeof esReceipts.receipts.cli, vars?: Record<string, string | number>) => string;
function sayer(v: CliValues): Say {
  const tree = pickCliLanguage(v.lang, process.env) === 'en' ? enReceipts.receipts.cli : esReceipts.receipts.cli;
  return (key, vars = {}) => tree[key].replace(/\{\{(\w+)\}\}/g, (_, name: string) => String(vars[name] ?? ''));
}

/** Files named on the command line; a folder stands for the receipts inside it. */
async function receiptFiles(args: readonly string[]): Promise<string[]> {
  const files: string[] = [];
  for (const arg of args) {
    const full = path.resolve(arg);
    if ((await stat(full).catch(() => null))?.isDirectory()) {
      for (const name of (await readdir(full)).sort()) if (name.endsWith('.cabina-recibo')) files.push(path.join(full, name));
    } else files.push(full);
  }
  return files;
}

/** `cabina receipt build|import` (issue #13 §2–3). */
export async function receiptCommand(core: Core, args: string[], v: CliValues, t: Translate, io: CliIo): Promise<number> {
  const say = sayer(v);
  if (args[0] === 'build' && v.from && v.to) {
    const built = await call(core, 'receipts.build', { from: v.from, to: v.to, ...(v.out ? { out: path.resolve(v.out) } : {}) });
    if (v.json) io.out(JSON.stringify(built, null, 2));
    else io.out(say('built', { path: built.path, airings: built.airings, size: built.sizeBytes }));
    return 0;
  }
  if (args[0] === 'import' && args.length > 1) {
    const files = await receiptFiles(args.slice(1));
    const trust = v.trust ? await Promise.all(files.map(async (f) => (await verifyReceiptFile(f, new Date()).catch(() => null))?.body.station.fingerprint)) : [];
    const results = await call(core, 'receipts.import', {
      jobId: randomUUID(),
      files: files.map((f) => ({ source: { kind: 'path' as const, path: f }, originalName: path.basename(f) })),
      trust: trust.filter((f): f is string => typeof f === 'string'),
    });
    if (v.json) io.out(JSON.stringify(results, null, 2));
    else {
      for (const r of results) {
        if (r.ok) io.out(say('imported', { ...r.value }));
        else io.err(t(`errors.${r.error.code}`, { name: r.name, ...r.error.details }));
      }
    }
    return results.every((r) => r.ok) ? 0 : 1;
  }
  io.err(say('usage'));
  return 2;
}

/** `cabina stations list|trust RECEIPT` — IREX's list of partner stations. */
export async function stationsCommand(core: Core, args: string[], v: CliValues, io: CliIo): Promise<number> {
  const say = sayer(v);
  if (args[0] === 'list') {
    const stations = await call(core, 'receipts.stations', {});
    if (v.json) io.out(JSON.stringify(stations, null, 2));
    else if (stations.length === 0) io.out(say('noStations'));
    else for (const s of stations) io.out(say('station', { name: s.name, callSign: s.callSign, state: s.stateCode ?? '—', fingerprint: s.fingerprint, last: s.lastReceiptAt ?? '—' }));
    return 0;
  }
  if (args[0] === 'trust' && args[1]) {
    // A receipt carries the station's public key and who it says it is, both checked by its signature.
    const station = await call(core, 'receipts.trustStation', { source: { kind: 'path', path: path.resolve(args[1]) }, originalName: path.basename(args[1]) });
    if (v.json) io.out(JSON.stringify(station, null, 2));
    else io.out(say('trusted', { name: station.name, fingerprint: station.fingerprint }));
    return 0;
  }
  io.err(say('usage'));
  return 2;
}
