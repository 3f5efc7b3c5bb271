import { createHash } from 'node:crypto';
import { createReadStream, createWriteStream } from 'node:fs';
import { mkdir, readFile, rename, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { z } from 'zod';
import { UserFacingError, toErrorData, type ApiErrorData } from '../../../shared/api/errors.ts';
import type { CoreServices } from '../core-types.ts';
import { readPack } from '../packs/pack-reader.ts';
import type { FeedStore } from './feed-store.ts';
import { feedReceiptSchema, takeFeedReceipt, type ReceiptSink } from './feed-receipts.ts';

const feedItemSchema = z.object({
  attachments: z.array(z.object({ url: z.string() })).min(1),
  _cabina: z.object({ pack_id: z.string().uuid(), pack_version: z.number().int(), size_bytes: z.number().int().nonnegative(), sha256: z.string().regex(/^[0-9a-f]{64}$/) }),
});
const jsonFeedSchema = z.object({ version: z.string(), items: z.array(z.unknown()) });
const MAX_FEED_BYTES = 5 * 1024 * 1024;
const MAX_PACK_BYTES = 8 * 1024 ** 3;

type Deps = Pick<CoreServices, 'dataDir' | 'events' | 'logger'> & { feeds: FeedStore; receipts: ReceiptSink; fetchImpl?: typeof fetch };

function isHttp(url: string): boolean {
  return /^https?:\/\//i.test(url);
}

function resolveRef(base: string, ref: string): string {
  if (isHttp(base)) return new URL(ref, base.endsWith('.json') ? base : `${base.replace(/\/+$/, '')}/`).href;
  // Folder feeds: only a file in the same folder, by its base name, whatever URL the feed names.
  return path.join(base, path.basename(decodeURIComponent(new URL(ref, 'http://x/').pathname)));
}

async function readFeed(url: string, fetchImpl: typeof fetch, signal: AbortSignal): Promise<unknown> {
  let text: string;
  if (isHttp(url)) {
    const feedUrl = url.endsWith('.json') ? url : `${url.replace(/\/+$/, '')}/feed.json`;
    const response = await fetchImpl(feedUrl, { signal }).catch((error: unknown) => {
      throw new UserFacingError('feed.unreachable', String(error), { url });
    });
    if (!response.ok) throw new UserFacingError('feed.unreachable', `HTTP ${response.status}`, { url });
    text = await response.text();
  } else {
    text = await readFile(path.join(url, 'feed.json'), 'utf8').catch(() => {
      throw new UserFacingError('feed.unreachable', 'No feed.json', { url });
    });
  }
  if (text.length > MAX_FEED_BYTES) throw new UserFacingError('feed.bad_feed', 'Feed too large', { url });
  try {
    return jsonFeedSchema.parse(JSON.parse(text));
  } catch {
    throw new UserFacingError('feed.bad_feed', 'Not a JSON Feed', { url });
  }
}

/** Downloads to `<target>.part`, resuming with a Range request when a partial file is there. */
export async function download(source: string, target: string, expectedBytes: number, fetchImpl: typeof fetch, signal: AbortSignal): Promise<void> {
  const part = `${target}.part`;
  if (!isHttp(source)) {
    await pipeline(createReadStream(source), createWriteStream(part), { signal });
  } else {
    const have = await stat(part).then((s) => s.size, () => 0);
    const headers: Record<string, string> = have > 0 && have < expectedBytes ? { range: `bytes=${have}-` } : {};
    const response = await fetchImpl(source, { headers, signal });
    if (!response.ok || !response.body) throw new UserFacingError('feed.unreachable', `HTTP ${response.status}`, { url: source });
    const append = response.status === 206 && have > 0;
    let received = append ? have : 0;
    const body = Readable.fromWeb(response.body as import('node:stream/web').ReadableStream<Uint8Array>);
    body.on('data', (chunk: Buffer) => {
      received += chunk.length;
      if (received > Math.min(expectedBytes, MAX_PACK_BYTES)) body.destroy(new UserFacingError('pack.too_large', 'Download larger than announced'));
    });
    await pipeline(body, createWriteStream(part, { flags: append ? 'a' : 'w' }), { signal });
  }
  const size = (await stat(part)).size;
  if (size !== expectedBytes) throw new UserFacingError('pack.size_mismatch', 'Download size differs', { entry: path.basename(target) });
  await rename(part, target);
}

/**
 * Checks every subscribed feed: downloads packs not seen before (resuming), verifies them
 * completely, and lists them in the inbox as "new packs"; receipts in a station's feed are imported
 * (a station not on the trust list stops that feed with receipt.unknown_station until trusted).
 * One bad feed does not stop the others.
 */
export async function checkFeeds(deps: Deps, signal: AbortSignal, onProgress: (f: number) => void): Promise<{ downloaded: number; receipts: number; errors: { url: string; code: string; error?: ApiErrorData }[] }> {
  const fetchImpl = deps.fetchImpl ?? fetch;
  const feeds = deps.feeds.list();
  const dir = path.join(deps.dataDir, 'packs', 'inbox');
  await mkdir(dir, { recursive: true });
  let downloaded = 0;
  let receipts = 0;
  const errors: { url: string; code: string; error?: ApiErrorData }[] = [];
  for (const [index, feed] of feeds.entries()) {
    let receiptFailure: string | null = null;
    try {
      const parsed = (await readFeed(feed.url, fetchImpl, signal)) as z.infer<typeof jsonFeedSchema>;
      for (const raw of parsed.items) {
        const receipt = feedReceiptSchema.safeParse(raw);
        if (receipt.success) {
          const source = resolveRef(feed.url, receipt.data.attachments[0]?.url ?? '');
          try {
            const added = await takeFeedReceipt(receipt.data, source, path.join(deps.dataDir, 'reports', 'inbox'), deps.receipts, (from, to, bytes) => download(from, to, bytes, fetchImpl, signal));
            if (added !== null) receipts += 1;
          } catch (error) {
            if (signal.aborted) throw error;
            // One refused receipt (an untrusted station, a tampered file) is told; the feed's other items still come.
            const data = toErrorData(error);
            if (data.code !== 'receipt.duplicate') {
              errors.push({ url: source, code: data.code, error: data });
              receiptFailure = data.code;
            }
          }
          continue;
        }
        const item = feedItemSchema.safeParse(raw);
        if (!item.success) continue;
        const c = item.data._cabina;
        if (deps.feeds.hasPack(c.pack_id, c.pack_version)) continue;
        const source = resolveRef(feed.url, item.data.attachments[0]?.url ?? '');
        const target = path.join(dir, `${c.pack_id}-${c.pack_version}.cabina`);
        await download(source, target, c.size_bytes, fetchImpl, signal);
        const whole = createHash('sha256');
        for await (const chunk of createReadStream(target) as AsyncIterable<Buffer>) whole.update(chunk);
        if (whole.digest('hex') !== c.sha256) {
          await rm(target, { force: true });
          throw new UserFacingError('pack.hash_mismatch', 'Download hash differs', { entry: path.basename(target) });
        }
        const verified = await readPack(target, { signal }).catch(async (error: unknown) => {
          await rm(target, { force: true });
          throw error;
        });
        deps.feeds.addInbox({ feedId: feed.id, packId: c.pack_id, packVersion: c.pack_version, title: verified.manifest.title, file: target, sourceUrl: source });
        downloaded += 1;
      }
      deps.feeds.markChecked(feed.id, receiptFailure);
    } catch (error) {
      if (signal.aborted) throw new UserFacingError('cancelled', 'Cancelled');
      const data = toErrorData(error);
      deps.logger.warn('feed check failed', { url: feed.url, code: data.code, message: data.message });
      deps.feeds.markChecked(feed.id, data.code);
      errors.push({ url: feed.url, code: data.code, error: data });
    }
    onProgress((index + 1) / Math.max(1, feeds.length));
  }
  if (downloaded > 0) deps.events.emit('packs.inboxChanged', { count: deps.feeds.inbox().filter((e) => e.status === 'new').length });
  return { downloaded, receipts, errors };
}
