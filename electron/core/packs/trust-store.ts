import fs from 'node:fs';
import { z } from 'zod';
import { UserFacingError } from '../../../shared/api/errors.ts';
import { writeTransaction, type Database } from '../db/database.ts';
import { parsePublicKey } from './keys.ts';

export type TrustSource = 'user' | 'settings' | 'self';
export interface TrustedPublisher {
  fingerprint: string;
  name: string;
  publicKeyPem: string;
  source: TrustSource;
  addedAt: string;
}

/** resources/trusted-publishers/*.json and <dataDir>/trusted-publishers.json (IREX's key ships this way). */
const settingsFileSchema = z.object({
  publishers: z.array(z.object({ name: z.string().trim().min(1).max(200), publicKeyPem: z.string().max(1000) })).max(100),
});

interface Row {
  fingerprint: string;
  name: string;
  public_key_pem: string;
  source: TrustSource;
  added_at: string;
}

const toPublisher = (r: Row): TrustedPublisher => ({ fingerprint: r.fingerprint, name: r.name, publicKeyPem: r.public_key_pem, source: r.source, addedAt: r.added_at });

/** The station's list of trusted publishers (issue #6 "Trust"). */
export class TrustStore {
  readonly #db: Database;
  readonly #clock: () => Date;

  constructor(db: Database, clock: () => Date) {
    this.#db = db;
    this.#clock = clock;
  }

  list(): TrustedPublisher[] {
    return (this.#db.prepare('SELECT * FROM pack_publishers ORDER BY source, name').all() as Row[]).map(toPublisher);
  }

  get(fingerprint: string): TrustedPublisher | null {
    const row = this.#db.prepare('SELECT * FROM pack_publishers WHERE fingerprint = ?').get(fingerprint) as Row | undefined;
    return row ? toPublisher(row) : null;
  }

  isTrusted(fingerprint: string): boolean {
    return this.get(fingerprint) !== null;
  }

  /** Adds (or renames) a publisher; the key must be ed25519 PEM. */
  add(pem: string, name: string, source: TrustSource): TrustedPublisher {
    const key = parsePublicKey(pem);
    const now = this.#clock().toISOString();
    writeTransaction(this.#db, () => {
      this.#db
        .prepare(
          `INSERT INTO pack_publishers (fingerprint, name, public_key_pem, source, added_at) VALUES (?, ?, ?, ?, ?)
           ON CONFLICT (fingerprint) DO UPDATE SET name = excluded.name`,
        )
        .run(key.fingerprint, name.trim() || key.fingerprint.slice(0, 16), key.publicKeyPem, source, now);
    });
    const added = this.get(key.fingerprint);
    if (!added) throw new Error('trust insert lost');
    return added;
  }

  remove(fingerprint: string): boolean {
    return writeTransaction(this.#db, () => this.#db.prepare("DELETE FROM pack_publishers WHERE fingerprint = ? AND source <> 'self'").run(fingerprint).changes > 0);
  }

  /** Loads settings files that exist; a broken file is reported, not half-applied. */
  loadSettingsFiles(files: readonly string[]): number {
    let added = 0;
    for (const file of files) {
      if (!fs.existsSync(file)) continue;
      let parsed: z.infer<typeof settingsFileSchema>;
      try {
        parsed = settingsFileSchema.parse(JSON.parse(fs.readFileSync(file, 'utf8')));
        for (const p of parsed.publishers) parsePublicKey(p.publicKeyPem);
      } catch (error) {
        throw new UserFacingError('key.bad_public_key', `Bad trusted-publishers file ${file}: ${error instanceof Error ? error.message : String(error)}`, { path: file });
      }
      for (const p of parsed.publishers) {
        this.add(p.publicKeyPem, p.name, 'settings');
        added += 1;
      }
    }
    return added;
  }
}
