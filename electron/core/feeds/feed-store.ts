import { randomUUID } from 'node:crypto';
import { UserFacingError } from '../../../shared/api/errors.ts';
import { writeTransaction, type Database } from '../db/database.ts';

export interface Feed {
  id: string;
  url: string;
  addedAt: string;
  lastCheckedAt: string | null;
  lastError: string | null;
}

export interface InboxEntry {
  id: string;
  packId: string;
  packVersion: number;
  title: string;
  sourceUrl: string;
  addedAt: string;
  status: 'new' | 'imported';
}

interface FeedRow {
  id: string;
  url: string;
  added_at: string;
  last_checked_at: string | null;
  last_error: string | null;
}
interface InboxRow {
  id: string;
  pack_id: string;
  pack_version: number;
  title: string;
  file: string;
  source_url: string;
  added_at: string;
  status: 'new' | 'imported';
}

/** Subscriptions and the "new packs" inbox (issue #6 "Feed"). */
export class FeedStore {
  readonly #db: Database;
  readonly #clock: () => Date;

  constructor(db: Database, clock: () => Date) {
    this.#db = db;
    this.#clock = clock;
  }

  list(): Feed[] {
    return (this.#db.prepare('SELECT * FROM pack_feeds ORDER BY added_at').all() as FeedRow[]).map((r) => ({ id: r.id, url: r.url, addedAt: r.added_at, lastCheckedAt: r.last_checked_at, lastError: r.last_error }));
  }

  /** An http(s) URL or an absolute folder path (a shared folder or USB stick). */
  subscribe(url: string): Feed {
    const isHttp = /^https?:\/\/[^\s]+$/i.test(url);
    const isFolder = url.startsWith('/') || /^[A-Za-z]:[\\/]/.test(url);
    if (!isHttp && !isFolder) throw new UserFacingError('feed.bad_feed', `Not a feed address: ${url}`, { url });
    const now = this.#clock().toISOString();
    writeTransaction(this.#db, () => this.#db.prepare('INSERT OR IGNORE INTO pack_feeds (id, url, added_at) VALUES (?, ?, ?)').run(randomUUID(), url, now));
    const feed = this.list().find((f) => f.url === url);
    if (!feed) throw new Error('subscription lost');
    return feed;
  }

  unsubscribe(id: string): boolean {
    return writeTransaction(this.#db, () => this.#db.prepare('DELETE FROM pack_feeds WHERE id = ?').run(id).changes > 0);
  }

  markChecked(id: string, error: string | null): void {
    writeTransaction(this.#db, () => this.#db.prepare('UPDATE pack_feeds SET last_checked_at = ?, last_error = ? WHERE id = ?').run(this.#clock().toISOString(), error, id));
  }

  hasPack(packId: string, packVersion: number): boolean {
    return this.#db.prepare('SELECT 1 FROM pack_inbox WHERE pack_id = ? AND pack_version = ?').get(packId, packVersion) !== undefined;
  }

  addInbox(entry: { feedId: string; packId: string; packVersion: number; title: string; file: string; sourceUrl: string }): string {
    const id = randomUUID();
    writeTransaction(this.#db, () =>
      this.#db
        .prepare("INSERT INTO pack_inbox (id, feed_id, pack_id, pack_version, title, file, source_url, added_at, status) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'new')")
        .run(id, entry.feedId, entry.packId, entry.packVersion, entry.title, entry.file, entry.sourceUrl, this.#clock().toISOString()),
    );
    return id;
  }

  inbox(): InboxEntry[] {
    return (this.#db.prepare('SELECT * FROM pack_inbox ORDER BY added_at DESC').all() as InboxRow[]).map((r) => ({
      id: r.id,
      packId: r.pack_id,
      packVersion: r.pack_version,
      title: r.title,
      sourceUrl: r.source_url,
      addedAt: r.added_at,
      status: r.status,
    }));
  }

  inboxFile(id: string): string {
    const file = this.#db.prepare('SELECT file FROM pack_inbox WHERE id = ?').pluck().get(id) as string | undefined;
    if (!file) throw new UserFacingError('not_found', `No inbox entry ${id}`, { id });
    return file;
  }

  markImported(id: string): void {
    writeTransaction(this.#db, () => this.#db.prepare("UPDATE pack_inbox SET status = 'imported' WHERE id = ?").run(id));
  }
}
