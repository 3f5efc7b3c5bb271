import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { dispatch } from '../../../shared/api/dispatch.ts';
import type { MethodInput, MethodName, MethodOutput } from '../../../shared/api/contract.ts';
import { UserFacingError } from '../../../shared/api/errors.ts';
import type { PackPreview } from '../../../shared/api/methods/packs.ts';
import { packEncodeSchema } from '../../../shared/domain/pack-manifest.ts';
import { enPacks } from '../../../shared/locales/en/packs.ts';
import { esPacks } from '../../../shared/locales/es/packs.ts';
import type { Core } from '../core-types.ts';
import { buildFeed } from '../feeds/feed-build.ts';
import { describeReceipt } from '../reports/receipts/receipt-sink.ts';
import { pickCliLanguage } from '../i18n/translator.ts';
import { ensureStationKey } from '../packs/keys.ts';
import { inputError, type CliValues } from './cli-args.ts';
import { outFile } from './cli-files.ts';
import type { CliIo } from './cli-commands.ts';

async function call<M extends MethodName>(core: Core, method: M, input: MethodInput<M>): Promise<MethodOutput<M>> {
  const result = await dispatch(core.handlers, method, input);
  if (!result.ok) throw new UserFacingError(result.error.code, result.error.message, result.error.details);
  return result.value as MethodOutput<M>;
}

type Say = (key: keyof typeof esPacks.packs.cli, vars?: Record<string, string | number>) => string;
function sayer(v: CliValues): Say {
  const tree = pickCliLanguage(v.lang, process.env) === 'en' ? enPacks.packs.cli : esPacks.packs.cli;
  return (key, vars = {}) => tree[key].replace(/\{\{(\w+)\}\}/g, (_, name: string) => String(vars[name] ?? ''));
}

function need(value: string | undefined, what: string): string {
  if (!value) throw inputError(what, 'missing');
  return value;
}

/** `cabina keys generate|export|trust|list` (issue #6). */
export async function keysCommand(core: Core, args: string[], v: CliValues, io: CliIo): Promise<number> {
  const say = sayer(v);
  const [sub, file] = args;
  if (sub === 'generate') {
    const key = ensureStationKey(core.dataDir);
    io.out(v.json ? JSON.stringify({ fingerprint: key.fingerprint }) : say('keyReady', { fingerprint: key.fingerprint }));
    return 0;
  }
  if (sub === 'export') {
    const out = outFile(v.out);
    const key = ensureStationKey(core.dataDir);
    if (v.public) fs.writeFileSync(out, key.publicKeyPem);
    else fs.writeFileSync(out, key.privateKey.export({ type: 'pkcs8', format: 'pem' }), { mode: 0o600, flag: 'wx' });
    io.out(v.json ? JSON.stringify({ path: out, fingerprint: key.fingerprint, key: v.public ? 'public' : 'private' }) : say('exported', { path: out }));
    return 0;
  }
  if (sub === 'trust') {
    const pem = fs.readFileSync(path.resolve(need(file, 'pubkey.pem')), 'utf8');
    const publisher = await call(core, 'packs.trustKey', { publicKeyPem: pem, name: v.name ?? path.basename(need(file, 'pubkey.pem'), '.pem') });
    io.out(v.json ? JSON.stringify(publisher) : say('trusted', { name: publisher.name, fingerprint: publisher.fingerprint }));
    return 0;
  }
  if (sub === 'list') {
    const own = await call(core, 'packs.keyInfo', {});
    const list = await call(core, 'packs.trustList', {});
    if (v.json) io.out(JSON.stringify({ station: own, trusted: list }, null, 2));
    else for (const p of [{ name: own.publisherName, fingerprint: own.fingerprint, source: 'self' }, ...list]) io.out(`${p.fingerprint}  ${p.source.padEnd(8)}  ${p.name}`);
    return 0;
  }
  throw new UserFacingError('invalid_input', 'keys generate|export|trust|list', { field: 'keys' });
}

function printPreview(p: PackPreview, v: CliValues, io: CliIo, say: Say): void {
  if (v.json) return io.out(JSON.stringify(p, null, 2));
  io.out(say('packLine', { title: p.title, version: p.packVersion, publisher: p.publisher.name }));
  io.out(say(p.publisher.trusted ? 'signerTrusted' : 'signerUntrusted', { fingerprint: p.publisher.fingerprint }));
  for (const item of p.items) io.out(`  [${item.status}] ${item.title} v${item.version} ${item.languages.join(',')}`);
}

/** `cabina pack build|inspect|verify|import` (issue #6). */
export async function packCommand(core: Core, args: string[], v: CliValues, io: CliIo): Promise<number> {
  const say = sayer(v);
  const [sub, file] = args;
  if (sub === 'build') {
    const encodes = (v.encodes ?? 'opus').split(',').map((e) => {
      const parsed = packEncodeSchema.safeParse(e.trim());
      if (!parsed.success) throw inputError('--encodes', 'one_of', { value: e.trim(), allowed: packEncodeSchema.options.join(',') });
      return parsed.data;
    });
    const result = await call(core, 'packs.build', {
      jobId: randomUUID(),
      segmentIds: v.segment ?? [],
      versionIds: v.version ?? [],
      encodes,
      redact: v.redact,
      includeTaskRecordings: !v['no-task-recordings'],
      title: v.title ?? path.basename(need(v.out, '--out'), '.cabina'),
      outPath: outFile(v.out),
    });
    io.out(v.json ? JSON.stringify(result, null, 2) : say('built', { path: result.path, size: result.sizeBytes, count: result.segments }));
    return 0;
  }
  const source = { kind: 'path' as const, path: path.resolve(need(file, 'FILE')) };
  const opened = await call(core, 'packs.open', { jobId: randomUUID(), source, originalName: path.basename(source.path) });
  if (sub === 'inspect') {
    printPreview(opened, v, io, say);
    return 0;
  }
  if (sub === 'verify') {
    if (v.json) io.out(JSON.stringify({ valid: true, trusted: opened.publisher.trusted, fingerprint: opened.publisher.fingerprint }));
    else io.out(say(opened.publisher.trusted ? 'signerTrusted' : 'signerUntrusted', { fingerprint: opened.publisher.fingerprint }));
    return opened.publisher.trusted ? 0 : 3;
  }
  if (sub === 'import') {
    const result = await call(core, 'packs.import', { jobId: randomUUID(), openId: opened.openId, acceptPublisher: v['accept-publisher'] });
    io.out(v.json ? JSON.stringify(result, null, 2) : say('importedSummary', { imported: result.imported, updated: result.updated, skipped: result.skipped }));
    return 0;
  }
  throw new UserFacingError('invalid_input', 'pack build|inspect|verify|import', { field: 'pack' });
}

/** `cabina feed build|subscribe|check` (issue #6). */
export async function feedCommand(core: Core, args: string[], v: CliValues, io: CliIo): Promise<number> {
  const say = sayer(v);
  const [sub, target] = args;
  if (sub === 'build') {
    const dir = path.resolve(need(target, 'DIR'));
    const result = await buildFeed(dir, v['base-url'] ?? `file://${dir}`, new Date(), (file) => describeReceipt(file, new Date()));
    io.out(v.json ? JSON.stringify(result) : say('feedBuilt', { packs: result.packs, receipts: result.receipts, items: result.items, dir }));
    return 0;
  }
  if (sub === 'subscribe') {
    const raw = need(target, 'URL|DIR');
    const feed = await call(core, 'feeds.subscribe', { url: /^https?:/i.test(raw) ? raw : path.resolve(raw) });
    io.out(v.json ? JSON.stringify(feed) : say('subscribed', { url: feed.url }));
    return 0;
  }
  if (sub === 'check') {
    const result = await call(core, 'feeds.check', { jobId: randomUUID() });
    const inbox = await call(core, 'feeds.inbox', {});
    io.out(v.json ? JSON.stringify({ ...result, inbox }, null, 2) : say('checked', { count: result.downloaded, receipts: result.receipts, errors: result.errors.length }));
    return result.errors.length > 0 ? 1 : 0;
  }
  throw new UserFacingError('invalid_input', 'feed build|subscribe|check', { field: 'feed' });
}
